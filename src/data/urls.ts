import config from 'virtual:bao-tinh/config';
import { withBase } from '../lib/site/site-config.ts';

// Astro's own `base`, as a value (src/integrations/site-config.ts), not `import.meta.env.BASE_URL`,
// which an inherited `BASE_URL` variable (test runners set one) silently overrides.
const { basePath } = config;

/** A site-internal link that honours `BASE_PATH`: `href('tim-kiem/')` -> `/bao-tinh/tim-kiem/`. */
export function href(path = ''): string {
  return withBase(basePath, path);
}

/** The article page's path under the base. */
export function articleHref(slug: string): string {
  return href(`${slug}/`);
}
