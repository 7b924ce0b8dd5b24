import type { AstroIntegration } from 'astro';
import { FONT_FACES, fontFaceCss } from '../lib/site/font-faces.ts';

const CSS = 'virtual:bao-tinh/fonts.css';
const FILES = 'virtual:bao-tinh/font-files';

/**
 * Serves the site's font faces (src/lib/site/font-faces.ts) as two modules made from the one list:
 * `virtual:bao-tinh/fonts.css`, the `@font-face` rules, which Vite bundles into the site's
 * stylesheet like any CSS file (no inline style, so the CSP stays 'self'); and
 * `virtual:bao-tinh/font-files`, the built URLs of the same woff2 files, for BaseLayout's preloads.
 */
export function fontsIntegration(): AstroIntegration {
  const modules = new Map([
    [`\0${CSS}`, fontFaceCss(FONT_FACES)],
    [`\0${FILES}`, fontFilesModule()],
  ]);
  return {
    name: 'bao-tinh-fonts',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'bao-tinh-fonts',
                resolveId: (id: string) => (id === CSS || id === FILES ? `\0${id}` : undefined),
                load: (id: string) => modules.get(id),
              },
            ],
          },
        });
      },
    },
  };
}

/** `import f0 from '…woff2?url'; …; export default [f0, …];`: Vite emits each file once, for the CSS and the preloads alike. */
function fontFilesModule(): string {
  const imports = FONT_FACES.map((face, i) => `import f${i} from '${face.file}?url';`);
  return `${imports.join('\n')}\nexport default [${FONT_FACES.map((_, i) => `f${i}`).join(', ')}];\n`;
}
