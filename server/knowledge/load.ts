// The only module that reads knowledge from disk: collects the raw files, then hands them to the pure builder.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { buildSnapshot, type BuildOptions, type KnowledgeFile } from './build.ts';
import type { Snapshot } from './snapshot.ts';

/** Files read between two turns of the event loop. */
const BATCH = 512;

/**
 * Every file below `dir`, with paths relative to it; drafts (`_…`) and hidden files are skipped by the builder.
 * Synchronous reads are five times faster than fs/promises for small files (15 µs against 80 µs each, measured
 * on 120,000 files) and never run out of file handles; a running server still answers between batches.
 */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const names = readdirSync(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  const read: KnowledgeFile[] = [];
  for (const [i, path] of files.entries()) {
    if (i > 0 && i % BATCH === 0) await yieldToEventLoop();
    read.push({ path: relative(dir, path).split(sep).join('/'), bytes: readFileSync(path) });
  }
  return read;
}

/** Loads and validates the knowledge folder. Content problems never throw: they are in `snapshot.problems`. */
export async function loadKnowledge(dir: string, options?: BuildOptions): Promise<Snapshot> {
  return buildSnapshot(await readKnowledgeFiles(dir), options);
}
