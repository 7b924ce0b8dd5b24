/**
 * `npm start` / `npm run preview` (tools/start.ts) as a newcomer meets them: a preview already
 * running is named in one line and nothing is built under it; the preview answers `/slug` with a
 * redirect to `/slug/`, as static hosts do.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../tools/harness/build-site.ts';
import { sharedSite, type SharedSite } from './helpers/shared-sites.ts';

const START = join(projectRoot, 'tools', 'start.ts');
const BASE = '/bao-tinh/';
const cleanups: (() => void)[] = [];
afterEach(() => cleanups.splice(0).forEach((cleanup) => cleanup()));

/** Runs tools/start.ts; `ready` resolves with its output once `until` matches it (or it exits). */
function start(args: string[], env: Record<string, string>, until: RegExp) {
  const child = spawn(process.execPath, [START, ...args], { cwd: projectRoot, env: { ...process.env, ...env } });
  cleanups.push(() => child.kill());
  const out = { stdout: '', stderr: '' };
  const ready = new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) => {
    const check = () => until.test(out.stdout + out.stderr) && resolve({ code: null, ...out });
    child.stdout.on('data', (d) => ((out.stdout += d), check()));
    child.stderr.on('data', (d) => ((out.stderr += d), check()));
    child.on('close', (code) => resolve({ code, ...out }));
  });
  return ready;
}

/** A server holding a free port on 127.0.0.1, as a preview left running would. */
async function holdPort(): Promise<{ server: Server; port: number }> {
  const server = createServer();
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  cleanups.push(() => server.close());
  return { server, port: (server.address() as { port: number }).port };
}

describe('npm start', () => {
  it('says in one line that a preview is already running on the port, exits 1 and builds nothing', async () => {
    const { port } = await holdPort();
    const outDir = join(tmpdir(), `bao-tinh-start-${process.pid}-${port}`);
    const result = await start(['--port', String(port), '--outDir', outDir], {}, /$^/);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trimEnd().split('\n')).toEqual([
      `http://localhost:${port}/ is already in use, most likely by a Báo Tĩnh preview still running: stop it (Ctrl+C in its terminal) and run this again. Nothing was built.`,
    ]);
    expect(existsSync(outDir)).toBe(false);
  });
});

describe('npm run preview', () => {
  let site: SharedSite;
  beforeAll(async () => {
    site = await sharedSite('search', BASE);
  });

  it('serves the built site under BASE_PATH and redirects /slug to /slug/ (301), as static hosts do', async () => {
    const { server, port } = await holdPort();
    await new Promise((ok) => server.close(ok));
    const env = { BASE_PATH: BASE, CONTENT_DIR: site.contentDir };
    const result = await start(['--no-build', '--port', String(port), '--outDir', site.distDir], env, /Ctrl\+C to stop/);
    expect(result.stdout).toContain(`Báo Tĩnh: http://localhost:${port}${BASE} `);
    const article = site.report.files.find((f) => f.status === 'page')!;
    const noSlash = await fetch(`http://localhost:${port}${article.url!.slice(0, -1)}`, { redirect: 'manual' });
    expect([noSlash.status, noSlash.headers.get('location')]).toEqual([301, article.url]);
    const page = await fetch(`http://localhost:${port}${article.url}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain(article.headline!.replace(/&/g, '&amp;').slice(0, 20));
  });
});
