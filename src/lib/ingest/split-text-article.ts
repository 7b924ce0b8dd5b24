import { firstSentence, looksLikeHeadline } from './looks-like-headline.ts';
import { findHeadlineLine, recoverHeadline, slugSyllables, type RecoveredHeadline } from './headline/recover-headline.ts';
import { loadHeadlineModel, loadSyllableModel } from './headline/syllable-model.ts';
import type { Article } from './article.ts';
import { hasLetterOrDigit } from '../text/words.ts';

/** `# url = https://...`: the header lines scraped files start with. */
const HEADER_LINE = /^#\s*([A-Za-z_][\w-]*)\s*=\s*(.*)$/;

export interface TextParts {
  meta: Record<string, string>;
  headline: string;
  headlineFrom: Article['headlineFrom'];
  /** Non-empty lines after the headline, trimmed: one unit per paragraph. */
  lines: string[];
  /** When the headline came from the URL slug: the evidence for its spelling. */
  recovered?: RecoveredHeadline;
  warnings: string[];
}

/**
 * Splits a `.txt` article into header fields, headline and body lines. Handles the
 * three real shapes: blank-line paragraphs, one paragraph per line, and `# key = value`
 * headers. Returns a reason instead when there is no text at all.
 */
export function splitTextArticle(text: string): TextParts | { reason: string } {
  // Most lines are clean: only rewrite those with tabs, runs of spaces or odd white space.
  const all = text.split('\n').map((l) => (/\s\s|[^\S ]/.test(l) ? l.replace(/\s+/g, ' ') : l).trim());
  const meta: Record<string, string> = {};
  let i = 0;
  for (; i < all.length; i++) {
    const header = HEADER_LINE.exec(all[i]);
    if (header) meta[header[1].toLowerCase()] = header[2].trim();
    else if (all[i] !== '') break;
  }
  const lines = all.slice(i).filter((l) => l !== '');
  if (lines.length === 0) {
    return { reason: text.trim() === '' ? (text === '' ? 'empty file' : 'only white space') : 'no article text after the header lines' };
  }
  return { meta, lines, warnings: [], ...chooseHeadline(meta, lines) };
}

function chooseHeadline(meta: Record<string, string>, lines: string[]) {
  const take = (index: number, headlineFrom: Article['headlineFrom']) => {
    const headline = lines[index];
    lines.splice(index, 1);
    return { headline, headlineFrom };
  };
  if (meta.title) return { headline: meta.title, headlineFrom: 'front-matter' as const };
  const slug = meta.url ? slugSyllables(meta.url) : [];
  if (slug.length > 0) {
    const index = findHeadlineLine(lines, slug);
    if (index >= 0) return take(index, 'first-line');
    // A fixed, shipped background (not the other files): the parse still depends on this file only.
    const recovered = recoverHeadline(slug, lines.join('\n'), { background: loadSyllableModel(), headlines: loadHeadlineModel() });
    if (recovered) return { headline: recovered.headline, headlineFrom: 'url-slug' as const, recovered };
  }
  if (looksLikeHeadline(lines[0])) return take(0, 'first-line');
  // A first line of punctuation only (`!!! ???`) names nothing: the text's first sentence does.
  const firstWithText = lines.find(hasLetterOrDigit);
  if (firstWithText === undefined) return { headline: '', headlineFrom: 'file-name' as const };
  return { headline: firstSentence(firstWithText), headlineFrom: 'first-sentence' as const };
}
