import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { walkFolder } from '../../../src/lib/build/walk-folder.ts';

const root = mkdtempSync(join(tmpdir(), 'walk-folder-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

// A dist/-shaped tree: a page per folder, deeper shards, an empty folder, a hidden one, a link.
for (let i = 0; i < 150; i++) {
  mkdirSync(join(root, `bai-${i}`));
  writeFileSync(join(root, `bai-${i}`, 'index.html'), '<html></html>');
}
mkdirSync(join(root, 'pagefind', 's', 'k1', 'index'), { recursive: true });
writeFileSync(join(root, 'pagefind', 's', 'k1', 'index', 'a.pf_index'), 'x');
writeFileSync(join(root, 'index.html'), '<html></html>');
mkdirSync(join(root, 'empty'));
mkdirSync(join(root, '.hidden'));
writeFileSync(join(root, '.hidden', 'secret.txt'), 'x');
symlinkSync(join(root, 'bai-0'), join(root, 'link'));

describe('walkFolder', () => {
  it('finds what Node’s recursive readdir finds, folders apart from files; a link is listed, not walked into as Node does', async () => {
    const walked = await walkFolder(root, 8);
    const node = readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => !e.parentPath.startsWith(join(root, 'link')));
    const rel = (e: { parentPath: string; name: string }) => join(e.parentPath, e.name).slice(root.length + 1);
    expect([...walked.files].sort()).toEqual(node.filter((e) => !e.isDirectory()).map(rel).sort());
    expect([...walked.folders].sort()).toEqual(node.filter((e) => e.isDirectory()).map(rel).sort());
    expect(walked.files).toContain('link');
    expect(walked.files).not.toContain(join('link', 'index.html'));
    expect(walked.folders).toContain('empty');
  });

  it('rejects a folder that is not there', async () => {
    await expect(walkFolder(join(root, 'missing'))).rejects.toThrow(/ENOENT/);
  });
});
