// How well each document matches one term of a question: exactly, as the start of a longer title or keyword
// word, through a shortened form (an inflection the stemmer missed), or one typo away.
import { FIELDS, type Field } from './documents.ts';
import type { TermIndex } from './term-index.ts';
import { withoutProclitic } from './stem.ts';

/** The title says what an entry is about, keywords what people call it; the summary says more besides. One word of
 *  a keyword of several words says less than the whole: "hava" (weather) is only half of "hava limanı" (airport), and
 *  the two words side by side earn the phrase bonus (rank.ts). Swept on the development sets (0.5…0.9): 0.75 ranks
 *  best (blind R@1 0.78 → 0.82, project 0.89 → 0.91; out-of-scope turned away +2 of 141), at a cost of 7 of 365
 *  in-scope questions moving from a direct answer to "did you mean" and one blind follow-up out of the top 3. */
export const FIELD_WEIGHT: Readonly<Record<Field, number>> = { title: 1, keywords: 0.9, keyphrase: 0.75, summary: 0.7 };

/** How much a looser match is worth against an exact one. */
const QUALITY = { prefix: 0.75, truncated: 0.7, typo: 0.65 };

/** Shorter prefixes match too much to tell anything ("ba…"). */
const MIN_PREFIX = 5;
/** A shortened form keeps at least this many letters, and at least 60 % of the word. */
const MIN_TRUNCATED = 4;
const MIN_TYPO_LENGTH = 4;
/** Real words are shorter; longer "words" (pasted junk, a key held down) get exact matches only, which keeps one
 *  500-character question from costing thousands of lookups. */
const MAX_LOOSE_LENGTH = 24;
const HAS_DIGIT = /\d/;

/** Evidence per document (field weight × match quality, 0…1]; documents without evidence are absent. */
export type TermMatch = Map<number, number>;

function addAll(match: TermMatch, docs: readonly number[], value: number): void {
  for (const doc of docs) if (value > (match.get(doc) ?? 0)) match.set(doc, value);
}

function addExact(match: TermMatch, index: TermIndex, term: string, quality: number): void {
  for (const field of FIELDS) addAll(match, index.exact(term, field), FIELD_WEIGHT[field] * quality);
}

/** Matches of the longest shortened form of `term` (at least 4 letters and 60 % of it) that the index knows, as a
 *  whole word anywhere or as the start of a title or keyword word: catches endings the stemmer does not know
 *  ("reddetti" → "redde…" of "reddedildi", "ogolaanshaha" → "ogolaansh…" of "ogolaansho"). */
function addTruncated(match: TermMatch, index: TermIndex, term: string): void {
  const shortest = Math.max(MIN_TRUNCATED, Math.ceil(term.length * 0.6));
  for (let length = term.length - 1; length >= shortest; length--) {
    const candidate = term.slice(0, length);
    if (index.knows(candidate)) {
      addExact(match, index, candidate, QUALITY.truncated);
      return;
    }
    if (index.hasPrefix(candidate)) {
      addAll(match, index.startingWith(candidate), FIELD_WEIGHT.keywords * QUALITY.truncated);
      return;
    }
  }
}

/** Every document matching `term`, with how well. Looser matches are only tried for terms the index lacks. */
export function matchTerm(term: string, index: TermIndex): TermMatch {
  const match: TermMatch = new Map();
  addExact(match, index, term, 1);
  const numeric = HAS_DIGIT.test(term);
  if (!numeric && term.length >= MIN_PREFIX) {
    addAll(match, index.startingWith(term), FIELD_WEIGHT.keywords * QUALITY.prefix);
  }
  if (numeric || term.length > MAX_LOOSE_LENGTH || index.knows(term)) return match;
  const bare = withoutProclitic(term);
  if (bare && index.knows(bare)) addExact(match, index, bare, 1);
  else addTruncated(match, index, term);
  if (term.length >= MIN_TYPO_LENGTH) {
    for (const variant of index.typosOf(term)) addExact(match, index, variant, QUALITY.typo);
  }
  return match;
}
