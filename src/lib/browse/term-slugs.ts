import { createHash } from 'node:crypto';
import { slugify } from '../site/slug.ts';

/** Used when a name has no letters or digits to slug (`???`, a name in another script). */
const FALLBACK_SLUG = 'muc';

/** A short hex id of the name itself, so a suffixed slug depends on nothing but its own name. */
function hashName(name: string, length: number): string {
  return createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, length);
}

/**
 * URL slugs for source or category names: plain ASCII (`Tiền Phong` -> `tien-phong`), and unique.
 * Names that fold to the same slug (`Thể thao`, `Thế thao`) all get a hash of their own name
 * appended instead of being ranked, so a name's URL never depends on the order names arrive in.
 *
 * @example assignTermSlugs(['Tiền Phong', 'Thể thao']) // Map { 'Tiền Phong' => 'tien-phong', 'Thể thao' => 'the-thao' }
 */
export function assignTermSlugs(names: Iterable<string>): Map<string, string> {
  const byBase = new Map<string, string[]>();
  for (const name of new Set(names)) {
    const base = slugify(name, 60);
    byBase.set(base, [...(byBase.get(base) ?? []), name]);
  }
  const slugs = new Map<string, string>();
  for (const [base, group] of byBase) {
    for (const name of group) {
      slugs.set(name, base && group.length === 1 ? base : `${base || FALLBACK_SLUG}-${hashName(name, 6)}`);
    }
  }
  return withoutLeftoverClashes(slugs);
}

/**
 * A suffixed slug could still equal another name's plain slug (a name ending in six hex
 * digits); those few get a longer hash until every slug is unique.
 */
function withoutLeftoverClashes(slugs: Map<string, string>): Map<string, string> {
  for (let length = 10; length <= 64; length += 6) {
    const owners = new Map<string, string[]>();
    for (const [name, slug] of slugs) owners.set(slug, [...(owners.get(slug) ?? []), name]);
    const clashing = [...owners.values()].filter((names) => names.length > 1).flat();
    if (clashing.length === 0) return slugs;
    for (const name of clashing) slugs.set(name, `${slugify(name, 60) || FALLBACK_SLUG}-${hashName(name, length)}`);
  }
  return slugs;
}
