// Loads the knowledge folder: hands the files (read by disk.ts) to the pure builder a unit at a time, and shares
// the entry folders of a large knowledge base out between this thread and helper threads (load-worker.ts).
import { availableParallelism } from 'node:os';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import { createSnapshotBuilder, planUnits, type BuildOptions } from './build.ts';
import { listFiles, reader } from './disk.ts';
import { buildFolder, type BuiltFolder, type RawFolder } from './entry-folder.ts';
import type { WorkerJob, WorkerMessage } from './worker-protocol.ts';
import type { Snapshot } from './snapshot.ts';

/** Files read between two turns of the event loop, so a running server keeps answering while it reloads. */
const BATCH = 512;
/** Below this many entry files, starting threads (~0.3 s each) costs more than it saves. */
const PARALLEL_FROM = 5000;
const MAX_THREADS = 4;

export interface LoadOptions extends BuildOptions {
  /** The number of entry files from which folders are built on several threads (default 5,000). */
  parallelFrom?: number;
}

/**
 * Loads and validates the knowledge folder. Content problems never throw: they are in `snapshot.problems`.
 * Each file is dropped once the builder has it, so memory holds the snapshot, not the folder.
 */
export async function loadKnowledge(dir: string, options: LoadOptions = {}): Promise<Snapshot> {
  const builder = createSnapshotBuilder(options);
  const read = reader(dir);
  const units = planUnits(listFiles(dir));
  // The top-level lists come first: the languages must be known before any entry folder is built.
  const firstFolder = units.findIndex((unit) => unit.kind === 'folder');
  const [before, after] = firstFolder < 0 ? [units, []] : [units.slice(0, firstFolder), units.slice(firstFolder)];
  for (const unit of before) if (unit.kind === 'file') builder.add({ path: unit.path, bytes: read(unit.path) });
  const folders = after.flatMap((unit) => (unit.kind === 'folder' ? [unit.folder] : []));
  const built = await buildFolders(dir, folders, builder.languageCodes(), options.parallelFrom ?? PARALLEL_FROM);
  let next = 0;
  for (const unit of after) {
    if (unit.kind === 'file') builder.add({ path: unit.path, bytes: read(unit.path) });
    else builder.addFolder(built[next++]!);
  }
  return builder.finish();
}

async function buildFolders(
  dir: string,
  folders: readonly RawFolder[],
  languages: ReadonlySet<string>,
  parallelFrom: number,
): Promise<BuiltFolder[]> {
  const files = folders.reduce((n, folder) => n + folder.files.length, 0);
  const threads = Math.min(MAX_THREADS, availableParallelism());
  if (files < parallelFrom || threads < 2) return buildHere(dir, folders, languages);
  // This thread takes the first share itself: what it builds needs no copying back from another thread.
  const [own, ...others] = shareOut(folders, threads);
  const results = await Promise.all([
    buildHere(dir, own!, languages),
    ...others.map((share) => buildInWorker({ dir, languages: [...languages], folders: share })),
  ]);
  return results.flat();
}

async function buildHere(
  dir: string,
  folders: readonly RawFolder[],
  languages: ReadonlySet<string>,
): Promise<BuiltFolder[]> {
  const read = reader(dir);
  const built: BuiltFolder[] = [];
  let sinceYield = 0;
  for (const folder of folders) {
    built.push(buildFolder(folder, read, languages));
    sinceYield += folder.files.length;
    if (sinceYield >= BATCH) {
      sinceYield = 0;
      await yieldToEventLoop();
    }
  }
  return built;
}

/** Consecutive runs of folders with about the same number of files each, one per thread, in order. */
export function shareOut(folders: readonly RawFolder[], threads: number): RawFolder[][] {
  const total = folders.reduce((n, folder) => n + folder.files.length, 0);
  const shares: RawFolder[][] = [[]];
  let inShare = 0;
  for (const folder of folders) {
    if (inShare >= total / threads && shares.length < threads) {
      shares.push([]);
      inShare = 0;
    }
    shares.at(-1)!.push(folder);
    inShare += folder.files.length;
  }
  return shares;
}

function buildInWorker(job: WorkerJob): Promise<BuiltFolder[]> {
  const worker = new Worker(new URL('./worker-bootstrap.mjs', import.meta.url), {
    workerData: { module: new URL('./load-worker.ts', import.meta.url).href, job },
  });
  const built: BuiltFolder[] = [];
  return new Promise((resolve, reject) => {
    worker.on('message', (message: WorkerMessage) => {
      if (message.done) {
        resolve(built);
        void worker.terminate();
      } else built.push(...message.built);
    });
    worker.on('error', reject);
    worker.on('exit', (code) => reject(new Error(`the knowledge loader's worker stopped early (exit code ${code})`)));
  });
}
