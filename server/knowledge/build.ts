// Turns the raw knowledge files into one immutable snapshot plus every problem found. Pure: no disk, no clock
// except what the caller passes in, so every stage is tested with in-memory files.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import { CategoriesFile, CountriesFile, EmergencyFile, Flow, LanguagesFile, Organisation } from './schema.ts';
import type { Diagnostic, Entry, Snapshot } from './snapshot.ts';
import { classify } from './classify.ts';
import { diagnose, listIds } from './diagnostics.ts';
import { buildEntry, type EntryFolder, type TextFile } from './entries.ts';
import { checkFlowGraph } from './flow-graph.ts';
import { localizedTexts } from './localized.ts';
import { parseYaml, type FieldPath, type ParsedYaml } from './parse-yaml.ts';
import { resolveReferences, type Origins } from './references.ts';
import { validate, formatPath } from './validate.ts';

export interface KnowledgeFile {
  /** Relative to the knowledge folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface BuildOptions {
  /** When the snapshot is made; also the day review ages are counted from. */
  now?: Date;
}

const REVIEW_MAX_AGE_DAYS = 365;

/** Builds the snapshot from every file; invalid files are left out and reported in `problems`. */
export function buildSnapshot(files: readonly KnowledgeFile[], options: BuildOptions = {}): Snapshot {
  const now = options.now ?? new Date();
  const problems: Diagnostic[] = [];
  const origins = new Map<object, { file: string; parsed: ParsedYaml; at?: FieldPath }>();

  const read = <S extends z.ZodType>(schema: S, file: TextFile): z.infer<S> | undefined => {
    const { parsed, diagnostics } = parseYaml(file.text, file.file);
    problems.push(...diagnostics);
    if (!parsed) return undefined;
    const result = validate(schema, parsed, file.file);
    problems.push(...result.diagnostics);
    if (result.value) origins.set(result.value as object, { file: file.file, parsed });
    return result.value;
  };

  const singles = new Map<string, TextFile>();
  const itemFiles: { kind: 'organisation' | 'flow'; id: string; file: TextFile }[] = [];
  const folders = new Map<string, EntryFolder>();
  // One order for reading and for the version hash, so the same files always give the same snapshot.
  const sorted = [...files].sort((a, b) => a.path.localeCompare(b.path));
  for (const raw of sorted) {
    const role = classify(raw.path);
    if (role.kind === 'ignored') continue;
    if (role.kind === 'misplaced') {
      problems.push(diagnose('wrong-folder', { file: raw.path }, [role.what], [role.where]));
      continue;
    }
    const file = decode(raw, problems);
    if (!file) continue;
    if (role.kind === 'organisation' || role.kind === 'flow') itemFiles.push({ kind: role.kind, id: role.id, file });
    else if (role.kind === 'entry-meta' || role.kind === 'entry-text') {
      const key = `entries/${role.country}/${role.entry}`;
      const folder = folders.get(key) ?? { folder: key, country: role.country, id: role.entry, texts: [] };
      if (role.kind === 'entry-meta') folder.meta = file;
      else folder.texts.push({ ...file, lang: role.lang });
      folders.set(key, folder);
    } else singles.set(role.kind, file);
  }

  const single = <S extends z.ZodType>(kind: string, schema: S) => {
    const file = singles.get(kind);
    if (!file) {
      problems.push(diagnose('wrong-folder', { file: `${kind}.yaml` }, [`the ${kind} list (the file is missing)`], [`knowledge/${kind}.yaml`]));
      return undefined;
    }
    return read(schema, file);
  };
  const languages = unique(single('languages', LanguagesFile)?.languages ?? [], (l) => l.code, 'languages.yaml', ['languages'], problems);
  const countries = unique(single('countries', CountriesFile)?.countries ?? [], (c) => c.code, 'countries.yaml', ['countries'], problems);
  const categories = unique(single('categories', CategoriesFile)?.categories ?? [], (c) => c.id, 'categories.yaml', ['categories'], problems);
  const emergencyFile = single('emergency', EmergencyFile);
  const emergency = unique(emergencyFile?.contacts ?? [], (c) => c.id, 'emergency.yaml', ['contacts'], problems);
  const emergencyOrigin = emergencyFile && origins.get(emergencyFile);
  if (emergencyFile && emergencyOrigin) {
    // Each contact is its own item from here on: links and language checks point into its own lines.
    emergencyFile.contacts.forEach((contact, i) => origins.set(contact, { ...emergencyOrigin, at: ['contacts', i] }));
    origins.delete(emergencyFile);
  }
  const languageCodes = new Set(languages.map((l) => l.code));

  const organisations = new Map<string, Organisation>();
  const flows = new Map<string, Flow>();
  for (const { kind, id, file } of itemFiles) {
    const value = read(kind === 'flow' ? Flow : Organisation, file);
    if (!value) continue;
    const parsed = origins.get(value)!.parsed;
    if (value.id !== id) {
      problems.push(diagnose('id-mismatch', { file: file.file, line: parsed.lineOf(['id']), field: 'id' }, [value.id, `file name "${id}.yaml"`], ['file name (without .yaml)']));
      continue;
    }
    if (kind === 'flow') {
      const graphProblems = checkFlowGraph(value as Flow, file.file, parsed.lineOf);
      problems.push(...graphProblems);
      if (graphProblems.length === 0) flows.set(id, value as Flow);
    } else organisations.set(id, value as Organisation);
  }

  const entries = new Map<string, Entry>();
  for (const folder of folders.values()) {
    const { entry, meta, diagnostics } = buildEntry(folder, languageCodes);
    problems.push(...diagnostics);
    if (!entry || !meta) continue;
    const other = entries.get(entry.id);
    if (other) {
      problems.push(diagnose('duplicate-id', { file: folder.meta!.file, line: meta.lineOf(['id']), field: 'id' }, [entry.id, `entries/${other.country.toLowerCase()}/${other.id}`]));
      continue;
    }
    origins.set(entry, { file: folder.meta!.file, parsed: meta });
    entries.set(entry.id, entry);
  }

  for (const [item, origin] of origins) problems.push(...checkLanguageKeys(item, origin, languageCodes));
  for (const item of [...entries.values(), ...organisations.values()]) {
    const origin = origins.get(item)!;
    if (daysBetween(item.reviewedAt, now) > REVIEW_MAX_AGE_DAYS) {
      problems.push(diagnose('review-old', { file: origin.file, line: origin.parsed.lineOf(['reviewedAt']), field: 'reviewedAt' }, [item.reviewedAt]));
    }
  }

  const { linked, diagnostics } = resolveReferences(
    { entries, organisations, flows, emergency, categories: new Set(categories.map((c) => c.id)), countries: new Set(countries.map((c) => c.code)) },
    origins as Origins,
    {
      entry: new Set([...folders.values()].map((f) => f.id).filter((id) => !entries.has(id))),
      organisation: new Set(itemFiles.filter((f) => f.kind === 'organisation' && !organisations.has(f.id)).map((f) => f.id)),
    },
  );
  problems.push(...diagnostics);

  return deepFreeze({
    version: versionOf(sorted),
    loadedAt: now.toISOString(),
    languages,
    countries,
    categories,
    entries: linked.entries,
    organisations: linked.organisations,
    flows: linked.flows,
    emergency: linked.emergency,
    problems,
  });
}

