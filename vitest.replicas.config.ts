// Replica tests (`npm run test:replicas`): two real server processes sharing a PostgreSQL the tests start, under
// load and failure, and the example nginx configuration in front of them. Separate from `npm test` because they
// need PostgreSQL and nginx binaries and take about a minute.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'replicas',
    environment: 'node',
    include: ['tests/replicas/**/*.test.ts'],
    // Each file starts servers and a database: one at a time on a 2-core machine.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 60_000,
  },
});
