import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Site builds and a real browser take seconds, not milliseconds.
    testTimeout: 60_000,
    hookTimeout: 300_000,
    // Builds each use both cores: running two at once only slows both.
    fileParallelism: false,
    // Fixture sites built once per run and shared by the test files that read them.
    globalSetup: ['tests/e2e/helpers/shared-sites-setup.ts'],
  },
});
