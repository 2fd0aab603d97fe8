// What the search engine reads from a snapshot: one document per entry translation and per organisation
// language, each with fields ranked differently (title above keywords above summary).
//
// Bodies are not indexed. Measured on both question sets (issue 4): answers found were the same without them, and
// out-of-scope questions were turned away more often, since a body mentions much in passing (a city, "tomorrow");
// and indexing 10,000 entries × 11 languages took five times longer and far more memory with them. So what people
// ask belongs in titles, keywords and summaries.
import type { Snapshot } from '../knowledge/snapshot.ts';
import { conceptDocuments } from './lexicon.ts';

type TargetKind = 'entry' | 'organisation';

/** Something a question can find: an entry or an organisation, whatever language it was found in. */
interface Target {
  id: string;
  kind: TargetKind;
  countries: readonly string[];
}

/** Where a term stands: a title; a one-word keyword; a word of a keyword of several words ("hava" of "hava limanı",
 *  airport); a summary. */
export const FIELDS = ['title', 'keywords', 'keyphrase', 'summary'] as const;
export type Field = (typeof FIELDS)[number];

/** One language version of a target. Keywords stay separate phrases, so phrase matches never run across two. */
export interface SearchDocument {
  target: number;
  lang: string;
  title: string;
  keywords: readonly string[];
  summary: string;
  /** A concept document (lexicon.ts): the lexicon's words for concepts the target's own texts contain. */
  concept?: boolean;
}

export interface Corpus {
  targets: Target[];
  documents: SearchDocument[];
}

/** Every entry translation and every organisation language as search documents. */
export function corpusOf(kb: Snapshot): Corpus {
  const targets: Target[] = [];
  const documents: SearchDocument[] = [];
  for (const entry of kb.entries.values()) {
    const target = targets.push({ id: entry.id, kind: 'entry', countries: [entry.country] }) - 1;
    for (const t of Object.values(entry.translations)) {
      documents.push({ target, lang: t.lang, title: t.title, keywords: t.keywords, summary: t.summary });
    }
  }
  for (const org of kb.organisations.values()) {
    const target = targets.push({ id: org.id, kind: 'organisation', countries: org.countries }) - 1;
    // Names are often only in English (or the local language); a reader of any language may type them.
    for (const lang of new Set([...Object.keys(org.name), ...Object.keys(org.description)])) {
      const title = org.name[lang] ?? org.name.en!;
      documents.push({ target, lang, title, keywords: org.cities, summary: org.description[lang] ?? '' });
    }
  }
  // Concept documents come last: documents of one target need not be adjacent.
  return { targets, documents: [...documents, ...conceptDocuments(documents, kb.lexicon ?? [])] };
}
