import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../lib/site/site-config.ts';

/** What the build's own modules need of the configuration (see src/virtual-config.d.ts). */
export type BuildConfig = Pick<SiteConfig, 'siteUrl' | 'basePath' | 'contentDir' | 'cacheDir' | 'reportPath' | 'strict' | 'relatedLimit'>;

const MODULE_ID = 'virtual:bao-tinh/config';

/**
 * Hands the configuration that astro.config.mjs read from the environment, once, to the content
 * config and the data modules as a value (`import config from 'virtual:bao-tinh/config'`), so
 * none of them reads the environment again. `basePath` and `siteUrl` are Astro's own resolved
 * `base` and `site`: the value pages link with is the value Astro routes with. Not
 * `import.meta.env.BASE_URL`, which an inherited `BASE_URL` variable silently overrides.
 */
export function siteConfigIntegration(config: SiteConfig): AstroIntegration {
  return {
    name: 'bao-tinh-site-config',
    hooks: {
      'astro:config:setup': ({ config: astro, updateConfig }) => {
        const value: BuildConfig = {
          siteUrl: astro.site ?? config.siteUrl,
          basePath: astro.base,
          contentDir: config.contentDir,
          cacheDir: config.cacheDir,
          reportPath: config.reportPath,
          strict: config.strict,
          relatedLimit: config.relatedLimit,
        };
        const resolved = `\0${MODULE_ID}`;
        updateConfig({
          vite: {
            plugins: [
              {
                name: MODULE_ID,
                resolveId: (id: string) => (id === MODULE_ID ? resolved : undefined),
                load: (id: string) => (id === resolved ? `export default ${JSON.stringify(value)};` : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
