import type { ParsedArticle, Block, Removed } from './article.ts';
import { categoryFromFolder, categoryFromUrl } from './categories.ts';
import { takeAttribution } from './clean/attribution.ts';
import { removeBoilerplate } from './clean/boilerplate.ts';
import { isCaption } from './clean/captions.ts';
import { decodeHtmlEntities } from './clean/html-entities.ts';
import { ledeIndex, markSubheads } from './clean/subheads.ts';
import { splitTrailingBlocks } from './clean/trailing-blocks.ts';
import { dateFromFileName, parseDate } from './dates.ts';
import { canonicalSourceName, outletFromUrl, stripSourcePrefix } from './outlets.ts';
import { headlineToCheckWarning, LOW_HEADLINE_CONFIDENCE } from './report-warnings.ts';
import { splitTextArticle } from './split-text-article.ts';
import { articleIdentity } from '../site/slug.ts';
import { hasLetterOrDigit } from '../text/words.ts';

export type ParseResult = { ok: true; article: ParsedArticle } | { ok: false; reason: string };

export interface TextInput {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  /** Decoded, NFC, `\n` text. */
  text: string;
  encoding: string;
  warnings: string[];
}

/**
 * Parses a plain-text article (any of the three scraped shapes) into the article
 * schema, cleaning scraper noise on the way and recording everything removed.
 * None of the text becomes markup.
 */
export function parseTextArticle(input: TextInput): ParseResult {
  const entities = decodeHtmlEntities(input.text);
  const parts = splitTextArticle(entities.text);
  if ('reason' in parts) return { ok: false, reason: parts.reason };
  const warnings = [...input.warnings, ...parts.warnings];
  const removed: Removed[] = [...entities.removed];

  const trailing = splitTrailingBlocks(parts.lines);
  removed.push(...trailing.removed);
  const boiler = removeBoilerplate(trailing.body);
  removed.push(...boiler.removed);
  const attribution = takeAttribution(boiler.kept);
  removed.push(...attribution.removed);

  const blocks = toBlocks(attribution.body, parts.headline, removed);
  const dateline = takeDateline(blocks, removed);
  const prefixed = stripPrefixFromFirstParagraph(blocks, removed);
  markSubheads(blocks);
  const meta = parts.meta;
  let headline = parts.headline;
  if (parts.headlineFrom === 'file-name') headline = titleFromFileName(input.file);
  const { recovered } = parts;
  if (recovered && recovered.confidence < LOW_HEADLINE_CONFIDENCE) {
    warnings.push(headlineToCheckWarning(headline, recovered.confidence, recovered.confirmed, recovered.total));
  } else if (recovered) {
    warnings.push(`no headline line: headline recovered from the URL slug (confidence ${recovered.confidence.toFixed(2)})`);
  } else if (parts.headlineFrom !== 'first-line' && parts.headlineFrom !== 'front-matter') {
    warnings.push(`no headline line: headline taken from the ${parts.headlineFrom.replace('-', ' ')}`);
  }

  const ledeAt = ledeIndex(blocks);
  const lede = ledeAt >= 0 ? blocks.splice(ledeAt, 1)[0].text : undefined;
  if (!blocks.some((b) => b.kind !== 'caption') && lede === undefined) warnings.push('no body text: the file holds only a headline');

  const date = readDate(meta.date ?? dateline, input.file, warnings);
  const url = meta.url;
  return {
    ok: true,
    article: {
      ...articleIdentity(input.file, headline),
      headlineFrom: parts.headlineFrom,
      headlineConfidence: recovered ? Math.round(recovered.confidence * 1000) / 1000 : undefined,
      lede,
      blocks,
      attribution: attribution.attribution,
      source: prefixed ?? (meta.source ? canonicalSourceName(meta.source) : undefined) ?? (url ? outletFromUrl(url) : undefined),
      category: meta.category || categoryFromFolder(input.file) || (url ? categoryFromUrl(url) : undefined),
      tags: meta.tags ? meta.tags.split(',').map((t) => t.trim()).filter(Boolean) : [],
      date,
      originalUrl: url,
      sourceRelated: trailing.related,
      wordCount: countWords([headline, lede ?? '', ...blocks.map((b) => b.text)].join(' ')),
      encoding: input.encoding,
      warnings,
      removed,
    },
  };
}

/** Lines become paragraphs or captions (subheads are marked later); repeats of the headline and of captions are dropped. */
function toBlocks(lines: string[], headline: string, removed: Removed[]): Block[] {
  const blocks: Block[] = [];
  const seenCaptions = new Set<string>();
  for (const text of lines) {
    if (!hasLetterOrDigit(text)) {
      removed.push({ text, reason: 'no letters or digits' });
      continue;
    }
    if (text === headline && blocks.length === 0) {
      removed.push({ text, reason: 'repeated headline' });
      continue;
    }
    const kind = isCaption(text) ? 'caption' : 'paragraph';
    if (kind === 'caption') {
      if (seenCaptions.has(text)) {
        removed.push({ text, reason: 'duplicate caption' });
        continue;
      }
      seenCaptions.add(text);
    } else if (blocks.at(-1)?.text === text) {
      removed.push({ text, reason: 'duplicate paragraph' });
      continue;
    }
    blocks.push({ kind, text });
  }
  return blocks;
}

/** The outlet's prefix (`TPO - `) opens one of the first paragraphs: it names the source and goes. */
function stripPrefixFromFirstParagraph(blocks: Block[], removed: Removed[]): string | undefined {
  for (const block of blocks.filter((b) => b.kind === 'paragraph').slice(0, 3)) {
    const { source, text, prefix } = stripSourcePrefix(block.text);
    if (!source || !prefix) continue;
    removed.push({ text: prefix.trim(), reason: `source prefix (${source})` });
    block.text = text;
    return source;
  }
  return undefined;
}

/** `13/05/2017 10:28 GMT+7` under a headline is the publication time, not a paragraph. */
const DATELINE = /^(?:\p{L}+,\s*)?(\d{1,2}\/\d{1,2}\/\d{4})(?:\s*[-|,]?\s*\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\(?GMT\s*[+-]\s*\d{1,2}\)?)?$/u;

function takeDateline(blocks: Block[], removed: Removed[]): string | undefined {
  const index = blocks.slice(0, 3).findIndex((b) => DATELINE.test(b.text));
  if (index < 0) return undefined;
  const [line] = blocks.splice(index, 1);
  removed.push({ text: line.text, reason: 'dateline: read as the publication date' });
  return DATELINE.exec(line.text)![1];
}

function readDate(value: string | undefined, file: string, warnings: string[]): string | undefined {
  const { date, warning } = parseDate(value);
  if (warning) warnings.push(`date: ${warning}`);
  return date ?? dateFromFileName(file.split('/').at(-1) ?? file);
}

/** `bai-viet_moi.txt` -> `bai viet moi`: the last resort when the text names nothing. */
export function titleFromFileName(file: string): string {
  const name = (file.split('/').at(-1) ?? file).replace(/\.[^.]+$/, '').replace(/[-_]+/g, ' ').trim();
  return name || 'Bài viết không tên';
}

/** Words as readers count them: runs of non-space characters (Vietnamese syllables). */
export function countWords(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || c === 10 || c === 9 || c === 13 || c === 160;
    if (!space && !inWord) words++;
    inWord = !space;
  }
  return words;
}
