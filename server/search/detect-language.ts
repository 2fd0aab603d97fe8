// Guesses the language a question is written in, for when `lang` is absent or the question is not in the reading
// language (a reader of the Arabic interface typing Turkish). Script first, then letters only one language of that
// script uses, then words: stop words, and the knowledge base's own vocabulary when the caller passes it in.
import { stopWords } from './stop-words.ts';
import { words } from './tokenize.ts';

type Script = 'latin' | 'arabic' | 'cyrillic';

const SCRIPT_OF: Readonly<Record<string, Script>> = {
  tr: 'latin',
  az: 'latin',
  en: 'latin',
  fr: 'latin',
  ku: 'latin',
  so: 'latin',
  ar: 'arabic',
  fa: 'arabic',
  ps: 'arabic',
  ru: 'cyrillic',
  uk: 'cyrillic',
};

/** What a question in a script is taken to be when nothing else points anywhere. */
const SCRIPT_DEFAULT: Readonly<Record<Script, string>> = { latin: 'en', arabic: 'ar', cyrillic: 'ru' };

const SCRIPT_LETTERS: readonly (readonly [Script, RegExp])[] = [
  ['latin', /\p{Script=Latin}/gu],
  ['arabic', /\p{Script=Arabic}/gu],
  ['cyrillic', /\p{Script=Cyrillic}/gu],
];

/** Letters (as typed, before folding) that point to languages; weights say how sure a letter makes us. */
const LETTER_CUES: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  ə: { az: 3 },
  ı: { tr: 1.5, az: 1.5 },
  ğ: { tr: 1.5, az: 1 },
  ş: { tr: 1, az: 1, ku: 1 },
  ç: { tr: 1, az: 1, ku: 1, fr: 0.5 },
  ö: { tr: 1, az: 1 },
  ü: { tr: 1, az: 1 },
  ê: { ku: 2, fr: 0.5 },
  î: { ku: 2, fr: 0.5 },
  û: { ku: 2, fr: 0.3 },
  é: { fr: 2 },
  è: { fr: 2 },
  à: { fr: 2 },
  ù: { fr: 2 },
  â: { fr: 1.5 },
  ô: { fr: 1.5 },
  œ: { fr: 2 },
  q: { az: 0.5, so: 0.5, ku: 0.3 },
  x: { az: 0.5, so: 0.7, ku: 0.3 },
  پ: { fa: 1, ps: 0.5 },
  چ: { fa: 1, ps: 0.5 },
  ژ: { fa: 1, ps: 0.5 },
  گ: { fa: 1, ps: 0.5 },
  ی: { fa: 1, ps: 0.7 },
  ک: { fa: 1, ps: 0.7 },
  ټ: { ps: 3 },
  ډ: { ps: 3 },
  ړ: { ps: 3 },
  ښ: { ps: 3 },
  ږ: { ps: 3 },
  ځ: { ps: 3 },
  څ: { ps: 3 },
  ڼ: { ps: 3 },
  ې: { ps: 3 },
  ۍ: { ps: 3 },
  ګ: { ps: 3 },
  ة: { ar: 2 },
  ى: { ar: 1.5 },
  ي: { ar: 1 },
  ك: { ar: 1 },
  і: { uk: 3 },
  ї: { uk: 3 },
  є: { uk: 3 },
  ґ: { uk: 3 },
  ы: { ru: 3 },
  э: { ru: 3 },
  ъ: { ru: 3 },
  ё: { ru: 2 },
};

/** How far the reading language may trail the best guess and still be taken as the question's language. */
const HINT_MARGIN = 1.5;

export interface DetectOptions {
  /** The reading language (`lang=`), preferred when the question fits it about as well as anything else. */
  hint?: string;
  /** Languages whose knowledge texts contain a normalised word; a word only one language uses is strong evidence. */
  lexicon?: (word: string) => readonly string[] | undefined;
}

function dominantScript(text: string): Script | undefined {
  let best: Script | undefined;
  let most = 0;
  for (const [script, letters] of SCRIPT_LETTERS) {
    const count = text.match(letters)?.length ?? 0;
    if (count > most) [best, most] = [script, count];
  }
  return best;
}

function scores(text: string, candidates: readonly string[], lexicon: DetectOptions['lexicon']): Map<string, number> {
  const score = new Map(candidates.map((lang) => [lang, 0]));
  const add = (lang: string, by: number) => score.has(lang) && score.set(lang, score.get(lang)! + by);
  for (const char of new Set(text.toLowerCase())) {
    for (const [lang, weight] of Object.entries(LETTER_CUES[char] ?? {})) add(lang, weight);
  }
  for (const word of new Set(words(text, ''))) {
    for (const lang of candidates) if (stopWords(lang).has(word)) add(lang, 1);
    const users = lexicon?.(word)?.filter((lang) => score.has(lang));
    for (const lang of users ?? []) add(lang, 1 / users!.length);
  }
  return score;
}

/** The language `text` is most likely written in; the hint, or the script's usual language, when unsure. */
export function detectLanguage(text: string, options: DetectOptions = {}): string {
  const { hint, lexicon } = options;
  const script = dominantScript(text);
  if (!script) return hint ?? SCRIPT_DEFAULT.latin;
  const candidates = Object.keys(SCRIPT_OF).filter((lang) => SCRIPT_OF[lang] === script);
  const ranked = [...scores(text, candidates, lexicon)].sort((a, b) => b[1] - a[1]);
  const [best, bestScore] = ranked[0]!;
  if (hint && Object.hasOwn(SCRIPT_OF, hint) && SCRIPT_OF[hint] === script) {
    const hintScore = ranked.find(([lang]) => lang === hint)![1];
    if (hintScore >= bestScore - HINT_MARGIN) return hint;
  }
  return bestScore > 0 ? best : SCRIPT_DEFAULT[script];
}
