import type { Article, Removed } from '../ingest/article.ts';
import { futureDateWarning, WARNING_KINDS } from '../ingest/report-warnings.ts';

export interface ReportEntry {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  status: 'page' | 'skipped';
  url?: string;
  headline?: string;
  /** For a headline recovered from the URL slug: how sure its spelling is, 0..1. */
  headlineConfidence?: number;
  encoding?: string;
  warnings: string[];
  removed?: Removed[];
  reason?: string;
}

export interface BuildReport {
  contentDir: string;
  summary: { files: number; pages: number; skipped: number; withWarnings: number };
  files: ReportEntry[];
}

/** The whole report, files in path order so two builds of the same folder write the same bytes. */
export function createBuildReport(contentDir: string, entries: ReportEntry[]): BuildReport {
  const files = [...entries].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  const pages = files.filter((f) => f.status === 'page').length;
  return {
    contentDir,
    summary: {
      files: files.length,
      pages,
      skipped: files.length - pages,
      withWarnings: files.filter((f) => f.warnings.length > 0).length,
    },
    files,
  };
}

/**
 * A page's entry: the article's own warnings (fixed by its file, so cached with its parse)
 * and those that depend on the day of the build (a date in the future), checked against `now`.
 */
export function pageEntry(article: Article, url: string, now: Date): ReportEntry {
  const future = futureDateWarning(article.date, now);
  return {
    file: article.file,
    status: 'page',
    url,
    headline: article.headline,
    headlineConfidence: article.headlineConfidence,
    encoding: article.encoding,
    warnings: future ? [...article.warnings, future] : article.warnings,
    removed: article.removed,
  };
}

/**
 * What the build prints: one summary line (with the warnings an editor acts on counted
 * by kind), then one line per skipped file naming the file and the reason, so a person
 * can act on each. An empty folder is one line
 * saying so, not an error: the site is built, with no articles.
 */
export function formatReportLines(report: BuildReport, reportPath: string): string[] {
  const { files, pages, skipped, withWarnings } = report.summary;
  if (files === 0) {
    return [`no article files in ${report.contentDir}: the site is built empty; put .txt or .md files there, or set CONTENT_DIR to the folder that holds them`];
  }
  const kinds = WARNING_KINDS.map((kind) => {
    const n = report.files.filter((f) => f.warnings.some((w) => w.startsWith(kind.start))).length;
    return n > 0 ? kind.label(n) : '';
  }).filter(Boolean);
  const detail = kinds.length > 0 ? `${kinds.join(', ')}; ` : '';
  const lines = [`${files} files in ${report.contentDir}: ${pages} pages, ${skipped} skipped, ${withWarnings} with warnings (${detail}details: ${reportPath})`];
  for (const entry of report.files) {
    if (entry.status === 'skipped') lines.push(`skipped ${entry.file}: ${entry.reason}`);
  }
  return lines;
}
