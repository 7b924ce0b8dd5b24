/**
 * `npm run dev` (astro dev) while an editor works in the content folder: an article file added
 * while the server runs shows on the front page, and disappears from it once deleted, without a
 * restart.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { freePort } from '../../tools/harness/free-port.ts';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { astroBin, plain, projectRoot, siteEnv } from '../../tools/harness/build-site.ts';
import { makeContentDir, type ContentDir } from './helpers/site-content.ts';

const HEADLINE = 'Bản tin thêm vào khi máy chủ phát triển đang chạy';
const ARTICLE = `---\ntitle: ${HEADLINE}\ndate: ${new Date().toISOString().slice(0, 10)}\ncategory: Thời sự\n---\n\nNội dung của bản tin mới thêm.\n`;

let content: ContentDir;
let reportDir: string;
let dev: ChildProcess;
let home: string;


/** Fetches the front page until `holds` is true of it; fails after `seconds`. */
async function frontPageUntil(holds: (html: string) => boolean, seconds = 45): Promise<string> {
  const deadline = Date.now() + seconds * 1000;
  let html = '';
  while (Date.now() < deadline) {
    html = await (await fetch(home)).text();
    if (holds(html)) return html;
    await new Promise((r) => setTimeout(r, 500));
  }
  return html;
}

beforeAll(async () => {
  content = makeContentDir(['seeds']);
  const port = await freePort();
  home = `http://127.0.0.1:${port}/`;
  reportDir = mkdtempSync(join(tmpdir(), 'bao-tinh-dev-'));
  const env = siteEnv({ contentDir: content.dir }, join(reportDir, 'build-report.json'));
  dev = spawn(process.execPath, [astroBin, 'dev', '--host', '127.0.0.1', '--port', String(port)], { cwd: projectRoot, env });
  let log = '';
  await new Promise<void>((ready, fail) => {
    const watch = (d: Buffer) => ((log += plain(d)), log.includes(home) && ready());
    dev.stdout!.on('data', watch);
    dev.stderr!.on('data', watch);
    dev.on('close', (code) => fail(new Error(`astro dev exited ${code}:\n${log}`)));
  });
});
afterAll(() => {
  dev?.kill();
  content?.remove();
  if (reportDir) rmSync(reportDir, { recursive: true, force: true });
});

describe('the dev server', () => {
  it('shows an article file added while it runs, and drops it once the file is deleted', async () => {
    expect(await frontPageUntil((html) => html.includes('Lầu Năm góc'))).toContain('Lầu Năm góc');
    const file = join(content.dir, 'seeds', 'ban-tin-moi.md');
    writeFileSync(file, ARTICLE);
    expect(await frontPageUntil((html) => html.includes(HEADLINE))).toContain(HEADLINE);
    rmSync(file);
    const after = await frontPageUntil((html) => !html.includes(HEADLINE));
    expect(after).not.toContain(HEADLINE);
    expect(after).toContain('Lầu Năm góc');
  }, 150_000);
});
