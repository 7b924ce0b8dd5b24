import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../lib/site/site-config.ts';

/**
 * What pages and data modules need of the configuration (`virtual:bao-tinh/config`): only values
 * that stay put from build to build of one site, since a change of this module's code re-renders
 * every page. Not the report's path, which a build may move without changing a page.
 */
export type BuildConfig = Pick<SiteConfig, 'siteUrl' | 'basePath' | 'contentDir' | 'cacheDir' | 'relatedLimit'>;

/** What the loader needs (`virtual:bao-tinh/loader-config`, read by src/content.config.ts alone). */
export type LoaderConfig = Pick<SiteConfig, 'basePath' | 'contentDir' | 'cacheDir' | 'reportPath' | 'strict' | 'relatedLimit'>;

const PAGES = 'virtual:bao-tinh/config';
const LOADER = 'virtual:bao-tinh/loader-config';

/**
 * Hands the configuration that astro.config.mjs read from the environment, once, to the content
 * config and the data modules as values (`import config from 'virtual:bao-tinh/config'`), so none
 * of them reads the environment again. `basePath` and `siteUrl` are Astro's own resolved `base`
 * and `site`: the value pages link with is the value Astro routes with. Not
 * `import.meta.env.BASE_URL`, which an inherited `BASE_URL` variable silently overrides.
 */
export function siteConfigIntegration(config: SiteConfig): AstroIntegration {
  return {
    name: 'bao-tinh-site-config',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        const site = { siteUrl: astro.site ?? config.siteUrl, basePath: astro.base };
        const pages: BuildConfig = { ...site, contentDir: config.contentDir, cacheDir: config.cacheDir, relatedLimit: config.relatedLimit };
        const loader: LoaderConfig = { ...site, contentDir: config.contentDir, cacheDir: config.cacheDir, reportPath: config.reportPath, strict: config.strict, relatedLimit: config.relatedLimit };
        const modules = new Map<string, unknown>([[`\0${PAGES}`, pages], [`\0${LOADER}`, loader]]);
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bao-tinh-site-config',
                resolveId: (id: string) => (id === PAGES || id === LOADER ? `\0${id}` : undefined),
                load: (id: string) => (modules.has(id) ? `export default ${JSON.stringify(modules.get(id))};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
