/** Vitest global setup: one folder for the shared fixture sites of a run, deleted when it ends. */
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { removeContentDir } from './site-content.ts';

export default function setup(project: TestProject): () => void {
  const dir = mkdtempSync(join(tmpdir(), 'bao-tinh-shared-'));
  project.provide('sharedSitesDir', dir);
  return () => {
    for (const name of readdirSync(dir)) {
      const content = join(dir, name, 'content');
      if (existsSync(content)) removeContentDir(content);
    }
    rmSync(dir, { recursive: true, force: true });
  };
}
