// The inverted index: which documents contain a term, in which field. The terms arrive already normalised,
// stop-word-free and stemmed by tokenize.ts and are only ever looked up whole, so exact postings are plain maps
// of term → documents: a FlexSearch Index per field did the same at 6.4 s for 10,000 entries × 11 languages,
// the maps take a fraction of that. FlexSearch keeps what it is good at: finding the words a prefix starts
// (forward tokenisation), which type-ahead and half-typed words need. Scores are ours (rank.ts).
import { Index } from 'flexsearch';
import type { Corpus, Field } from './documents.ts';
import { phraseOf, type Phrase } from './tokenize.ts';
import { typoFinder } from './typo.ts';

/** The most documents one lookup returns; a term in more is too common to decide anything on its own. */
const MAX_POSTINGS = 5000;
/** The most title or keyword words one prefix expands to (the shortest first). */
const MAX_COMPLETIONS = 50;

const wholeTerm = (text: string): string[] => [text];
/** Two neighbouring terms of one title or keyword, as one token for phrase matches. */
const pairOf = (a: string, b: string): string => `${a}+${b}`;

export interface TermIndex {
  /** Documents whose `field` contains `term` exactly. */
  exact(term: string, field: Field): readonly number[];
  /** Documents with a title or keyword word starting with `prefix` (the word itself included). */
  startingWith(prefix: string): readonly number[];
  /** Whether any title or keyword word starts with `prefix`; cheaper than `startingWith`. */
  hasPrefix(prefix: string): boolean;
  /** Documents where `a` is directly followed by `b` in the title or one keyword. */
  adjacent(a: string, b: string): readonly number[];
  /** Per target holding any of `terms` in a title: the largest share of one of its titles' terms that are among
   *  `terms` (each occurrence counts). */
  titleShares(terms: ReadonlySet<string>): Map<number, number>;
  /** Whether any title, keyword or summary has the term. */
  knows(term: string): boolean;
  /** Languages whose titles, keywords or summaries use a normalised (unstemmed) word. */
  languagesUsing(word: string): readonly string[];
  /** Known terms one edit from `term` (typo.ts), inserting or replacing only letters that indexed terms use in its
   *  script (the same 256-code-point block). */
  typosOf(term: string): string[];
  /** The normalised (unstemmed) words the titles, keywords and summaries of `lang` use. */
  wordsIn(lang: string): string[];
}

/** Latin (with digits), Cyrillic and Arabic letters each sit in their own 256-code-point block. */
const blockOf = (text: string): number => text.codePointAt(0)! >> 8;

type Postings = Map<string, number[]>;
/** Where a phrase is posted: one of the fields, or the neighbouring-term pairs of titles and keywords. */
type Target = Field | 'pairs';

/** What one distinct title, keyword or summary contributes, worked out once however often knowledge repeats it. */
interface Encoded {
  terms: readonly string[];
  pairs: readonly string[];
  /** Per target, the posting lists of its terms (or pairs), looked up once: repeated keywords and summaries then
   *  cost no map look-ups at all (a third of the time to index 10,000 entries × 11 languages). */
  lists: Partial<Record<Target, number[][]>>;
  /** Whether it has been a title or keyword, whose words prefixes complete. */
  head: boolean;
}

function listsIn(postings: Postings, keys: readonly string[]): number[][] {
  return keys.map((key) => {
    let docs = postings.get(key);
    if (!docs) {
      docs = [];
      postings.set(key, docs);
    }
    return docs;
  });
}

/** Documents are added in increasing order, so a document already listed is the last one. */
function post(lists: readonly number[][], doc: number): void {
  for (const docs of lists) if (docs[docs.length - 1] !== doc) docs.push(doc);
}

