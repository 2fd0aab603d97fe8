// Times knowledge load + index build for a knowledge folder in a fresh child process (so its peak RSS is the
// loader's and the index's alone), within a time limit; on Linux the peak is also read from /proc while it runs.
// The child runs with the Node options of `npm start` (NODE_OPTIONS from .npmrc, passed down by npm).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';

export interface LoadMeasurement {
  entries?: number;
  translations?: number;
  errors?: number;
  loadMs?: number;
  indexMs?: number;
  /** load + index; undefined when the child did not finish. */
  totalMs?: number;
  peakRssMb: number;
  finished: boolean;
  timedOut: boolean;
  /** Why the child stopped early. */
  failure?: string;
}

interface Report {
  stage: 'load' | 'index' | 'failed';
  ms: number;
  peakRssMb: number;
  entries?: number;
  translations?: number;
  errors?: number;
  error?: string;
}

function peakFromProc(pid: number): number {
  try {
    const kb = /VmHWM:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb ? Math.round(Number(kb) / 1024) : 0;
  } catch {
    return 0;
  }
}

/** Loads `dir` in a fresh process, stopped after `limitMs`. */
export function measureLoad(root: string, dir: string, limitMs: number): Promise<LoadMeasurement> {
  const args = ['--import', 'tsx', 'bench/load-kb.ts', dir];
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const result: LoadMeasurement = { peakRssMb: 0, finished: false, timedOut: false };
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4000)));
  const sample = setInterval(() => (result.peakRssMb = Math.max(result.peakRssMb, peakFromProc(child.pid!))), 250);
  const limit = setTimeout(() => {
    result.timedOut = true;
    child.kill('SIGKILL');
  }, limitMs);
  createInterface({ input: child.stdout! }).on('line', (line) => {
    const report = JSON.parse(line) as Report;
    result.peakRssMb = Math.max(result.peakRssMb, report.peakRssMb);
    if (report.stage === 'failed') result.failure = report.error;
    if (report.stage === 'load')
      Object.assign(result, {
        loadMs: report.ms,
        entries: report.entries,
        translations: report.translations,
        errors: report.errors,
      });
    if (report.stage === 'index')
      Object.assign(result, { indexMs: report.ms, totalMs: (result.loadMs ?? 0) + report.ms, finished: true });
  });
  return new Promise((resolve) => {
    child.on('close', () => {
      clearInterval(sample);
      clearTimeout(limit);
      if (result.timedOut) result.failure = `stopped after the ${limitMs / 1000} s limit`;
      else if (!result.finished) result.failure ??= stderr.trim().split('\n').at(-1) ?? 'exited early';
      resolve(result);
    });
  });
}
