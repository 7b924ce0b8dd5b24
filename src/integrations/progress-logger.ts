import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileWhole } from '../lib/build/write-whole.ts';
import { createBuildProgress, type LogEvent, type LogLine } from '../lib/build/progress.ts';
import { isVerbose } from '../lib/site/site-config.ts';

/**
 * Astro's logger for this project (`logger.entrypoint` in astro.config.mjs): progress by phase
 * and one summary instead of a line per page. The page count of the last build, kept in the
 * cache folder, gives the first ETA.
 */
export default function progressLogger(config: { cacheDir: string }) {
  const stats = join(config.cacheDir, 'build-stats.json');
  let expectedPages = 0;
  try {
    expectedPages = Number(JSON.parse(readFileSync(stats, 'utf8')).pages) || 0;
  } catch {
    // First build of this folder: the ETA starts from the article count.
  }
  const progress = createBuildProgress({
    // Not from the config: see isVerbose.
    verbose: isVerbose(process.env),
    now: () => performance.now(),
    peakMemory: () => process.resourceUsage().maxRSS * 1024,
    expectedPages,
  });
  return {
    write(event: LogEvent) {
      // Astro writes a page's path, then its time on the same line; the project's own lines end theirs.
      for (const line of progress.take(event)) print(line, event.newLine || line.label === 'progress');
      if (event.label === 'build' && /Complete!/.test(event.message)) saveStats(stats, progress.pages);
    },
  };
}

function print(line: LogLine, newLine: boolean) {
  const out = line.level === 'error' || line.level === 'warn' ? process.stderr : process.stdout;
  const end = newLine ? '\n' : '';
  if (line.label === 'SKIP_FORMAT') return void out.write(line.text + end);
  const time = new Date().toTimeString().slice(0, 8);
  const level = line.level === 'error' || line.level === 'warn' ? ` [${line.level.toUpperCase()}]` : '';
  out.write(`${time}${level}${line.label ? ` [${line.label}]` : ''} ${line.text}${end}`);
}

function saveStats(file: string, pages: number) {
  try {
    writeFileWhole(file, JSON.stringify({ pages }));
  } catch {
    // Only the next ETA is lost.
  }
}