/** Indexes every document of the corpus. */
export function createTermIndex(corpus: Corpus, languages: readonly string[]): TermIndex {
  const postings: Record<Target, Postings> = {
    title: new Map(),
    keywords: new Map(),
    keyphrase: new Map(),
    summary: new Map(),
    pairs: new Map(),
  };
  const vocabulary = new Set<string>();
  const headTerms = new Set<string>();
  const wordLanguages = new Map<string, number>();
  const encoded = new Map<Phrase, Encoded>();
  const encode = (phrase: Phrase, lang: string, head: boolean): Encoded => {
    let known = encoded.get(phrase);
    if (!known) {
      const { terms, words } = phrase;
      for (const term of terms) vocabulary.add(term);
      const bit = 1 << languages.indexOf(lang);
      if (bit > 0) for (const word of words) wordLanguages.set(word, (wordLanguages.get(word) ?? 0) | bit);
      known = { terms, pairs: terms.slice(1).map((term, i) => pairOf(terms[i]!, term)), lists: {}, head: false };
      encoded.set(phrase, known);
    }
    // The same text may be one entry's summary and another's keyword: as a keyword its words complete prefixes.
    if (head && !known.head) {
      for (const term of known.terms) headTerms.add(term);
      known.head = true;
    }
    return known;
  };
  const postTo = (target: Target, phrase: Encoded, doc: number) => {
    let lists = phrase.lists[target];
    if (!lists) {
      lists = listsIn(postings[target], target === 'pairs' ? phrase.pairs : phrase.terms);
      phrase.lists[target] = lists;
    }
    post(lists, doc);
  };

  /** A title or keyword: its terms, and its pairs for phrase matches. */
  const postHead = (phrase: Phrase, field: Field, lang: string, doc: number): Encoded => {
    const encodedPhrase = encode(phrase, lang, true);
    postTo(field, encodedPhrase, doc);
    postTo('pairs', encodedPhrase, doc);
    return encodedPhrase;
  };
  // Every non-empty title, and the titles each term stands in (once per occurrence): a question's title shares are
  // then counted from its own terms' lists, instead of reading every title of every target it matched.
  const titles: { target: number; length: number }[] = [];
  const titlesWith = new Map<string, number[]>();
  corpus.documents.forEach(({ target, title, keywords, summary, lang }, id) => {
    const { terms } = postHead(phraseOf(title, lang), 'title', lang, id);
    if (terms.length) {
      for (const term of terms) {
        const holding = titlesWith.get(term);
        if (holding) holding.push(titles.length);
        else titlesWith.set(term, [titles.length]);
      }
      titles.push({ target, length: terms.length });
    }
    for (const keyword of keywords) {
      const phrase = phraseOf(keyword, lang);
      postHead(phrase, phrase.terms.length > 1 ? 'keyphrase' : 'keywords', lang, id);
    }
    postTo('summary', encode(phraseOf(summary, lang), lang, false), id);
  });

  // Prefixes index the distinct title and keyword words, not the documents: a prefix finds the words it starts,
  // and those find the documents. Far fewer postings than every prefix of every document's words.
  const completions = [...headTerms].sort((a, b) => a.length - b.length || (a < b ? -1 : 1));
  const prefixes = new Index({ tokenize: 'forward', encode: wholeTerm, resolution: 1 });
  completions.forEach((term, id) => {
    prefixes.add(id, term);
  });

  const letters = new Map<number, Set<string>>();
  for (const term of vocabulary) {
    for (const letter of term) letters.set(blockOf(letter), (letters.get(blockOf(letter)) ?? new Set()).add(letter));
  }
  const alphabets = new Map([...letters].map(([block, set]) => [block, [...set].join('')]));
  const typos = typoFinder(vocabulary);

  const lookup = (term: string, field: Field): readonly number[] => {
    const docs = postings[field].get(term) ?? [];
    return docs.length > MAX_POSTINGS ? docs.slice(0, MAX_POSTINGS) : docs;
  };

  return {
    exact: lookup,
    startingWith(prefix) {
      const found = prefixes.search(prefix, { limit: MAX_COMPLETIONS }) as number[];
      const docs = new Set<number>();
      for (const term of found.map((id) => completions[id]!)) {
        for (const doc of lookup(term, 'title')) docs.add(doc);
        for (const doc of lookup(term, 'keywords')) docs.add(doc);
        for (const doc of lookup(term, 'keyphrase')) docs.add(doc);
      }
      return [...docs];
    },
    hasPrefix: (prefix) => prefixes.search(prefix, { limit: 1 }).length > 0,
    adjacent: (a, b) => postings.pairs.get(pairOf(a, b)) ?? [],
    titleShares(terms) {
      const held = new Map<number, number>();
      for (const term of terms)
        for (const title of titlesWith.get(term) ?? []) held.set(title, (held.get(title) ?? 0) + 1);
      const shares = new Map<number, number>();
      for (const [title, count] of held) {
        const { target, length } = titles[title]!;
        shares.set(target, Math.max(shares.get(target) ?? 0, count / length));
      }
      return shares;
    },
    knows: (term) => vocabulary.has(term),
    languagesUsing(word) {
      const mask = wordLanguages.get(word) ?? 0;
      return languages.filter((_, i) => mask & (1 << i));
    },
    typosOf: (term) => typos(term, alphabets.get(blockOf(term)) ?? ''),
    wordsIn(lang) {
      const bit = 1 << languages.indexOf(lang);
      return bit > 0 ? [...wordLanguages].filter(([, mask]) => mask & bit).map(([word]) => word) : [];
    },
  };
}
