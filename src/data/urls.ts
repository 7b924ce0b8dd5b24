import { normalizeBasePath, withBase } from '../lib/site-config.ts';

const base = normalizeBasePath(import.meta.env.BASE_URL);

/** A site-internal link that honours `BASE_PATH`: `href('tim-kiem/')` -> `/bao-tinh/tim-kiem/`. */
export function href(path = ''): string {
  return withBase(base, path);
}

/** The article page's path under the base. */
export function articleHref(slug: string): string {
  return href(`${slug}/`);
}
