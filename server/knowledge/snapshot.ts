// The loaded, validated, immutable knowledge: what the loader produces and everything downstream reads.
import type {
  Category,
  Country,
  EmergencyContact,
  EntryMeta,
  EntryTranslationFrontMatter,
  Flow,
  Language,
  Organisation,
} from './schema.ts';
import type { Concept } from './lexicon.ts';

/** How a translation relates to the entry's source-language text. */
export type TranslationStatus = 'original' | 'translated' | 'outdated';

export interface EntryTranslation extends EntryTranslationFrontMatter {
  lang: string;
  status: TranslationStatus;
  /** The Markdown body as UTF-8 bytes, decoded and rendered only when the entry is presented (renderBody):
   *  most bodies are seldom read, and bytes cost the garbage collector nothing. */
  body: Uint8Array;
  /** Path relative to the knowledge folder, for error messages and "edit this" links. */
  file: string;
}

export interface Entry extends EntryMeta {
  /** Content hash of the source-language text; translations record it in `translatedFrom`. */
  sourceVersion: string;
  translations: Readonly<Record<string, EntryTranslation>>;
}

export type Severity = 'error' | 'warning';

/** One problem found in the knowledge files, in words content staff can act on. */
export interface Diagnostic {
  severity: Severity;
  code: string;
  /** Path relative to the knowledge folder. */
  file: string;
  line?: number;
  /** Dotted field path, e.g. `sources[0].url`. */
  field?: string;
  message: string;
  hint: string;
}

export interface Snapshot {
  /** Short hash of all loaded content; changes whenever any served text changes. */
  version: string;
  loadedAt: string;
  languages: readonly Language[];
  countries: readonly Country[];
  categories: readonly Category[];
  entries: ReadonlyMap<string, Entry>;
  organisations: ReadonlyMap<string, Organisation>;
  flows: ReadonlyMap<string, Flow>;
  emergency: readonly EmergencyContact[];
  /** Concepts of knowledge/lexicon/ (absent in snapshots built without one). */
  lexicon?: readonly Concept[];
  /** Everyday topics the knowledge does not cover (`notCovered:` in knowledge/lexicon/). */
  notCovered?: readonly Concept[];
  problems: readonly Diagnostic[];
}
