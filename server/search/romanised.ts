// Persian, Pashto and Arabic typed in Latin letters ("vakil mojani mikham", "zama kimlik bel shar ke de",
// "bdi rou7 3a istanbul"), as people type on a phone without an Arabic-script keyboard. Each Latin word is read
// back into the Arabic-script word of the knowledge (or stop word) that has the same consonants: both are reduced to
// a skeleton, since Latin spellings differ in their vowels (vakil, wakil, wakeel) and Arabic script leaves short
// vowels unwritten. The search keeps whichever reading finds the better answer (create-search.ts), as for Cyrillic.
import { normalize } from './normalize.ts';
import { readGroups, type Rule } from './transliterate.ts';

/** Letter groups first, so "kh" is not read as "k" + "h"; Arabizi digits stand for the letters they look like. */
const LATIN_GROUPS: readonly Rule[] = [
  ['kh', 'x'],
  ['gh', 'q'],
  ['sh', 'š'],
  ['ch', 'č'],
  ['zh', 'ž'],
  ['ph', 'f'],
  ['th', 't'],
  ['ck', 'k'],
  ['c', 'k'],
  ['7', 'h'],
  ['5', 'x'],
  ['6', 't'],
  ['9', 's'],
  ['8', 'q'],
];
/** Letters that are vowels (or a glottal stop) in Latin spellings: left out, as Arabic script leaves them out. */
const LATIN_SILENT = new Set(['a', 'e', 'i', 'o', 'u', 'y', 'w', 'v', "'", '2', '3']);

/** Arabic-script letters (normalised: ي for every yeh, ك for keheh) by the consonant a Latin spelling writes. */
const ARABIC_LETTERS: Readonly<Record<string, string>> = {
  ب: 'b',
  پ: 'p',
  ت: 't',
  ط: 't',
  ث: 's',
  س: 's',
  ص: 's',
  ج: 'j',
  چ: 'č',
  ح: 'h',
  ه: 'h',
  خ: 'x',
  د: 'd',
  ذ: 'z',
  ز: 'z',
  ض: 'z',
  ظ: 'z',
  ر: 'r',
  ژ: 'ž',
  ش: 'š',
  غ: 'q',
  ق: 'q',
  ف: 'f',
  ك: 'k',
  گ: 'g',
  ل: 'l',
  م: 'm',
  ن: 'n',
};
/** Long vowels and letters Latin spellings drop: alef, waw and yeh (inside a word), ain, hamza. */
const ARABIC_SILENT = new Set(['ا', 'و', 'ي', 'ع', 'ء']);

const LATIN_WORD = /^[a-z0-9']+$/;
const HAS_LATIN_LETTER = /[a-z]/;
/** Shorter skeletons match too many words ("ps" is پس, پاس, پیسې…). */
const MIN_CONTENT = 3;
const MIN_STOP = 2;

const dedouble = (s: string) => s.replace(/(.)\1+/g, '$1');

/** The consonants of a normalised Latin word, an initial v/w/y kept as w/y: vakil → wkl, eghamat → qmt. A final
 *  "eh"/"ah" is the vowel a final ه writes (ejazeh, panah). */
export function latinSkeleton(word: string): string {
  const spelled = /[ae]h$/.test(word) ? word.slice(0, -1) : word;
  const consonants = readGroups(spelled, LATIN_GROUPS).map((letter, i) => {
    if (i === 0 && (letter === 'v' || letter === 'w')) return 'w';
    if (i === 0 && letter === 'y') return 'y';
    return LATIN_SILENT.has(letter) ? '' : letter;
  });
  return dedouble(consonants.join(''));
}

/** The consonants of a normalised Arabic-script word, as a Latin spelling writes them: وکیل → wkl, اقامت → qmt. A
 *  final ه is the vowel e or a (اجازه, ejaze). */
export function arabicSkeleton(word: string): string {
  let out = '';
  const chars = [...word];
  chars.forEach((char, i) => {
    if (i === 0 && char === 'و') out += 'w';
    else if (i === 0 && char === 'ي') out += 'y';
    else if (char === 'ه' && i === chars.length - 1 && i > 0) return;
    else if (!ARABIC_SILENT.has(char)) out += ARABIC_LETTERS[char] ?? '';
  });
  return dedouble(out);
}

export interface RomanisedReader {
  /** `text` with its Latin words read into Arabic script, or undefined when the reader's language is not written
   *  in it or no word could be read. */
  reading(text: string, lang: string | undefined): string | undefined;
}

/**
 * @param wordsIn the normalised words the knowledge uses in a language
 * @param stopWordsOf the normalised stop words of a language
 * @param knows whether the search already knows a Latin word as it is typed (kimlik, ikamet, UNHCR)
 */
export function createRomanisedReader(
  wordsIn: (lang: string) => Iterable<string>,
  stopWordsOf: (lang: string) => Iterable<string>,
  knows: (word: string, lang: string) => boolean,
): RomanisedReader {
  const tables = new Map<string, { content: Map<string, string>; stop: Map<string, string> }>();
  /** Per skeleton, the shortest word: the plain form rather than one with endings. */
  const tableOf = (words: Iterable<string>, min: number) => {
    const table = new Map<string, string>();
    for (const word of words) {
      if (HAS_LATIN_LETTER.test(word)) continue;
      const skeleton = arabicSkeleton(word);
      const known = table.get(skeleton);
      if (skeleton.length >= min && (known === undefined || word.length < known.length)) table.set(skeleton, word);
    }
    return table;
  };
  const forLang = (lang: string) => {
    let table = tables.get(lang);
    if (!table) {
      table = { content: tableOf(wordsIn(lang), MIN_CONTENT), stop: tableOf(stopWordsOf(lang), MIN_STOP) };
      tables.set(lang, table);
    }
    return table;
  };
  return {
    reading(text, lang) {
      if (lang !== 'fa' && lang !== 'ps' && lang !== 'ar') return undefined;
      const latin = normalize(text);
      if (!HAS_LATIN_LETTER.test(latin)) return undefined;
      const { content, stop } = forLang(lang);
      let changed = false;
      const read = latin.split(/[^\p{L}\p{N}']+/u).map((word) => {
        if (!LATIN_WORD.test(word) || !HAS_LATIN_LETTER.test(word) || knows(word, lang)) return word;
        const skeleton = latinSkeleton(word);
        const found = content.get(skeleton) ?? stop.get(skeleton);
        if (found === undefined) return word;
        changed = true;
        return found;
      });
      return changed ? read.join(' ') : undefined;
    },
  };
}