function decode(raw: KnowledgeFile, problems: Diagnostic[]): TextFile | undefined {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw.bytes);
  } catch {
    problems.push(diagnose('not-utf8', { file: raw.path }));
    return undefined;
  }
  if (text.trim() === '') {
    problems.push(diagnose('empty-file', { file: raw.path }));
    return undefined;
  }
  return { file: raw.path, text };
}

/** Keeps the first item of each id and reports the others. */
function unique<T>(items: readonly T[], idOf: (item: T) => string, file: string, at: FieldPath, problems: Diagnostic[]): T[] {
  const seen = new Map<string, number>();
  return items.filter((item, i) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return true;
    }
    const field = formatPath([...at, i]);
    problems.push(diagnose('duplicate-id', { file, field }, [id, `${formatPath([...at, first])} in the same file`]));
    return false;
  });
}

/** Translatable texts (`{ en: …, tr: … }`) may only use languages from languages.yaml. */
function checkLanguageKeys(item: object, origin: { file: string; parsed: ParsedYaml; at?: FieldPath }, known: ReadonlySet<string>): Diagnostic[] {
  return localizedTexts(item, origin.at).flatMap(({ path, text }) =>
    Object.keys(text)
      .filter((lang) => !known.has(lang))
      .map((lang) => {
        const at = [...path, lang];
        return diagnose('unknown-language', { file: origin.file, line: origin.parsed.lineOf(at), field: formatPath(at) }, [lang], [listIds(known, 20)]);
      }),
  );
}

function daysBetween(isoDate: string, now: Date): number {
  return (now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / 86_400_000;
}

/** `files` sorted by path. */
function versionOf(files: readonly KnowledgeFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(file.bytes).update('\0');
  return hash.digest('hex').slice(0, 12);
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    children.forEach(deepFreeze);
  }
  return value;
}
