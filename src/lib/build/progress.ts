/** One message of Astro's logger (its `AstroLoggerMessage`). */
export interface LogEvent {
  label: string | null;
  level: 'debug' | 'info' | 'warn' | 'error' | 'silent';
  message: string;
  newLine: boolean;
}

/** A line to print: `label` is shown in brackets, as Astro does. */
export interface LogLine {
  level: LogEvent['level'];
  label: string | null;
  text: string;
}

export interface ProgressOptions {
  /** Per-page lines as Astro prints them (`BUILD_VERBOSE=1`). */
  verbose: boolean;
  /** Milliseconds since some fixed time. */
  now: () => number;
  /** Peak resident memory of the build process, in bytes. */
  peakMemory: () => number;
  /** Pages the last build wrote, for the first ETA; 0 when unknown. */
  expectedPages: number;
  /** How often a progress line is printed while pages are written (ms). */
  every?: number;
}

type Phase = 'content' | 'bundle' | 'pages' | 'search' | 'finish';
const PHASE_NAMES: Record<Phase, string> = { content: 'content', bundle: 'bundle', pages: 'pages', search: 'search index', finish: 'sitemap and finish' };
const ANSI = /\u001b\[[0-9;]*m/g;
const PAGE_LINE = /^\s*[├└]─ /;

/**
 * Turns a large build's log into one progress line per phase and an ETA while pages are written,
 * then one summary, instead of a line per page (36,642 lines for 35,000 articles). Warnings and
 * errors always pass; `verbose` passes everything. Pure: the clock and memory are given.
 *
 * @example const progress = createBuildProgress({ verbose: false, now: () => Date.now(), peakMemory, expectedPages: 0 });
 *          for (const line of progress.take(event)) print(line);
 */
export function createBuildProgress(options: ProgressOptions) {
  const every = options.every ?? 5000;
  const started = options.now();
  const phaseStart = new Map<Phase, number>();
  const phaseTime = new Map<Phase, number>();
  let phase: Phase | undefined;
  let pages = 0;
  let reused = 0;
  let inPage = false;
  let lastReport = started;
  let firstPageAt = started;
  let files = '';
  let expected = options.expectedPages;

  const enter = (next: Phase) => {
    if (phase === next) return;
    const now = options.now();
    if (phase) phaseTime.set(phase, now - (phaseStart.get(phase) ?? now));
    phase = next;
    phaseStart.set(next, now);
  };
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  const info = (text: string): LogLine => ({ level: 'info', label: 'progress', text });

  function progressLine(): LogLine {
    // The rate since the first page: the related stage before it would make the first ETAs absurd.
    const left = Math.max(0, expected - pages);
    const perPage = pages > 1 ? (options.now() - firstPageAt) / (pages - 1) : 0;
    const eta = perPage > 0 && left > 0 ? `, about ${seconds(perPage * left)} left` : '';
    const of = expected > pages ? ` of about ${expected.toLocaleString('en')}` : '';
    return info(`pages: ${pages.toLocaleString('en')}${of} written (${reused.toLocaleString('en')} from the cache)${eta}`);
  }

  function summary(): LogLine {
    enter('finish');
    phaseTime.set('finish', options.now() - (phaseStart.get('finish') ?? options.now()));
    const phases = (Object.keys(PHASE_NAMES) as Phase[]).filter((p) => phaseTime.has(p)).map((p) => `${PHASE_NAMES[p]} ${seconds(phaseTime.get(p)!)}`);
    const memory = (options.peakMemory() / 2 ** 30).toFixed(2);
    return info(
      `wrote ${pages.toLocaleString('en')} pages and feeds (${reused.toLocaleString('en')} from the cache)${files ? ` from ${files}` : ''} in ${seconds(options.now() - started)}: ` +
        `${phases.join(', ')}; peak memory of the Node process ${memory} GB (Pagefind runs in its own process)`,
    );
  }

  return {
    /** The lines to print for one logger event (often none). */
    take(event: LogEvent): LogLine[] {
      const text = event.message.replace(ANSI, '');
      if (event.label === null && PAGE_LINE.test(text)) {
        if (++pages === 1) firstPageAt = options.now();
        inPage = true;
        if (options.verbose) return [{ level: event.level, label: null, text: event.message }];
        if (options.now() - lastReport < every) return [];
        lastReport = options.now();
        return [progressLine()];
      }
      if (event.label === 'SKIP_FORMAT' && inPage) {
        inPage = false;
        if (/\((cached|restored)\)/.test(text)) reused++;
        return options.verbose ? [{ level: event.level, label: 'SKIP_FORMAT', text: event.message }] : [];
      }
      inPage = false;
      if (/Syncing content/.test(text)) enter('content');
      if (/Building \w+ entrypoints/.test(text)) enter('bundle');
      if (/generating static routes|prerendering static routes/.test(text)) {
        enter('pages');
        lastReport = options.now();
      }
      if (event.label === 'bao-tinh-pagefind') enter('search');
      const counted = /^(\d+) files in .*?: (\d+) pages, (\d+) skipped/.exec(text);
      if (counted) {
        files = `${Number(counted[1]).toLocaleString('en')} files (${counted[3]} skipped)`;
        expected = Math.max(expected, Number(counted[2]));
      }
      if (event.label === 'build' && /^Complete!/.test(text)) return [summary(), { level: event.level, label: event.label, text: event.message }];
      if (event.label === 'SKIP_FORMAT' && /static routes/.test(text)) return [info(`writing pages (every ${every / 1000} s a progress line; BUILD_VERBOSE=1 lists them)`)];
      return [{ level: event.level, label: event.label, text: event.message }];
    },
    /** Pages written so far, for the next build's first ETA. */
    get pages() {
      return pages;
    },
  };
}
