import { stat } from 'node:fs/promises';

/**
 * A file's modification time (nanoseconds) and size, null when it is not a file: a page written
 * again has a newer one, a page kept or copied with its times has the same. Pages kept in place
 * and pages the search index read before are both trusted by it.
 */
export async function fileStamp(file: string): Promise<string | null> {
  const info = await stat(file, { bigint: true }).catch(() => null);
  return info?.isFile() ? `${info.mtimeNs}:${info.size}` : null;
}
