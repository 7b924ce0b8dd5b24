import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mediaFileName } from '../lib/ingest/media.ts';
import config from 'virtual:bao-tinh/config';
import { getLatestArticles } from './articles.ts';

const { contentDir } = config;

export interface MediaFile {
  /** Published name under `media/`. */
  name: string;
  /** Absolute path of the image in the content folder. */
  source: string;
}

let cache: Promise<MediaFile[]> | undefined;
let names: Promise<ReadonlySet<string>> | undefined;

/** The published names, once per build: every article page asks. */
export function getPublishedMediaNames(): Promise<ReadonlySet<string>> {
  names ??= getMediaFiles().then((files) => new Set(files.map((file) => file.name)));
  return names;
}

/**
 * The local images Markdown articles show, once each. An image that is not in the content
 * folder is named in the build log with the article that wants it.
 */
export function getMediaFiles(): Promise<MediaFile[]> {
  cache ??= getLatestArticles().then((articles) => {
    const files = new Map<string, MediaFile>();
    for (const article of articles) {
      for (const path of article.media ?? []) {
        const source = join(contentDir, path);
        if (!existsSync(source)) console.warn(`[media] ${article.file}: image ${path} is not in the content folder`);
        else files.set(path, { name: mediaFileName(path), source });
      }
    }
    return [...files.values()].sort((a, b) => (a.name < b.name ? -1 : 1));
  });
  return cache;
}
