import { readSiteConfig, withBase } from '../lib/site/site-config.ts';

// From the same environment as astro.config.mjs, not `import.meta.env.BASE_URL`, which an
// inherited `BASE_URL` variable (test runners set one) silently overrides.
const { basePath } = readSiteConfig(process.env, process.cwd());

/** A site-internal link that honours `BASE_PATH`: `href('tim-kiem/')` -> `/bao-tinh/tim-kiem/`. */
export function href(path = ''): string {
  return withBase(basePath, path);
}

/** The article page's path under the base. */
export function articleHref(slug: string): string {
  return href(`${slug}/`);
}
