// One entry folder from its raw files to a built entry: the unit of work the loader shares out between threads,
// so everything here is plain data in and plain data out.
import { createHash, type Hash } from 'node:crypto';
import type { EntryFileRole } from './classify.ts';
import { buildEntry, type EntryFolder } from './entries.ts';
import type { Diagnostic, Entry } from './snapshot.ts';
import { decode, isText, type TextFile } from './text-file.ts';

export interface RawFolder {
  /** `entries/<country>/<id>` */
  key: string;
  country: string;
  id: string;
  /** In knowledgeOrder. */
  files: { path: string; role: EntryFileRole }[];
}

export interface BuiltFolder {
  key: string;
  id: string;
  /** Of every file's path and bytes: the folder's share of the snapshot version. */
  digest: string;
  entry?: Entry;
  /** entry.yaml, for the lines of problems found later (links, review dates); set when `entry` is. */
  meta?: TextFile;
  diagnostics: Diagnostic[];
}

/** Adds one named part (a file, or a folder's digest) to a version hash; the same parts always give the same hash. */
export function hashPart(hash: Hash, name: string, content: Uint8Array | string): void {
  hash.update(name).update('\0').update(content).update('\0');
}

/** Builds the entry of `folder`, reading each of its files with `read`. */
export function buildFolder(
  folder: RawFolder,
  read: (path: string) => Uint8Array,
  languages: ReadonlySet<string>,
): BuiltFolder {
  const diagnostics: Diagnostic[] = [];
  const digest = createHash('sha256');
  const decoded: EntryFolder = { folder: folder.key, country: folder.country, id: folder.id, texts: [] };
  for (const { path, role } of folder.files) {
    const bytes = read(path);
    hashPart(digest, path, bytes);
    if (role.kind === 'entry-meta') decoded.meta = decode({ path, bytes }, diagnostics);
    else if (isText({ path, bytes }, diagnostics)) decoded.texts.push({ file: path, lang: role.lang, bytes });
  }
  const { entry, diagnostics: entryProblems } = buildEntry(decoded, languages);
  diagnostics.push(...entryProblems);
  return {
    key: folder.key,
    id: folder.id,
    digest: digest.digest('hex'),
    ...(entry && { entry, meta: decoded.meta }),
    diagnostics,
  };
}
