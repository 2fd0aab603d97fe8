// Turns text into search terms for one language: normalise, split into words, drop stop words, stem.
// The same function serves the knowledge text and the question, so both meet in the same form.
import { normalize } from './normalize.ts';
import { stem } from './stem.ts';
import { stopWords } from './stop-words.ts';

// A word as typed: letters, digits, combining marks, format characters (the Persian zero-width non-joiner joins
// a word, it does not split it) and apostrophe look-alikes. Normalising can still split it (l'asile).
const RAW_WORD = /[\p{L}\p{N}\p{M}\p{Cf}'\u2018\u2019\u02bb\u02bc`\u00b4\u2032]+/gu;
// A word after normalising. Combining marks stay inside it (one left by an unusual keyboard must not split it).
const WORD = /[\p{L}\p{N}\p{M}']+/gu;
const DIGIT = /^\p{N}+$/u;

/** Somali writes its glottal stop (su'aal) and Ukrainian its hard sign (в'язниця) as an apostrophe inside a word;
 *  elsewhere it separates words (l'asile, Türkiye'de). */
const JOINS_APOSTROPHE = new Set(['so', 'uk']);

// Indexing a large knowledge base meets millions of words but only tens of thousands of distinct ones, so each
// distinct word is normalised once. Cleared when full, to bound memory.
const CACHE_LIMIT = 100_000;
const caches = { joined: new Map<string, readonly string[]>(), split: new Map<string, readonly string[]>() };

function wordsOf(raw: string, joined: boolean): readonly string[] {
  const cache = joined ? caches.joined : caches.split;
  const out = cache.get(raw);
  if (out) return out;
  const list: string[] = [];
  for (const chunk of normalize(raw).match(WORD) ?? []) {
    for (const word of joined ? [chunk.replaceAll("'", '')] : chunk.split("'")) {
      if (word.length > 1 || DIGIT.test(word)) list.push(word);
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(raw, list);
  return list;
}

/** The normalised words of `text` in reading order; single letters are dropped, single digits kept. */
export function words(text: string, lang: string): string[] {
  const joined = JOINS_APOSTROPHE.has(lang);
  const out: string[] = [];
  for (const raw of text.match(RAW_WORD) ?? []) out.push(...wordsOf(raw, joined));
  return out;
}

/** Search terms from normalised words: stop words of `lang` removed, the rest stemmed. Order is kept. */
export function termsOf(wordList: readonly string[], lang: string): string[] {
  const stops = stopWords(lang);
  const out: string[] = [];
  for (const word of wordList) if (!stops.has(word)) out.push(stem(word, lang));
  return out;
}

export interface Phrase {
  words: readonly string[];
  terms: readonly string[];
}

const phrases = new Map<string, Map<string, Phrase>>();

/** Words joined by spaces and padded, so a phrase is found with `includes` on whole words only. */
export const padded = (words: readonly string[]) => ` ${words.join(' ')} `;

/** The words and terms of a short knowledge text (title, keyword, summary). Knowledge repeats these often (the
 *  same keyword in many entries), so each distinct one is tokenised once and the same object returned. */

export function phraseOf(text: string, lang: string): Phrase {
  let forLang = phrases.get(lang);
  if (!forLang) {
    forLang = new Map();
    phrases.set(lang, forLang);
  }
  let phrase = forLang.get(text);
  if (!phrase) {
    const wordList = words(text, lang);
    phrase = { words: wordList, terms: termsOf(wordList, lang) };
    if (forLang.size >= CACHE_LIMIT) forLang.clear();
    forLang.set(text, phrase);
  }
  return phrase;
}

/** Joins neighbouring words the index knows only as one word: Persian typed with a space where the text has a
 *  zero-width non-joiner ("بین المللی" for "بین‌المللی"). Two words the index knows each stay apart. */
export function joinSplitWords(wordList: readonly string[], lang: string, known: (term: string) => boolean): string[] {
  const out: string[] = [];
  const stops = stopWords(lang);
  const knownWord = (word: string) => known(stem(word, lang));
  for (let i = 0; i < wordList.length; i++) {
    const [word, next] = [wordList[i]!, wordList[i + 1]];
    // Two stop words stay apart: Pashto "شوی دی" ("has become") joined is Persian "شوید", a word of its own.
    const bothStop = next !== undefined && stops.has(word) && stops.has(next);
    if (next !== undefined && !bothStop && !(knownWord(word) && knownWord(next)) && knownWord(word + next)) {
      out.push(word + next);
      i++;
    } else out.push(word);
  }
  return out;
}
