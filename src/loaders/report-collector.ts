import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import type { Article } from '../lib/ingest/article.ts';
import { createBuildReport, formatReportLines, pageEntry, type ReportEntry } from '../lib/build/build-report.ts';

/**
 * Gathers skipped files during a load and writes `build-report.json` with every file:
 * pages from the store (their warnings and removals included), skipped ones with reasons.
 */
export class ReportCollector {
  private skipped = new Map<string, ReportEntry>();
  private firstWrite = true;
  private readonly options: { contentDir: string; reportPath: string; strict: boolean; now?: () => Date };

  /** `now` is the build's clock (dates in the future are warned against it); tests pass a fixed one. */
  constructor(options: { contentDir: string; reportPath: string; strict: boolean; now?: () => Date }) {
    this.options = options;
  }

  skip(file: string, reason: string, encoding?: string) {
    this.skipped.set(file, { file, status: 'skipped', reason, encoding, warnings: [] });
  }

  forget(file: string) {
    this.skipped.delete(file);
  }

  async write(context: LoaderContext, pages: { article: Article; url: string }[]) {
    const now = this.options.now?.() ?? new Date();
    const entries: ReportEntry[] = [...this.skipped.values(), ...pages.map(({ article, url }) => pageEntry(article, url, now))];
    const report = createBuildReport(this.options.contentDir, entries);
    await mkdir(dirname(this.options.reportPath), { recursive: true });
    await writeFile(this.options.reportPath, `${JSON.stringify(report, null, 2)}\n`);
    const [summary, ...skippedLines] = formatReportLines(report, this.options.reportPath);
    context.logger.info(summary);
    for (const line of skippedLines) context.logger.warn(line);
    const strictFailure = this.options.strict && report.summary.skipped > 0 && this.firstWrite;
    this.firstWrite = false;
    if (strictFailure) {
      throw new Error(`STRICT=1: ${report.summary.skipped} file(s) skipped; see the lines above or ${this.options.reportPath}`);
    }
  }
}
