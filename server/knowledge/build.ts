// Turns the raw knowledge files into one immutable snapshot plus every problem found. Pure: no disk, no clock
// except what the caller passes in, so every stage is tested with in-memory files.
import { createHash } from 'node:crypto';
import type { z } from 'zod';
import {
  CategoriesFile,
  CountriesFile,
  EmergencyFile,
  Flow,
  LanguagesFile,
  Organisation,
  type Language,
} from './schema.ts';
import type { Diagnostic, Entry, Snapshot } from './snapshot.ts';
import { classify } from './classify.ts';
import { LexiconFile } from './lexicon.ts';
import { diagnose, listIds } from './diagnostics.ts';
import { buildFolder, hashPart, type BuiltFolder, type RawFolder } from './entry-folder.ts';
import { checkFlowGraph } from './flow-graph.ts';
import { localizedTexts } from './localized.ts';
import { lineFinder, parseYaml, type FieldPath } from './parse-yaml.ts';
import { resolveReferences, type Origin } from './references.ts';
import { decode, type KnowledgeFile, type TextFile } from './text-file.ts';
import { validate, formatPath } from './validate.ts';

export type { KnowledgeFile } from './text-file.ts';

export interface BuildOptions {
  /** When the snapshot is made; also the day review ages are counted from. */
  now?: Date;
}

const REVIEW_MAX_AGE_DAYS = 365;

/**
 * The order the builder takes files in: the top-level lists first (every entry needs the languages), then by path
 * in code-unit order, which keeps the files of each entry folder together.
 */
