// The only module that reads knowledge from disk: collects the raw files, then hands them to the pure builder.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { buildSnapshot, type BuildOptions, type KnowledgeFile } from './build.ts';
import type { Snapshot } from './snapshot.ts';

/** Every file below `dir`, with paths relative to it; drafts (`_…`) and hidden files are skipped by the builder. */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const names = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = names.filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  return Promise.all(
    files.map(async (file) => ({ path: relative(dir, file).split(sep).join('/'), bytes: await readFile(file) })),
  );
}

/** Loads and validates the knowledge folder. Content problems never throw: they are in `snapshot.problems`. */
export async function loadKnowledge(dir: string, options?: BuildOptions): Promise<Snapshot> {
  return buildSnapshot(await readKnowledgeFiles(dir), options);
}
