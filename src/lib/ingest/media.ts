import { posix } from 'node:path';
import { decodeEntities } from '../text/html-text.ts';
import { extensionOf } from './file-extension.ts';
import { shortIdFromPath, slugify } from '../site/slug.ts';

/** Image files a Markdown article may show from its own folder. No SVG: opened on its own it could run script. */
export const IMAGE_TYPES: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  avif: 'image/avif',
};

/** Where published images live, under the base path. */
export const MEDIA_DIR = 'media';


/**
 * The content-folder path an image `src` of a Markdown article points to, or undefined when it
 * is not a local image: a URL with a scheme or host, a site-absolute path, a path that leaves
 * the content folder, or not an image type.
 *
 * @example resolveMediaPath('tin/bai.md', 'anh/cau.jpg') // 'tin/anh/cau.jpg'
 */
export function resolveMediaPath(articleFile: string, src: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:|^\/|^\\/i.test(src) || !(extensionOf(src) in IMAGE_TYPES)) return undefined;
  let path: string;
  try {
    path = decodeURIComponent(src.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const resolved = posix.normalize(posix.join(posix.dirname(articleFile), path));
  return resolved.startsWith('../') || resolved === '..' ? undefined : resolved;
}

/**
 * The published file name of a content image: a readable ASCII name plus 8 hex of its path, so
 * names never collide and never need escaping (`Ảnh cầu.JPG` -> `anh-cau-1a2b3c4d.jpg`).
 */
export function mediaFileName(contentPath: string): string {
  const ext = extensionOf(contentPath);
  const stem = slugify(posix.basename(contentPath, posix.extname(contentPath))) || 'anh';
  return `${stem}-${shortIdFromPath(contentPath)}.${ext}`;
}

/**
 * Points the local images of an article's sanitised HTML at their published copies and lists
 * them. Article pages sit one folder below the base, so `../media/…` works under any base path.
 */
export function publishLocalImages(html: string, articleFile: string): { html: string; media: string[] } {
  const media = new Set<string>();
  const out = html.replace(/(<img\b[^>]*?\bsrc=")([^"]*)(")/g, (whole, before: string, src: string, after: string) => {
    const path = resolveMediaPath(articleFile, decodeEntities(src));
    if (!path) return whole;
    media.add(path);
    return `${before}../${MEDIA_DIR}/${mediaFileName(path)}${after}`;
  });
  return { html: out, media: [...media] };
}

/**
 * Removes the images whose file is missing from the content folder (the build log names them):
 * a reader should not see a broken-image icon. Checked at build time, not at parse time, so an
 * image added later shows without the article being re-parsed.
 */
export function dropMissingImages(html: string, published: ReadonlySet<string>): string {
  const prefix = `../${MEDIA_DIR}/`;
  return html.replace(/<img\b[^>]*?\bsrc="([^"]*)"[^>]*>/g, (img, src: string) =>
    src.startsWith(prefix) && !published.has(src.slice(prefix.length)) ? '' : img,
  );
}
