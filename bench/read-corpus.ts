import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RelatedInput } from '../src/lib/related/types.ts';

/**
 * Tiny stand-in for the project's parser: `# key = value` header lines are dropped (so the URL,
 * which names the category section, never reaches the ranking), line 1 = headline, line 2 = lede,
 * the rest = text. Files are read in name order, 256 at a time (open-file limits).
 */
export async function readCorpus(dir: string): Promise<(RelatedInput & { file: string })[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const out: (RelatedInput & { file: string })[] = [];
  for (let i = 0; i < files.length; i += 256) {
    const batch = files.slice(i, i + 256).map(async (file) => {
      const lines = (await readFile(join(dir, file), 'utf8'))
        .split(/\r?\n/)
        .filter((l) => !l.startsWith('# ') && l.trim() !== '');
      return { file, id: file.replace(/\.txt$/, ''), headline: lines[0] ?? '', lede: lines[1] ?? '', text: lines.slice(2).join('\n') };
    });
    out.push(...(await Promise.all(batch)));
  }
  return out;
}
