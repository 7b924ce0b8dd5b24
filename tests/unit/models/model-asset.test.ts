import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { modelAssetProblem, readModelAsset, writeModelAsset, type ModelManifest } from '../../../src/lib/models/model-asset.ts';
import { SYLLABLE_MODEL_FORMAT, syllableModelFile } from '../../../src/lib/ingest/headline/syllable-model.ts';
import { TOPIC_MODEL_FILE, TOPIC_MODEL_FORMAT } from '../../../src/lib/related/topic-model.ts';
import { BACKGROUND_WEIGHTS_FILE, BACKGROUND_WEIGHTS_FORMAT } from '../../../src/lib/related/background-weights.ts';

const shipped = [
  { path: syllableModelFile('vi-syllable-model'), want: SYLLABLE_MODEL_FORMAT, tool: 'tools/build-syllable-model.ts' },
  { path: syllableModelFile('vi-headline-model'), want: SYLLABLE_MODEL_FORMAT, tool: 'tools/build-syllable-model.ts' },
  { path: TOPIC_MODEL_FILE, want: TOPIC_MODEL_FORMAT, tool: 'tools/build-related-model.ts' },
  { path: BACKGROUND_WEIGHTS_FILE, want: BACKGROUND_WEIGHTS_FORMAT, tool: 'tools/build-related-weights.ts' },
];

describe.each(shipped)('the shipped model $path', ({ path, want, tool }) => {
  const manifest = JSON.parse(readFileSync(path.replace(/(?:\.[a-z]+)+$/, '.manifest.json'), 'utf8')) as ModelManifest;
  const bytes = readFileSync(path);

  it('is compact and described by its manifest: bytes, sha256, format, the corpus and the tool that made it', () => {
    expect(bytes.length).toBeLessThanOrEqual(10 * 2 ** 20);
    expect(manifest).toMatchObject({ ...want, bytes: bytes.length, corpus: { name: 'baomoi', files: 35_440 } });
    expect(manifest.command).toMatch(new RegExp(`^npx node (--max-old-space-size=\\d+ )?${tool} `));
    expect(readModelAsset(path, want).length).toBe(bytes.length);
  });

  it('is refused when edited, naming the file and the command that rebuilds it', () => {
    const edited = createHash('sha256').update(Buffer.concat([bytes, Buffer.from(' ')])).digest('hex');
    const problem = modelAssetProblem(path, manifest, edited, want);
    expect(problem).toMatch(/: its sha256 [0-9a-f]{12}… is not the [0-9a-f]{12}… of its manifest; rebuild it with `npx node .*` or restore it and its manifest from git$/);
    expect(problem?.startsWith(`${path}: `)).toBe(true);
  });
});

describe('readModelAsset', () => {
  const root = mkdtempSync(join(tmpdir(), 'model-asset-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const want = { format: 'test-bytes', version: 2 };
  const about = { ...want, source: 'three bytes', corpus: { name: 'none', files: 0 }, command: 'npx node tools/make-test-model.ts' };

  it('reads back what writeModelAsset wrote', () => {
    writeModelAsset(join(root, 'm.bin'), new Uint8Array([1, 2, 3]), about);
    expect([...readModelAsset('m.bin', want, root)]).toEqual([1, 2, 3]);
  });

  it('refuses bytes changed after the manifest was written, and says how to rebuild', () => {
    writeModelAsset(join(root, 'cut.bin'), new Uint8Array([1, 2, 3]), about);
    writeFileSync(join(root, 'cut.bin'), new Uint8Array([1, 2]));
    expect(() => readModelAsset('cut.bin', want, root)).toThrow(/^cut\.bin: its sha256 .* rebuild it with `npx node tools\/make-test-model\.ts`/);
  });

  it('refuses a model in another format version than the code reads', () => {
    writeModelAsset(join(root, 'old.bin'), new Uint8Array([1]), { ...about, version: 1 });
    expect(() => readModelAsset('old.bin', want, root)).toThrow(/format test-bytes version 1, this code reads test-bytes version 2/);
  });

  it('says what to do when the manifest is missing', () => {
    writeFileSync(join(root, 'bare.bin'), new Uint8Array([1]));
    expect(() => readModelAsset('bare.bin', want, root)).toThrow(/^bare\.manifest\.json: cannot read the model's manifest .*restore it from git or rebuild/);
  });
});
