import { describe, expect, it } from 'vitest';
import { createBuildProgress, type LogEvent } from '../../../src/lib/build/progress.ts';

const info = (label: string | null, message: string, newLine = true): LogEvent => ({ label, level: 'info', message, newLine });

/** A build of `pages` pages, `cached` of them from the cache, one page every 100 ms. */
function run(options: { verbose: boolean; pages: number; cached: number; expected?: number; beforeFirstPage?: number }) {
  let clock = 0;
  const progress = createBuildProgress({ verbose: options.verbose, now: () => clock, peakMemory: () => 2 ** 30, expectedPages: options.expected ?? 0 });
  const out = [
    ...progress.take(info('content', 'Syncing content')),
    ...progress.take(info('bao-tinh-article-loader', `${options.pages} files in /tmp/c: ${options.pages} pages, 2 skipped, 0 with warnings`)),
    ...progress.take(info('build', 'Building static entrypoints...')),
    ...progress.take(info('SKIP_FORMAT', '\n\u001b[42m generating static routes \u001b[49m')),
  ];
  clock += options.beforeFirstPage ?? 0;
  for (let n = 0; n < options.pages; n++) {
    clock += 100;
    out.push(...progress.take(info(null, `  ├─ /bai-${n}/index.html`, false)));
    out.push(...progress.take(info('SKIP_FORMAT', n < options.cached ? ' (restored)' : ' (+12ms)')));
  }
  clock += 1000;
  out.push(...progress.take(info('bao-tinh-pagefind', 'search index: reading the built pages')));
  clock += 2000;
  out.push(...progress.take(info('build', 'Complete!')));
  return out.map((l) => l.text);
}

describe('createBuildProgress', () => {
  it('prints a progress line every few seconds instead of a line per page', () => {
    const lines = run({ verbose: false, pages: 1000, cached: 400 });
    expect(lines.filter((l) => l.includes('/bai-'))).toEqual([]);
    const progress = lines.filter((l) => l.startsWith('pages: '));
    expect(progress.length).toBeGreaterThanOrEqual(15);
    expect(progress.length).toBeLessThanOrEqual(25);
    expect(progress[0]).toMatch(/^pages: 50 of about 1,000 written \(49 from the cache\), about 95\.0 s left$/);
  });

  it('counts the time left from the pages written, not from the work before the first page', () => {
    const lines = run({ verbose: false, pages: 1000, cached: 0, expected: 1000, beforeFirstPage: 60_000 });
    const progress = lines.filter((l) => l.startsWith('pages: '));
    expect(progress[0]).toBe('pages: 1 of about 1,000 written (0 from the cache)');
    expect(progress[1]).toMatch(/^pages: 51 of about 1,000 written \(0 from the cache\), about 94\.9 s left$/);
  });

  it('ends with one summary of pages, files, phases and memory', () => {
    const lines = run({ verbose: false, pages: 1000, cached: 400 });
    const summary = lines.find((l) => l.startsWith('wrote '))!;
    expect(summary).toMatch(/^wrote 1,000 pages and feeds \(400 from the cache\) from 1,000 files \(2 skipped\) in 103\.0 s:/);
    expect(summary).toMatch(/pages 101\.0 s, search index 2\.0 s/);
    expect(summary).toMatch(/peak memory of the Node process 1\.00 GB/);
    expect(lines.at(-1)).toBe('Complete!');
  });

  it('lists every page when verbose', () => {
    const lines = run({ verbose: true, pages: 30, cached: 0 });
    expect(lines.filter((l) => l.includes('/bai-'))).toHaveLength(30);
    expect(lines.filter((l) => l.startsWith('pages: '))).toEqual([]);
  });

  it('passes warnings through', () => {
    const progress = createBuildProgress({ verbose: false, now: () => 0, peakMemory: () => 0, expectedPages: 0 });
    expect(progress.take({ label: 'x', level: 'warn', message: 'skipped a.txt: empty', newLine: true })).toEqual([{ level: 'warn', label: 'x', text: 'skipped a.txt: empty' }]);
  });
});
