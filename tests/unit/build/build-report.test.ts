import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/lib/ingest/article.ts';
import { createBuildReport, formatReportLines, pageEntry } from '../../../src/lib/build/build-report.ts';

describe('formatReportLines', () => {
  it('says in one line that an empty folder builds an empty site', () => {
    expect(formatReportLines(createBuildReport('/srv/tin', []), '/srv/build-report.json')).toEqual([
      'no article files in /srv/tin: the site is built empty; put .txt or .md files there, or set CONTENT_DIR to the folder that holds them',
    ]);
  });

  it('prints the summary, then one line per skipped file', () => {
    const report = createBuildReport('/srv/tin', [
      { file: 'b.txt', status: 'page', warnings: ['date: invalid date "2015-02-30": no such day'] },
      { file: 'a.jpg', status: 'skipped', reason: 'not an article file (.jpg)', warnings: [] },
    ]);
    expect(formatReportLines(report, 'r.json')).toEqual([
      '2 files in /srv/tin: 1 pages, 1 skipped, 1 with warnings (details: r.json)',
      'skipped a.jpg: not an article file (.jpg)',
    ]);
  });
});

describe('pageEntry', () => {
  const article = { file: 'a.txt', headline: 'Tin', encoding: 'utf-8', warnings: ['w'], removed: [], date: '2027-01-02' } as unknown as Article;

  it('adds a warning for a date after the build, against the clock it is given', () => {
    expect(pageEntry(article, '/a/', new Date('2027-01-01T00:00:00Z')).warnings).toEqual(['w', expect.stringMatching(/^date in the future: 2027-01-02/)]);
    expect(pageEntry(article, '/a/', new Date('2027-01-02T00:00:00Z')).warnings).toEqual(['w']);
  });
});

describe('the summary line', () => {
  it('counts the warnings an editor acts on by kind', () => {
    const page = (file: string, warnings: string[]) => ({ file, status: 'page' as const, warnings });
    const report = createBuildReport('/srv/tin', [
      page('a.txt', ['date in the future: 2031-05-01 ...', 'too long: ...']),
      page('b.txt', ['date in the future: 2030-01-01 ...']),
      page('c.txt', ['headline to check: "..." ...']),
      page('d.txt', ['date: unreadable date "x"']),
      page('e.txt', []),
    ]);
    expect(formatReportLines(report, 'r.json')[0]).toBe(
      '5 files in /srv/tin: 5 pages, 0 skipped, 4 with warnings (2 dated in the future, 1 cut to size, 1 headline to check; details: r.json)',
    );
  });
});
