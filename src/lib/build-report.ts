import type { Removed } from './article.ts';

export interface ReportEntry {
  /** Path relative to the content folder, `/`-separated. */
  file: string;
  status: 'page' | 'skipped';
  url?: string;
  headline?: string;
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
 * What the build prints: one summary line, then one line per skipped file naming
 * the file and the reason, so a person can act on each. An empty folder is one line
 * saying so, not an error: the site is built, with no articles.
 */
export function formatReportLines(report: BuildReport, reportPath: string): string[] {
  const { files, pages, skipped, withWarnings } = report.summary;
  if (files === 0) {
    return [`no article files in ${report.contentDir}: the site is built empty; put .txt or .md files there, or set CONTENT_DIR to the folder that holds them`];
  }
  const lines = [
    `${files} files in ${report.contentDir}: ${pages} pages, ${skipped} skipped, ${withWarnings} with warnings (details: ${reportPath})`,
  ];
  for (const entry of report.files) {
    if (entry.status === 'skipped') lines.push(`skipped ${entry.file}: ${entry.reason}`);
  }
  return lines;
}
