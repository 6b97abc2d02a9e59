import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    pool: 'forks',
    // Every core: vitest's default leaves one free, which is one worker on a 2-core runner, and most
    // tests spend part of their time waiting on the emulator's HTTP, so the files overlap well.
    maxWorkers: '100%',
  },
});
