// Unit and integration tests: server code in Node, widget components in jsdom.
// Real-browser tests have their own config (vitest.browser.config.ts, `npm run test:browser`).
import { defineConfig } from 'vitest/config';

export default defineConfig({
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'server',
          environment: 'node',
          include: ['tests/server/**/*.test.ts', 'tests/scripts/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'widget',
          environment: 'jsdom',
          include: ['tests/widget/**/*.test.{ts,tsx}'],
          setupFiles: ['tests/widget/helpers/setup.ts'],
          testTimeout: 30_000,
        },
      },
    ],
  },
});
