/**
 * The site's typeface (the @font-face rules src/lib/site/font-faces.ts generates, as the site's
 * stylesheet gets them) draws every character it is asked to: each code point of the fixtures'
 * headlines and of the interface strings lies in the unicode-range of a shipped @font-face rule
 * of each weight, and the woff2 file of that rule maps it to a glyph.
 * Also the budget: latin and vietnamese subsets only, two weights, at most 100 KB of woff2.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { vi } from '../../src/i18n/vi.ts';
import { readArticle } from '../../src/lib/ingest/read-article.ts';
import { FONT_FACES, fontFaceCss } from '../../src/lib/site/font-faces.ts';
import { woff2CodePoints } from './helpers/woff2-cmap.ts';

const require = createRequire(import.meta.url);
const css = fontFaceCss(FONT_FACES);

interface Face {
  family: string;
  weight: string;
  display: string;
  file: string;
  ranges: [number, number][];
  codePoints: Set<number>;
}

/** `U+0102-0103, U+0323, U+1E??` as closed intervals. */
function parseRanges(value: string): [number, number][] {
  return value.split(',').map((part) => {
    const [from, to] = part.trim().replace(/^U\+/i, '').split('-');
    if (to !== undefined) return [parseInt(from!, 16), parseInt(to, 16)];
    return [parseInt(from!.replace(/\?/g, '0'), 16), parseInt(from!.replace(/\?/g, 'F'), 16)];
  });
}

const faces: Face[] = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].map(([, body]) => {
  const descriptor = (name: string) => new RegExp(`${name}\\s*:\\s*([^;]+);`).exec(body!)?.[1]?.trim() ?? '';
  const url = /url\(['"]?([^'")]+)['"]?\)/.exec(descriptor('src'))![1]!;
  const file = require.resolve(url);
  return {
    family: descriptor('font-family').replace(/['"]/g, ''),
    weight: descriptor('font-weight'),
    display: descriptor('font-display'),
    file,
    ranges: parseRanges(descriptor('unicode-range')),
    codePoints: woff2CodePoints(readFileSync(file)),
  };
});
const weights = [...new Set(faces.map((f) => f.weight))];

/** The characters of `text` that no face of `weight` both claims and draws. */
function missing(text: string, weight: string): string[] {
  const out = new Set<string>();
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    const drawn = faces.some(
      (f) => f.weight === weight && f.ranges.some(([a, b]) => code >= a && code <= b) && f.codePoints.has(code),
    );
    if (!drawn) out.add(`${char} U+${code.toString(16).toUpperCase().padStart(4, '0')}`);
  }
  return [...out];
}

function fixtureHeadlines(folder: string): string[] {
  const dir = new URL(`../fixtures/${folder}/`, import.meta.url);
  return readdirSync(dir)
    .filter((f) => statSync(new URL(f, dir)).isFile())
    .map((f) => readArticle(f, readFileSync(new URL(f, dir))))
    .flatMap((r) => (r.ok ? [r.article.headline] : []));
}

describe('the shipped font faces', () => {
  it('are one family in two weights, latin and vietnamese subsets only, at most 100 KB of woff2', () => {
    expect(new Set(faces.map((f) => f.family))).toEqual(new Set(['Noto Serif']));
    expect(weights.sort()).toEqual(['400', '700']);
    for (const face of faces) expect(face.file).toMatch(/noto-serif-(latin|vietnamese)-(400|700)-normal\.woff2$/);
    const bytes = faces.reduce((sum, f) => sum + statSync(f.file).size, 0);
    expect(bytes).toBeLessThanOrEqual(100 * 1024);
  });

  it('never hold text back or move it: font-display optional', () => {
    for (const face of faces) expect(face.display).toBe('optional');
  });

  it('would report a character they cannot draw', () => {
    expect(missing('Hà Nội 中', '700')).toEqual(['中 U+4E2D']);
  });
});

describe.each(['seeds', 'unc-dev-sample', 'baomoi-sample'])('every headline character of %s', (folder) => {
  const headlines = fixtureHeadlines(folder);
  it.each(['400', '700'])('is drawn at weight %s', (weight) => {
    expect(headlines.length).toBeGreaterThan(0);
    expect(missing(headlines.join(''), weight)).toEqual([]);
  });
});

describe('every interface string', () => {
  const sample = (format: (...args: unknown[]) => unknown) => String(format(2, 'Thể thao', 3764));
  const strings = Object.values(vi).flatMap((v) => (typeof v === 'string' ? [v] : typeof v === 'function' ? [sample(v as (...args: unknown[]) => unknown)] : []));
  it.each(['400', '700'])('is drawn at weight %s', (weight) => {
    expect(missing(strings.join(''), weight)).toEqual([]);
  });
});
