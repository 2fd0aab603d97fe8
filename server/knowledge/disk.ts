// The only module that reads knowledge from disk: the list of files in the order the builder takes them, and
// their bytes. The loader (load.ts) and its helper threads (load-worker.ts) both read through it.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { knowledgeOrder, type KnowledgeFile } from './build.ts';

/** The path of every file below `dir`, relative to it with forward slashes, in the order the builder takes them. */
export function listFiles(dir: string): string[] {
  const base = resolve(dir);
  // Sliced rather than path.relative: that took 0.2 s of the 6 s a 120,000-file knowledge base takes to load.
  const relativeTo = (folder: string, name: string) =>
    folder === base ? name : `${folder.slice(base.length + 1)}${sep}${name}`;
  return readdirSync(base, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => relativeTo(d.parentPath, d.name).split(sep).join('/'))
    .sort(knowledgeOrder);
}

/**
 * Synchronous reads: five times faster than fs/promises for small files (15 µs against 80 µs each, measured on
 * 120,000 files), and they never run out of file handles.
 */
export const reader = (dir: string) => (path: string) => readFileSync(join(dir, path));

/** Every file below `dir` at once (for tests that lay one folder over another). */
export async function readKnowledgeFiles(dir: string): Promise<KnowledgeFile[]> {
  const read = reader(dir);
  return listFiles(dir).map((path) => ({ path, bytes: read(path) }));
}
