// Runs the real server (`server/index.ts`) as a child process, for tests over real HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '../..');
const running: ChildProcess[] = [];

/** Kills every server a test started; call it in afterEach. */
export function stopServers(): void {
  for (const child of running.splice(0)) child.kill('SIGKILL');
}

/** Starts the server on a free port with `env` added, and resolves with its base URL once it listens. */
export function startServer(
  env: Record<string, string>,
): Promise<{ url: string; child: ChildProcess; log: () => string }> {
  // `node --import tsx` rather than the tsx wrapper: the PID we kill must be the server itself.
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', RATE_LIMIT_PER_MINUTE: '0', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  running.push(child);
  let buffered = '';
  return new Promise((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /"msg":"listening","url":"(http:\/\/[^"]+)"/.exec(buffered);
      if (match) resolve({ url: match[1]!, child, log: () => buffered });
    });
    child.on('exit', (code) => reject(new Error(`server exited with ${code}: ${buffered}`)));
  });
}
