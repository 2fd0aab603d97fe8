// Once for all browser tests: build the widget as `npm run build` does, start the Huquq server and a partner site
// on a second port (in a process of their own), and hand both addresses to the tests.
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { build } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    huquq: string;
    partner: string;
  }
}

export default async function setup(project: TestProject) {
  await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  const child = spawn(process.execPath, ['--import', 'tsx', 'tests/browser/serve.ts'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const [line] = await Promise.race([
    new Promise<string[]>((resolve) => createInterface({ input: child.stdout! }).once('line', (l) => resolve([l]))),
    new Promise<never>((_, reject) =>
      child.once('exit', (code) => reject(new Error(`the test server exited (${code})`))),
    ),
  ]);
  const { huquq, partner } = JSON.parse(line!) as { huquq: string; partner: string };
  project.provide('huquq', huquq);
  project.provide('partner', partner);
  return () =>
    new Promise<void>((done) => {
      child.once('exit', () => done());
      child.kill('SIGTERM');
    });
}
