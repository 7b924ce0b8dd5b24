// @ts-check
import { defineConfig } from 'astro/config';
import sitemap from '@astrojs/sitemap';
import { buildGuardIntegration } from './src/integrations/build-guard.ts';
import { fontsIntegration } from './src/integrations/fonts.ts';
import { keepOutputIntegration } from './src/integrations/keep-output.ts';
import { movedArticlesIntegration } from './src/integrations/moved-articles.ts';
import { pagefindIntegration } from './src/integrations/pagefind.ts';
import { siteConfigIntegration } from './src/integrations/site-config.ts';
import { readSiteConfig, SiteConfigError } from './src/lib/site/site-config.ts';

// The one place the environment is read (but BUILD_VERBOSE, which the logger reads: see
// isVerbose); everything else gets `config` as a value.
const config = readConfigOrExit();

/** A bad variable is one line that says what to set, and the build stops: no stack trace to read through. */
function readConfigOrExit() {
  try {
    return readSiteConfig(process.env, process.cwd());
  } catch (error) {
    if (!(error instanceof SiteConfigError)) throw error;
    for (const problem of error.problems) console.error(problem);
    process.exit(1);
  }
}

export default defineConfig({
  site: config.siteUrl,
  base: config.basePath,
  trailingSlash: 'always',
  cacheDir: config.cacheDir,
  build: { format: 'directory' },
  // The dev toolbar would add client JavaScript to every page.
  devToolbar: { enabled: false },
  // Progress by phase and one summary instead of a line per page; BUILD_VERBOSE=1 lists pages.
  logger: {
    entrypoint: './src/integrations/progress-logger.ts',
    config: { cacheDir: config.cacheDir },
  },
  // Sitemaps of at most 10,000 URLs each behind sitemap-index.xml: a large corpus splits into
  // several files, each well under the 50,000-URL limit of search engines.
  integrations: [
    keepOutputIntegration(),
    siteConfigIntegration(config),
    fontsIntegration(),
    pagefindIntegration({ shardPages: config.searchShardPages, jobs: config.searchIndexJobs }),
    sitemap({ entryLimit: 10_000 }),
    // Earlier URLs of articles whose headline changed redirect to the new ones.
    movedArticlesIntegration({ reportPath: config.reportPath, basePath: config.basePath, siteUrl: config.siteUrl }),
    buildGuardIntegration(),
  ],
  // Pages whose cache key (a digest of all they show) and code are unchanged are copied from the
  // last build instead of rendered again; the build guard drops that cache after a killed build.
  experimental: { incrementalBuild: true },
  // Articles are rendered with marked, not Astro's Markdown: no Shiki, whose inline styles the CSP forbids.
  markdown: { syntaxHighlight: false },
  // A meta Content-Security-Policy on every page: Astro adds the hashes of the scripts and
  // styles it emits; everything else must come from the site itself. Pagefind compiles its
  // WebAssembly ('wasm-unsafe-eval') and searches in a worker loaded from /pagefind/.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "worker-src 'self'",
      ],
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
    },
  },
});
