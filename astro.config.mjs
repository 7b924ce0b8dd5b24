// @ts-check
import { defineConfig } from 'astro/config';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { readSiteConfig } from './src/lib/site-config.ts';

const config = readSiteConfig(process.env, process.cwd());

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  cacheDir: config.cacheDir,
  build: { format: 'directory' },
  // The dev toolbar would add client JavaScript to every page.
  devToolbar: { enabled: false },
  integrations: [pagefindIntegration()],
});
