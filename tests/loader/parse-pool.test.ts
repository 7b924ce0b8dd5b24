import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adaptiveRunner } from '../../src/loaders/parse-pool.ts';
import { syncFileJob, type FileJob } from '../../src/loaders/parse-file.ts';

const fixtures = new URL('../fixtures/unc-dev-sample/', import.meta.url).pathname;

describe('the parse pool', () => {
  let dir: string;
  beforeEach(() => void (dir = mkdtempSync(join(tmpdir(), 'bao-tinh-pool-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const jobs = (cache: string): FileJob[] =>
    readdirSync(fixtures).map((file) => ({ path: join(fixtures, file), file, salt: 's', cacheDir: join(dir, cache) }));

  /** A project folder whose parse worker is `code`. */
  const rootWith = (name: string, code: string) => {
    const root = join(dir, name);
    mkdirSync(join(root, 'src/loaders'), { recursive: true });
    writeFileSync(join(root, 'src/loaders/parse-worker.ts'), code);
    return root;
  };

  it.each([
    ['fails to start', "throw new Error('no parser here');"],
    ['dies at its first job', "import { parentPort } from 'node:worker_threads';\nparentPort!.once('message', () => process.exit(3));"],
  ])('reads every file on its own thread when a worker thread %s, instead of waiting for it', async (_, code) => {
    const runner = adaptiveRunner({ inlineFirst: 0, threads: 2, root: rootWith('root', code) });
    try {
      const outcomes = await Promise.all(jobs('pool').map((job) => runner.run(job)));
      expect(outcomes).toEqual(jobs('here').map(syncFileJob));
      expect(outcomes.filter((o) => 'ok' in o && o.ok)).toHaveLength(20);
    } finally {
      await runner.close();
    }
  });
});
