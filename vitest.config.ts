import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    // CLI end-to-end tests spawn processes; two cores are plenty busy with two workers.
    pool: 'forks',
  },
});
