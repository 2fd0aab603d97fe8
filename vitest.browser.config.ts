// Real-browser tests (`npm run test:browser`): Node runs Playwright against Debian's Chromium; this is not
// Vitest's browser mode. The global setup builds the widget and starts the Huquq server and a partner site.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    name: 'browser',
    environment: 'node',
    include: ['tests/browser/**/*.test.ts'],
    globalSetup: ['tests/browser/global-setup.ts'],
    // One Chromium at a time: the machine has two cores, and timings must not fight each other.
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
