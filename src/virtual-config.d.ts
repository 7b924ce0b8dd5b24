/** The build's configuration, read once from the environment by astro.config.mjs (src/integrations/site-config.ts). */
declare module 'virtual:bao-tinh/config' {
  const config: import('./integrations/site-config.ts').BuildConfig;
  export default config;
}

/** The loader's part of it, for src/content.config.ts. */
declare module 'virtual:bao-tinh/loader-config' {
  const config: import('./integrations/site-config.ts').LoaderConfig;
  export default config;
}
