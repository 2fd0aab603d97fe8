// The only module that reads knowledge from disk: collects the raw files, then hands them to the pure builder.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildSnapshot, type BuildOptions, type KnowledgeFile } from './build.ts';
import type { Snapshot } from './snapshot.ts';

const READ_CONCURRENCY = 64;

/** Every file below `dir`, with paths relative to it; drafts (`_…`) and hidden files are skipped by the builder. */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  // A bounded number of reads at a time: all at once runs out of file handles (EMFILE) on large knowledge bases.
  const read: KnowledgeFile[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < files.length; i = next++) {
      read[i] = { path: relative(dir, files[i]!).split(sep).join('/'), bytes: await readFile(files[i]!) };
    }
  };
  await Promise.all(Array.from({ length: READ_CONCURRENCY }, worker));
  return read;
}

/** Loads and validates the knowledge folder. Content problems never throw: they are in `snapshot.problems`. */
export async function loadKnowledge(dir: string, options?: BuildOptions): Promise<Snapshot> {
  return buildSnapshot(await readKnowledgeFiles(dir), options);
}
