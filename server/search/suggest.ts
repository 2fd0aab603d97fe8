// Type-ahead: entry titles whose title or keywords start with what is being typed. Runs on every keystroke, so
// it only looks at titles and keywords (the forward-tokenised field) and never at summaries or bodies.
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { Corpus } from './documents.ts';
import { stem } from './stem.ts';
import type { TermIndex } from './term-index.ts';
import { termsOf, words } from './tokenize.ts';
import { cyrillicReading } from './transliterate.ts';

export interface Suggestion {
  id: string;
  title: string;
  /** The language of `title`: the reader's, or the next one of its fallback chain that has the entry. */
  lang: string;
}

/** The reader's language, its fallbacks from languages.yaml, then English. */
function chainOf(kb: Snapshot, lang: string): string[] {
  const fallback = kb.languages.find((l) => l.code === lang)?.fallback ?? [];
  return [...new Set([lang, ...fallback, 'en'])];
}

/** Documents with a title or keyword term starting with the (possibly unfinished) last word, or with its stem. */
function startingWith(index: TermIndex, word: string, lang: string): Set<number> {
  const docs = new Set(index.startingWith(word));
  const stemmed = stem(word, lang);
  if (stemmed !== word) for (const doc of index.startingWith(stemmed)) docs.add(doc);
  return docs;
}

/** Documents with `term` in a title or keyword, whole or as the start of a longer word (the prefix field has both). */
function headMatches(index: TermIndex, term: string): Set<number> {
  return new Set(index.startingWith(term));
}

export function suggester(kb: Snapshot, corpus: Corpus, index: TermIndex) {
  /** Titles for `q` as typed, then, for Russian or Ukrainian typed in Latin letters ("zaderzh"), for its reading
   *  in Cyrillic, as /ask does. */
  return function suggest({ q, lang, limit }: { q: string; lang: string; limit: number }): Suggestion[] {
    const asTyped = suggestFor(q, lang, limit);
    const spelled = asTyped.length < limit ? cyrillicReading(q, lang) : undefined;
    if (spelled === undefined) return asTyped;
    const seen = new Set(asTyped.map((s) => s.id));
    return [...asTyped, ...suggestFor(spelled, lang, limit).filter((s) => !seen.has(s.id))].slice(0, limit);
  };

  function suggestFor(q: string, lang: string, limit: number): Suggestion[] {
    const typed = words(q, lang);
    const last = typed.pop();
    if (!last || limit <= 0) return [];
    let docs = startingWith(index, last, lang);
    // Earlier words are finished: every one the index knows must be in the same title or keywords.
    for (const term of termsOf(typed, lang)) {
      const withTerm = headMatches(index, term);
      if (withTerm.size > 0) docs = new Set([...docs].filter((doc) => withTerm.has(doc)));
    }
    const chain = chainOf(kb, lang);
    const preference = (doc: number) => {
      const at = chain.indexOf(corpus.documents[doc]!.lang);
      return at < 0 ? chain.length : at;
    };
    const ordered = [...docs]
      .filter((doc) => corpus.targets[corpus.documents[doc]!.target]!.kind === 'entry')
      .sort((a, b) => preference(a) - preference(b) || a - b);
    const out: Suggestion[] = [];
    const seen = new Set<number>();
    for (const doc of ordered) {
      const target = corpus.documents[doc]!.target;
      if (seen.has(target)) continue;
      seen.add(target);
      const entry = kb.entries.get(corpus.targets[target]!.id)!;
      const shown = chain.map((l) => entry.translations[l]).find(Boolean) ?? entry.translations[entry.sourceLang]!;
      out.push({ id: entry.id, title: shown.title, lang: shown.lang });
      if (out.length === limit) break;
    }
    return out;
  }
}
