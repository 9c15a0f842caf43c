import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    hookTimeout: 30_000,
    // One PostgreSQL server for the run, for the store's PostgreSQL tests (test/helpers/postgres.ts).
    globalSetup: ['test/helpers/postgresServer.ts'],
  },
});
