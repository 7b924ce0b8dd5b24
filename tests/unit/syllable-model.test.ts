import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recoverHeadline } from '../../src/lib/recover-headline.ts';
import { loadHeadlineModel, loadSyllableModel, modelFileProblem, type ModelManifest } from '../../src/lib/syllable-model.ts';

describe('shipped syllable model', () => {
  it('loads once and has counts', () => {
    const model = loadSyllableModel();
    expect(loadSyllableModel()).toBe(model);
    expect(model.total).toBeGreaterThan(1_000_000);
    expect(model.forms.get('viet')?.has('việt')).toBe(true);
  });

  it('loads the headline model the same way: headlines word things their own way', () => {
    const headlines = loadHeadlineModel();
    expect(loadHeadlineModel()).toBe(headlines);
    expect(headlines.total).toBeGreaterThan(100_000);
    expect(headlines.total).toBeLessThan(loadSyllableModel().total);
  });

  it('restores common words an empty article never writes', () => {
    const background = loadSyllableModel();
    expect(recoverHeadline(['gia', 'vang', 'tang'], '', { background })?.headline).toBe('Giá vàng tăng');
    expect(recoverHeadline(['ha', 'noi', 'mua', 'lon'], '', { background })?.headline).toBe('Hà Nội mưa lớn');
  });
});

describe.each(['vi-syllable-model', 'vi-headline-model'])('the manifest of %s', (name) => {
  const manifest = JSON.parse(readFileSync(new URL(`../../src/lib/data/${name}.manifest.json`, import.meta.url), 'utf8')) as ModelManifest;
  const bytes = readFileSync(new URL(`../../src/lib/data/${name}.json`, import.meta.url));

  it('describes the shipped file: bytes, sha256, the corpus and the command that made it', () => {
    expect(manifest).toMatchObject({ file: `${name}.json`, version: 1, bytes: bytes.length, corpus: { name: 'baomoi', files: 35_440 } });
    expect(manifest.command).toMatch(/^npx node .*bench\/build-syllable-model\.ts /);
    expect(modelFileProblem(manifest, createHash('sha256').update(bytes).digest('hex'))).toBeUndefined();
  });

  it('refuses a file its manifest does not describe, naming the file and the command to rebuild it', () => {
    const edited = createHash('sha256').update(Buffer.concat([bytes, Buffer.from(' ')])).digest('hex');
    expect(modelFileProblem(manifest, edited)).toMatch(/^src\/lib\/data\/vi-[a-z]+-model\.json: its sha256 [0-9a-f]{12}… is not the [0-9a-f]{12}… of its manifest; rebuild both with `npx node .*` or restore them from git$/);
    expect(modelFileProblem({ ...manifest, version: 2 }, manifest.sha256)).toMatch(/format version 2, this code reads 1/);
  });
});
