import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { articleSlug, shortIdFromPath } from '../../src/lib/site/slug.ts';
import { articleLoader } from '../../src/loaders/article-loader.ts';
import { fakeContext } from './helpers/fake-context.ts';

/** Two file names whose 8-hex path ids collide, found by counting up (about 2^16 tries). */
function collidingNames(): [string, string] {
  const seen = new Map<string, string>();
  for (let i = 0; ; i++) {
    const name = `tin-${i}.txt`;
    const id = shortIdFromPath(name);
    const other = seen.get(id);
    if (other) return [other, name];
    seen.set(id, name);
  }
}

const ARTICLE = 'Mưa lớn ở Đà Nẵng\n\nNước ngập nhiều tuyến phố trung tâm sau một đêm mưa.';

describe('the dev watcher syncs as a build does', () => {
  let dir: string;
  let contentDir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'bao-tinh-watch-'));
    contentDir = join(dir, 'content');
    mkdirSync(contentDir);
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));
  const options = () => ({ contentDir, reportPath: join(dir, 'report.json'), basePath: '/', strict: false, cacheDir: join(dir, 'cache') });
  const slugOf = (data: Record<string, unknown> | undefined) => data?.slug;

  it('makes a slug that collides with an added file unique, and gives it back when that file goes', async () => {
    const [a, b] = collidingNames();
    writeFileSync(join(contentDir, a), ARTICLE);
    const { context, entries, watcher } = fakeContext({ watch: true });
    await articleLoader(options()).load(context);
    const alone = articleSlug('Mưa lớn ở Đà Nẵng', a);
    expect(slugOf(entries.get(a)?.data)).toBe(alone);

    writeFileSync(join(contentDir, b), ARTICLE);
    await watcher!.emit('add', join(contentDir, b));
    const [slugA, slugB] = [slugOf(entries.get(a)?.data), slugOf(entries.get(b)?.data)];
    expect(slugA).not.toBe(slugB);
    expect(slugA).toMatch(/-[0-9a-f]{16}$/);

    rmSync(join(contentDir, b));
    await watcher!.emit('unlink', join(contentDir, b));
    expect(slugOf(entries.get(a)?.data)).toBe(alone);
  });

  it('ignores hidden files the watcher reports, as the build listing does', async () => {
    const { context, entries, watcher } = fakeContext({ watch: true });
    await articleLoader(options()).load(context);
    writeFileSync(join(contentDir, '.bai-nhap.txt'), ARTICLE);
    await watcher!.emit('add', join(contentDir, '.bai-nhap.txt'));
    expect(entries.size).toBe(0);
  });
});
