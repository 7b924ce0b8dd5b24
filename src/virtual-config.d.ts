/** The build's configuration, read once from the environment by astro.config.mjs (src/integrations/site-config.ts). */
declare module 'virtual:bao-tinh/config' {
  const config: import('./integrations/site-config.ts').BuildConfig;
  export default config;
}
