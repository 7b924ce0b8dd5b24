/**
 * Headless Chromium for the e2e tests and the benches, from resolveChromium (chromium.ts), with
 * flags that keep it offline.
 *
 * A fresh --user-data-dir: Playwright's `launch()` always creates a new empty
 * profile dir in os.tmpdir() and deletes it on `browser.close()` (it refuses a
 * --user-data-dir in args), so every launch is fresh.
 */
import { chromium, type Browser, type LaunchOptions } from 'playwright-core';
import { resolveChromium } from './chromium.ts';

/** Flags that keep Chromium off the network and quiet (the machine has no network). */
export const CHROMIUM_ARGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--font-render-hinting=none',
];

/**
 * Launch headless Chromium (playwright-core) with the offline flags.
 * `options` are merged into Playwright's launch options (extra `args` are appended).
 */
export async function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  const resolved = await resolveChromium();
  const { args: extraArgs = [], env, ...rest } = options;
  try {
    return await chromium.launch({
      timeout: 60_000,
      ...rest,
      executablePath: resolved.executablePath,
      headless: true,
      args: [...CHROMIUM_ARGS, ...extraArgs],
      env: env ?? resolved.env,
    });
  } catch (err) {
    throw new Error(
      `Could not launch Chromium from ${resolved.source} (${resolved.executablePath}): ${(err as Error).message}\n` +
        (resolved.source === 'CHROME_PATH'
          ? 'Check CHROME_PATH, or unset it to use @sparticuz/chromium.'
          : 'Set CHROME_PATH to another Chromium binary, or delete the unpacked dir above and retry.'),
      { cause: err },
    );
  }
}
