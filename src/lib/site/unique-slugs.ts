import { shortIdFromPath, slugify } from './slug.ts';

/**
 * Makes article slugs unique across the corpus. Two files only share a slug when
 * their headlines match and the 8-hex path ids collide; then both get a 16-hex id,
 * which depends only on their own paths, so other URLs never move.
 */
export function resolveSlugCollisions(entries: { id: string; slug: string; file: string; headline: string }[]): Map<string, string> {
  const bySlug = new Map<string, typeof entries>();
  for (const entry of entries) bySlug.set(entry.slug, [...(bySlug.get(entry.slug) ?? []), entry]);
  const renamed = new Map<string, string>();
  for (const group of bySlug.values()) {
    if (group.length < 2) continue;
    for (const entry of group) {
      renamed.set(entry.id, `${slugify(entry.headline) || 'bai-viet'}-${shortIdFromPath(entry.file, 16)}`);
    }
  }
  return renamed;
}
