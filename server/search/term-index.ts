// The inverted index: which documents contain a term, in which field. FlexSearch stores the postings; the terms it
// receives are already normalised, stop-word-free and stemmed by tokenize.ts, so its own encoder only splits on
// spaces (its default encoder splits Arabic words at hamza and madda and knows nothing of our languages).
// Scores are ours (rank.ts), so FlexSearch keeps one resolution slot per term: less memory, same answers.
import { Document, Index } from 'flexsearch';
import { FIELDS, type Corpus, type Field } from './documents.ts';
import { phraseOf, type Phrase } from './tokenize.ts';

/** The most documents one lookup returns; a term in more is too common to decide anything on its own. */
const MAX_POSTINGS = 5000;
/** The most title or keyword words one prefix expands to (the shortest first). */
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
  /** Whether any title or keyword word starts with `prefix`; cheaper than `startingWith`. */
  hasPrefix(prefix: string): boolean;
  /** Documents where `a` is directly followed by `b` in the title or one keyword. */
  adjacent(a: string, b: string): readonly number[];
  /** Whether any title, keyword or summary has the term. */
  knows(term: string): boolean;
  /** Languages whose titles, keywords or summaries use a normalised (unstemmed) word. */
  languagesUsing(word: string): readonly string[];
  /** The letters indexed terms use in the same script as `term` (same 256-code-point block), for typo variants. */
  lettersLike(term: string): string;
}

/** Latin (with digits), Cyrillic and Arabic letters each sit in their own 256-code-point block. */
const blockOf = (text: string): number => text.codePointAt(0)! >> 8;

function pairsOf(phrases: readonly Phrase[]): string[] {
  return phrases.flatMap(({ terms }) => terms.slice(1).map((term, i) => pairOf(terms[i]!, term)));
}

/** Indexes every document of the corpus. */
export function createTermIndex(corpus: Corpus, languages: readonly string[]): TermIndex {
  const flex = new Document<Indexed>({
    document: {
      id: 'id',
      index: [...FIELDS, 'pairs' as const].map((field) => ({ field, tokenize: 'strict' as const, encode: splitTerms, resolution: 1 })),
    },
  });
  const vocabulary = new Set<string>();
  const headTerms = new Set<string>();
  const wordLanguages = new Map<string, number>();
  // Knowledge repeats titles, keywords and summaries across entries; what one distinct text adds to the
  // vocabulary and the language lexicon is added once.
  const seen = new Set<Phrase>();
  const learn = (phrase: Phrase, lang: string, head: boolean) => {
    if (seen.has(phrase)) return;
    seen.add(phrase);
    for (const term of phrase.terms) vocabulary.add(term);
    if (head) for (const term of phrase.terms) headTerms.add(term);
    const bit = 1 << languages.indexOf(lang);
    if (bit > 0) for (const word of phrase.words) wordLanguages.set(word, (wordLanguages.get(word) ?? 0) | bit);
  };

  corpus.documents.forEach((doc, id) => {
    const head = [doc.title, ...doc.keywords].map((text) => phraseOf(text, doc.lang));
    const summary = phraseOf(doc.summary, doc.lang);
    flex.add({
      id,
      title: head[0]!.terms.join(' '),
      keywords: head.slice(1).map((p) => p.terms.join(' ')).join(' '),
      summary: summary.terms.join(' '),
      pairs: pairsOf(head).join(' '),
    });
    for (const phrase of head) learn(phrase, doc.lang, true);
    learn(summary, doc.lang, false);
  });

  // Prefixes index the distinct title and keyword words, not the documents: a prefix finds the words it starts,
  // and those find the documents. Far fewer postings than every prefix of every document's words.
  const completions = [...headTerms].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const prefixes = new Index({ tokenize: 'forward', encode: wholeTerm, resolution: 1 });
  completions.forEach((term, id) => prefixes.add(id, term));

  const letters = new Map<number, Set<string>>();
  for (const term of vocabulary) {
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
    hasPrefix: (prefix) => prefixes.search(prefix, { limit: 1 }).length > 0,
    adjacent: (a, b) => lookup(pairOf(a, b), 'pairs'),
    knows: (term) => vocabulary.has(term),
    languagesUsing(word) {
      const mask = wordLanguages.get(word) ?? 0;
      return languages.filter((_, i) => mask & (1 << i));
    },
    lettersLike: (term) => alphabets.get(blockOf(term)) ?? '',
  };
}
