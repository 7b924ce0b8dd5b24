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

/** The built URLs of the site's woff2 files, in the order of src/lib/site/font-faces.ts (src/integrations/fonts.ts). */
declare module 'virtual:bao-tinh/font-files' {
  const files: string[];
  export default files;
}

/** The `@font-face` rules of those files, bundled into the site's stylesheet. */
declare module 'virtual:bao-tinh/fonts.css' {}