export function knowledgeOrder(a: string, b: string): number {
  const [aTop, bTop] = [!a.includes('/'), !b.includes('/')];
  if (aTop !== bTop) return aTop ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** What the builder takes, in order: a file of its own, or an entry folder to build as one. */
export type Unit = { kind: 'file'; path: string } | { kind: 'folder'; folder: RawFolder };

/** Groups paths (in knowledgeOrder) into units, each entry folder's files together. */
export function planUnits(paths: readonly string[]): Unit[] {
  const units: Unit[] = [];
  let open: RawFolder | undefined;
  for (const path of paths) {
    const role = classify(path);
    if (role.kind !== 'entry-meta' && role.kind !== 'entry-text') {
      units.push({ kind: 'file', path });
      continue;
    }
    const key = `entries/${role.country}/${role.entry}`;
    if (open?.key !== key) {
      open = { key, country: role.country, id: role.entry, files: [] };
      units.push({ kind: 'folder', folder: open });
    }
    open.files.push({ path, role });
  }
  return units;
}

export interface SnapshotBuilder {
  /** A file of its own (not in an entry folder), in knowledgeOrder with the folders. */
  add(file: KnowledgeFile): void;
  /** An entry folder, built by buildFolder in this thread or another. */
  addFolder(folder: BuiltFolder): void;
  /** The languages of languages.yaml, which entry folders are built for (it comes first in knowledgeOrder). */
  languageCodes(): ReadonlySet<string>;
  /** The snapshot of everything added, with every problem found. */
  finish(): Snapshot;
}

/** Builds the snapshot from every file; invalid files are left out and reported in `problems`. */
export function buildSnapshot(files: readonly KnowledgeFile[], options: BuildOptions = {}): Snapshot {
  const byPath = new Map(files.map((file) => [file.path, file]));
  const builder = createSnapshotBuilder(options);
  for (const unit of planUnits([...byPath.keys()].sort(knowledgeOrder))) {
    if (unit.kind === 'file') builder.add(byPath.get(unit.path)!);
    else builder.addFolder(buildFolder(unit.folder, (path) => byPath.get(path)!.bytes, builder.languageCodes()));
  }
  return builder.finish();
}

/**
 * A builder that takes the knowledge a unit at a time, so a large knowledge base never holds more than one
 * folder's raw and decoded text at once (10,000 entries × 11 languages would otherwise hold 1.5 GB of text that
 * is thrown away once parsed), and entry folders can be built on other threads.
 */
export function createSnapshotBuilder(options: BuildOptions = {}): SnapshotBuilder {
  const now = options.now ?? new Date();
  // Problems in the order content staff read them: files, lists, organisations and flows, entries, links.
  const problems = {
    files: [] as Diagnostic[],
    lists: [] as Diagnostic[],
    items: [] as Diagnostic[],
    entries: [] as Diagnostic[],
  };
  const origins = new Map<object, Origin>();
  const version = createHash('sha256');

  const read = <S extends z.ZodType>(schema: S, file: TextFile, found: Diagnostic[]): z.infer<S> | undefined => {
    const { parsed, diagnostics } = parseYaml(file.text, file.file);
    found.push(...diagnostics);
    if (!parsed) return undefined;
    const result = validate(schema, parsed, file.file);
    found.push(...result.diagnostics);
    if (result.value) origins.set(result.value as object, { file: file.file, lineOf: parsed.lineOf });
    return result.value;
  };

  const singles = new Map<string, TextFile>();
  const single = <S extends z.ZodType>(kind: string, schema: S) => {
    const file = singles.get(kind);
    if (!file) {
      problems.lists.push(
        diagnose(
          'wrong-folder',
          { file: `${kind}.yaml` },
          { what: `the ${kind} list (the file is missing)`, folder: `knowledge/${kind}.yaml` },
        ),
      );
      return undefined;
    }
    return read(schema, file, problems.lists);
  };
  let languages: Language[] | undefined;
  const languageList = () =>
    (languages ??= unique(
      single('languages', LanguagesFile)?.languages ?? [],
      (l) => l.code,
      'languages.yaml',
      ['languages'],
      problems.lists,
    ));
  let codes: Set<string> | undefined;
  const languageCodes = () => (codes ??= new Set(languageList().map((l) => l.code)));

  const itemFiles: { kind: 'organisation' | 'flow'; id: string; file: TextFile }[] = [];
  const lexiconFiles: TextFile[] = [];
  const entries = new Map<string, Entry>();
  const entryFolders = new Set<string>();

  const add = (raw: KnowledgeFile) => {
    hashPart(version, raw.path, raw.bytes);
    const role = classify(raw.path);
    if (role.kind === 'ignored') return;
    if (role.kind === 'misplaced') {
      problems.files.push(diagnose('wrong-folder', { file: raw.path }, { what: role.what, folder: role.where }));
      return;
    }
    if (role.kind === 'entry-meta' || role.kind === 'entry-text')
      throw new Error(`${raw.path} belongs to an entry folder: use addFolder`);
    const file = decode(raw, problems.files);
    if (!file) return;
    if (role.kind === 'lexicon') lexiconFiles.push(file);
    else if (role.kind === 'organisation' || role.kind === 'flow')
      itemFiles.push({ kind: role.kind, id: role.id, file });
    else singles.set(role.kind, file);
  };

  const addFolder = ({ key, id, digest, entry, meta, diagnostics }: BuiltFolder) => {
    hashPart(version, key, digest);
    entryFolders.add(id);
    problems.entries.push(...diagnostics);
    if (!entry || !meta) return;
    const lineOf = lineFinder(meta.text);
    const other = entries.get(entry.id);
    if (other) {
      problems.entries.push(
        diagnose(
          'duplicate-id',
          { file: meta.file, line: lineOf(['id']), field: 'id' },
          { id: entry.id, usedBy: `entries/${other.country.toLowerCase()}/${other.id}` },
        ),
      );
      return;
    }
    origins.set(entry, { file: meta.file, lineOf });
    entries.set(entry.id, entry);
  };

  const finish = (): Snapshot => {
    const languageSet = languageList();
    const countriesFile = single('countries', CountriesFile);
    const countries = unique(
      countriesFile?.countries ?? [],
      (c) => c.code,
      'countries.yaml',
      ['countries'],
      problems.lists,
    );
    const categories = unique(
      single('categories', CategoriesFile)?.categories ?? [],
      (c) => c.id,
      'categories.yaml',
      ['categories'],
      problems.lists,
    );
    const emergencyFile = single('emergency', EmergencyFile);
    const emergency = unique(
      emergencyFile?.contacts ?? [],
      (c) => c.id,
      'emergency.yaml',
      ['contacts'],
      problems.lists,
    );
    const emergencyOrigin = emergencyFile && origins.get(emergencyFile);
    if (emergencyFile && emergencyOrigin) {
      // Each contact is its own item from here on: links and language checks point into its own lines.
      emergencyFile.contacts.forEach((contact, i) => {
        origins.set(contact, { ...emergencyOrigin, at: ['contacts', i] });
      });
      origins.delete(emergencyFile);
    }
    const lexiconParts = lexiconFiles.map((file) => read(LexiconFile, file, problems.items));
    const lexicon = lexiconParts.flatMap((part) => part?.concepts ?? []);
    const notCovered = lexiconParts.flatMap((part) => part?.notCovered ?? []);
    const { organisations, flows } = buildItems(
      itemFiles,
      (schema, file) => read(schema, file, problems.items),
      origins,
      problems.items,
    );

    const checks: Diagnostic[] = [];
    const where = (item: object, path: FieldPath) => {
      const origin = origins.get(item)!;
      return { file: origin.file, line: origin.lineOf(path), field: formatPath(path) };
    };
    for (const [item, origin] of origins)
      checks.push(...checkLanguageKeys(withoutTranslations(item), origin, languageCodes()));
    if (countriesFile) checks.push(...checkReaders(countriesFile, origins.get(countriesFile)!, languageCodes()));
    // Only a lawyer's sign-off ages; an entry without one is counted in the report's summary line, not warned about.
    for (const entry of entries.values()) {
      const date = entry.legalReview?.date;
      if (date && daysBetween(date, now) > REVIEW_MAX_AGE_DAYS) {
        checks.push(diagnose('review-old', where(entry, ['legalReview', 'date']), { date }));
      }
    }
    for (const org of organisations.values()) {
      if (daysBetween(org.reviewedAt, now) > REVIEW_MAX_AGE_DAYS)
        checks.push(diagnose('contacts-old', where(org, ['reviewedAt']), { date: org.reviewedAt }));
    }

    const { linked, diagnostics } = resolveReferences(
      {
        entries,
        organisations,
        flows,
        emergency,
        categories: new Set(categories.map((c) => c.id)),
        countries: new Set(countries.map((c) => c.code)),
      },
      origins,
      {
        entry: new Set([...entryFolders].filter((id) => !entries.has(id))),
        organisation: new Set(
          itemFiles.filter((f) => f.kind === 'organisation' && !organisations.has(f.id)).map((f) => f.id),
        ),
      },
    );

    return deepFreeze({
      version: version.digest('hex').slice(0, 12),
      loadedAt: now.toISOString(),
      languages: languageSet,
      countries,
      categories,
      entries: linked.entries,
      organisations: linked.organisations,
      flows: linked.flows,
      emergency: linked.emergency,
      lexicon,
      notCovered,
      problems: [
        ...problems.files,
        ...problems.lists,
        ...problems.items,
        ...problems.entries,
        ...checks,
        ...diagnostics,
      ],
    });
  };

  return { add, addFolder, languageCodes, finish };
}

type Read = <S extends z.ZodType>(schema: S, file: TextFile) => z.infer<S> | undefined;

/** Organisations and flows, each checked against its file name (and flows for a sound graph). */
function buildItems(
  itemFiles: readonly { kind: 'organisation' | 'flow'; id: string; file: TextFile }[],
  read: Read,
  origins: ReadonlyMap<object, Origin>,
  problems: Diagnostic[],
) {
  const organisations = new Map<string, Organisation>();
  const flows = new Map<string, Flow>();
  for (const { kind, id, file } of itemFiles) {
    const value = read(kind === 'flow' ? Flow : Organisation, file);
    if (!value) continue;
    const { lineOf } = origins.get(value)!;
    if (value.id !== id) {
      problems.push(
        diagnose(
          'id-mismatch',
          { file: file.file, line: lineOf(['id']), field: 'id' },
          { id: value.id, comparedWith: `file name "${id}.yaml"`, sameAs: 'file name (without .yaml)' },
        ),
      );
      continue;
    }
    if (kind === 'flow') {
      const graphProblems = checkFlowGraph(value as Flow, file.file, lineOf);
      problems.push(...graphProblems);
      if (graphProblems.length === 0) flows.set(id, value as Flow);
    } else organisations.set(id, value as Organisation);
  }
  return { organisations, flows };
}

/** Keeps the first item of each id and reports the others. */
function unique<T>(
  items: readonly T[],
  idOf: (item: T) => string,
  file: string,
  at: FieldPath,
  problems: Diagnostic[],
): T[] {
  const seen = new Map<string, number>();
  return items.filter((item, i) => {
    const id = idOf(item);
    const first = seen.get(id);
    if (first === undefined) {
      seen.set(id, i);
      return true;
    }
    const field = formatPath([...at, i]);
    problems.push(
      diagnose('duplicate-id', { file, field }, { id, usedBy: `${formatPath([...at, first])} in the same file` }),
    );
    return false;
  });
}

/** An entry's translations are files of their own, whose languages are checked as they are read. */
function withoutTranslations(item: object): object {
  return 'translations' in item ? { ...item, translations: undefined } : item;
}

/** Translatable texts (`{ en: …, tr: … }`) may only use languages from languages.yaml. */
function checkLanguageKeys(item: object, origin: Origin, known: ReadonlySet<string>): Diagnostic[] {
  return localizedTexts(item, origin.at).flatMap(({ path, text }) =>
    Object.keys(text)
      .filter((lang) => !known.has(lang))
      .map((lang) => {
        const at = [...path, lang];
        return diagnose(
          'unknown-language',
          { file: origin.file, line: origin.lineOf(at), field: formatPath(at) },
          { code: lang, known: listIds(known, 20) },
        );
      }),
  );
}

/** The languages read in a country must be Huquq's languages: the review queue orders translations by them. */
function checkReaders(file: z.infer<typeof CountriesFile>, origin: Origin, known: ReadonlySet<string>): Diagnostic[] {
  return file.countries.flatMap((country, i) =>
    country.readers
      .map((lang, j) => ({ lang, at: ['countries', i, 'readers', j] }))
      .filter(({ lang }) => !known.has(lang))
      .map(({ lang, at }) =>
        diagnose(
          'unknown-language',
          { file: origin.file, line: origin.lineOf(at), field: formatPath(at) },
          { code: lang, known: listIds(known, 20) },
        ),
      ),
  );
}

function daysBetween(isoDate: string, now: Date): number {
  return (now.getTime() - Date.parse(`${isoDate}T00:00:00Z`)) / 86_400_000;
}

/** Bodies (byte arrays) cannot be frozen and are left as they are; nothing writes to them. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value) && !ArrayBuffer.isView(value)) {
    Object.freeze(value);
    const children = value instanceof Map ? [...value.values()] : Object.values(value);
    children.forEach(deepFreeze);
  }
  return value;
}
