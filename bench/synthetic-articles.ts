import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { seededRandom } from './seeded-random.ts';

/** A baomoi-shaped article: headline, lede, body sentences. */
interface Parts {
  headline: string;
  lede: string;
  sentences: string[];
}

/** Reads baomoi files (line 1 headline, line 2 lede, then the body) into their parts. */
export async function readBaomoi(dir: string): Promise<Parts[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.txt')).sort();
  const parts: Parts[] = [];
  for (let i = 0; i < files.length; i += 256) {
    const texts = await Promise.all(files.slice(i, i + 256).map((f) => readFile(join(dir, f), 'utf8')));
    for (const text of texts) {
      const [headline = '', lede = '', ...body] = text.split('\n').map((l) => l.trim());
      const sentences = body.join(' ').split(/(?<=[.!?])\s+/).filter((s) => s.length > 0);
      if (headline && lede && sentences.length >= 2) parts.push({ headline, lede, sentences });
    }
  }
  return parts;
}


/**
 * `count` synthetic articles recombined from real ones: the headline and lede of one article,
 * the first half of its body and the second half of another's, in paragraphs of three sentences,
 * with a `# date` header spread evenly between `from` and `to` (ISO dates). Deterministic.
 */
export function makeArticles(parts: readonly Parts[], count: number, options: { seed: number; from: string; to: string; prefix: string }) {
  const next = seededRandom(options.seed);
  const pick = () => parts[Math.floor(next() * parts.length)]!;
  const start = Date.parse(options.from);
  const span = Date.parse(options.to) - start;
  return Array.from({ length: count }, (_, n) => {
    const a = pick();
    const b = pick();
    const sentences = [...a.sentences.slice(0, Math.ceil(a.sentences.length / 2)), ...b.sentences.slice(Math.floor(b.sentences.length / 2))];
    const paragraphs: string[] = [];
    for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
    const date = new Date(start + Math.floor(next() * span)).toISOString().slice(0, 10).replaceAll('-', '');
    const text = [`# date = ${date}`, a.headline, a.lede, ...paragraphs, ''].join('\n');
    return { name: `${options.prefix}${String(n).padStart(6, '0')}.txt`, text };
  });
}
