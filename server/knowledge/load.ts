// The only module that reads knowledge from disk: hands the files to the pure builder one by one.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { createSnapshotBuilder, knowledgeOrder, type BuildOptions, type KnowledgeFile } from './build.ts';
import type { Snapshot } from './snapshot.ts';

/** Files read between two turns of the event loop. */
const BATCH = 512;

/** The path of every file below `dir`, relative to it with forward slashes, in the order the builder takes them. */
function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relative(dir, join(d.parentPath, d.name)).split(sep).join('/'))
    .sort(knowledgeOrder);
}

/**
 * Calls `each` with every file below `dir`; drafts (`_…`) and hidden files are skipped by the builder.
 * Synchronous reads are five times faster than fs/promises for small files (15 µs against 80 µs each, measured
 * on 120,000 files) and never run out of file handles; a running server still answers between batches.
 */
async function forEachFile(dir: string, each: (file: KnowledgeFile) => void): Promise<void> {
  for (const [i, path] of listFiles(dir).entries()) {
    if (i > 0 && i % BATCH === 0) await yieldToEventLoop();
    each({ path, bytes: readFileSync(join(dir, path)) });
  }
}

/** Every file below `dir` at once (for tools and tests that lay one folder over another). */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const files: KnowledgeFile[] = [];
  await forEachFile(dir, (file) => files.push(file));
  return files;
}

/**
 * Loads and validates the knowledge folder. Content problems never throw: they are in `snapshot.problems`.
 * Each file is dropped once the builder has it, so memory holds the snapshot, not the folder.
 */
export async function loadKnowledge(dir: string, options?: BuildOptions): Promise<Snapshot> {
  const builder = createSnapshotBuilder(options);
  await forEachFile(dir, builder.add);
  return builder.finish();
}
