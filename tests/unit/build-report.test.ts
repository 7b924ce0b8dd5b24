import { describe, expect, it } from 'vitest';
import { createBuildReport, formatReportLines } from '../../src/lib/build-report.ts';

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
