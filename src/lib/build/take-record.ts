import { readFile, rm } from 'node:fs/promises';

/**
 * Reads a record a finished build left for the next one (JSON) and removes it in the same step:
 * a build cut short then leaves no record to trust. Null when there is none or it cannot be read.
 */
export async function takeRecord<T>(file: string): Promise<T | null> {
  const text = await readFile(file, 'utf8').catch(() => null);
  await rm(file, { force: true });
  try {
    return JSON.parse(text ?? 'null') as T | null;
  } catch {
    return null;
  }
}
