// The inverted index: which documents contain a term, in which field. FlexSearch stores the postings; the terms it
// receives are already normalised, stop-word-free and stemmed by tokenize.ts, so its own encoder only splits on
// spaces (its default encoder splits Arabic words at hamza and madda and knows nothing of our languages).
// Scores are ours (rank.ts), so FlexSearch keeps one resolution slot per term: less memory, same answers.
import { Document, Index } from 'flexsearch';
import { FIELDS, type Corpus, type Field } from './documents.ts';
import { termsOf, words } from './tokenize.ts';

/** The most documents one lookup returns; a term in more is too common to decide anything on its own. */
const MAX_POSTINGS = 5000;
/** The most title or keyword words one prefix expands to (the commonest first). */
const MAX_COMPLETIONS = 50;

const splitTerms = (text: string): string[] => text.split(' ');
const wholeTerm = (text: string): string[] => [text];
/** Two neighbouring terms of one title or keyword, as one token for phrase matches. */
const pairOf = (a: string, b: string): string => `${a}+${b}`;

type Indexed = { id: number } & Record<Field | 'pairs', string>;

export interface TermIndex {
  /** Documents whose `field` contains `term` exactly. */
  exact(term: string, field: Field): readonly number[];
  /** Documents with a title or keyword word starting with `prefix` (the word itself included). */
  startingWith(prefix: string): readonly number[];
  /** Documents where `a` is directly followed by `b` in the title or one keyword. */
  adjacent(a: string, b: string): readonly number[];
  /** In how many targets (entries, organisations) a term occurs, in any field and language; 0 when unknown. */
  targetCount(term: string): number;
  /** Languages whose titles, keywords or summaries use a normalised (unstemmed) word. */
  languagesUsing(word: string): readonly string[];
  /** The letters indexed terms use in the same script as `term` (same 256-code-point block), for typo variants. */
  lettersLike(term: string): string;
}

/** Latin (with digits), Cyrillic and Arabic letters each sit in their own 256-code-point block. */
const blockOf = (text: string): number => text.codePointAt(0)! >> 8;

function pairsOf(phrases: readonly (readonly string[])[]): string[] {
  return phrases.flatMap((phrase) => phrase.slice(1).map((term, i) => pairOf(phrase[i]!, term)));
}

/** Indexes every document of the corpus. */
export function createTermIndex(corpus: Corpus, languages: readonly string[]): TermIndex {
  const flex = new Document<Indexed>({
    document: {
      id: 'id',
      index: [...FIELDS, 'pairs' as const].map((field) => ({ field, tokenize: 'strict' as const, encode: splitTerms, resolution: 1 })),
    },
  });
  const targetCounts = new Map<string, number>();
  const headTerms = new Map<string, number>();
  const wordLanguages = new Map<string, number>();

  let target = -1;
  let targetTerms = new Set<string>();
  const countTarget = () => {
    for (const term of targetTerms) targetCounts.set(term, (targetCounts.get(term) ?? 0) + 1);
    targetTerms = new Set();
  };

  corpus.documents.forEach((doc, id) => {
    if (doc.target !== target) {
      countTarget();
      target = doc.target;
    }
    const phraseWords = [doc.title, ...doc.keywords].map((phrase) => words(phrase, doc.lang));
    const summaryWords = words(doc.summary, doc.lang);
    const phrases = phraseWords.map((w) => termsOf(w, doc.lang));
    const fields: Record<Field, string[]> = {
      title: phrases[0]!,
      keywords: phrases.slice(1).flat(),
      summary: termsOf(summaryWords, doc.lang),
    };
    flex.add({
      id,
      title: fields.title.join(' '),
      keywords: fields.keywords.join(' '),
      summary: fields.summary.join(' '),
      pairs: pairsOf(phrases).join(' '),
    });
    for (const field of FIELDS) for (const term of fields[field]) targetTerms.add(term);
    for (const term of phrases.flat()) headTerms.set(term, (headTerms.get(term) ?? 0) + 1);
    const langIndex = languages.indexOf(doc.lang);
    if (langIndex < 0) return;
    for (const list of [...phraseWords, summaryWords]) {
      for (const word of list) wordLanguages.set(word, (wordLanguages.get(word) ?? 0) | (1 << langIndex));
    }
  });
  countTarget();

  // Prefixes index the distinct title and keyword words, not the documents: a prefix finds the words it starts,
  // and those find the documents. Far fewer postings than every prefix of every document's words.
  const completions = [...headTerms].sort((a, b) => b[1] - a[1]).map(([term]) => term);
  const prefixes = new Index({ tokenize: 'forward', encode: wholeTerm, resolution: 1 });
  completions.forEach((term, id) => prefixes.add(id, term));

  const letters = new Map<number, Set<string>>();
  for (const term of targetCounts.keys()) {
    for (const letter of term) letters.set(blockOf(letter), (letters.get(blockOf(letter)) ?? new Set()).add(letter));
  }
  const alphabets = new Map([...letters].map(([block, set]) => [block, [...set].join('')]));

  const lookup = (term: string, field: Field | 'pairs'): readonly number[] =>
    flex.search(term, { pluck: field, limit: MAX_POSTINGS }) as number[];

  return {
    exact: lookup,
    startingWith(prefix) {
      const found = prefixes.search(prefix, { limit: MAX_COMPLETIONS }) as number[];
      const docs = new Set<number>();
      for (const term of found.map((id) => completions[id]!)) {
        for (const doc of lookup(term, 'title')) docs.add(doc);
        for (const doc of lookup(term, 'keywords')) docs.add(doc);
      }
      return [...docs];
    },
    adjacent: (a, b) => lookup(pairOf(a, b), 'pairs'),
    targetCount: (term) => targetCounts.get(term) ?? 0,
    languagesUsing(word) {
      const mask = wordLanguages.get(word) ?? 0;
      return languages.filter((_, i) => mask & (1 << i));
    },
    lettersLike: (term) => alphabets.get(blockOf(term)) ?? '',
  };
}
