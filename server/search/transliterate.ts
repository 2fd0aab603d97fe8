// Russian and Ukrainian typed in Latin letters ("ukrali pasport v stambule chto delat"), as people type on a phone
// without a Cyrillic keyboard. Read back into Cyrillic, such a question meets the Russian and Ukrainian text; the
// search then keeps whichever reading, as typed or as read back, finds the better answer (create-search.ts).

/** A group of letters and what it is read as, tried longest first. */
export type Rule = readonly [from: string, to: string];

/** `text` as the readings of its letter groups: at each position the first rule that matches (longest groups come
 *  first in a table), else the letter itself. */
export function readGroups(text: string, rules: readonly Rule[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; ) {
    const rule = rules.find(([from]) => text.startsWith(from, i));
    out.push(rule ? rule[1] : text[i]!);
    i += rule ? rule[0].length : 1;
  }
  return out;
}

/** Longest letter groups first, so "shch" is not read as "s" + "h" + … */
const COMMON: readonly Rule[] = [
  ['shch', 'щ'],
  ['sch', 'щ'],
  ['zh', 'ж'],
  ['kh', 'х'],
  ['ch', 'ч'],
  ['sh', 'ш'],
  ['ts', 'ц'],
  ['yu', 'ю'],
  ['ju', 'ю'],
  ['ya', 'я'],
  ['ja', 'я'],
  ['a', 'а'],
  ['b', 'б'],
  ['v', 'в'],
  ['w', 'в'],
  ['d', 'д'],
  ['z', 'з'],
  ['k', 'к'],
  ['l', 'л'],
  ['m', 'м'],
  ['n', 'н'],
  ['o', 'о'],
  ['p', 'п'],
  ['r', 'р'],
  ['s', 'с'],
  ['t', 'т'],
  ['u', 'у'],
  ['f', 'ф'],
  ['c', 'ц'],
  ['x', 'кс'],
  ['q', 'к'],
  ["'", 'ь'],
];

const RULES: Readonly<Record<string, readonly Rule[]>> = {
  ru: [['yo', 'ё'], ['jo', 'ё'], ...COMMON, ['g', 'г'], ['h', 'х'], ['e', 'е'], ['i', 'и'], ['j', 'й'], ['y', 'ы']],
  // Ukrainian transliteration writes г as h, и as y, і as i, and ї, є as yi, ye.
  uk: [
    ['yi', 'ї'],
    ['ji', 'ї'],
    ['ye', 'є'],
    ['je', 'є'],
    ...COMMON,
    ['g', 'г'],
    ['h', 'г'],
    ['e', 'е'],
    ['i', 'і'],
    ['j', 'й'],
    ['y', 'и'],
  ],
};

/** After a vowel and not before one, Russian "y" is й (moy → мой, kakoy → какой), not ы. */
const SHORT_I_RU = /([аеёиоуыэюя])ы(?![аеёиоуыэюя])/g;

const LATIN = /[a-z]/;
const CYRILLIC = /\p{Script=Cyrillic}/u;

/** `text` read back into the Cyrillic of `lang` (ru or uk), or undefined when there is nothing to read back: another
 *  language, or text that already has Cyrillic letters. Works on lower-cased text; other characters stay. */
export function cyrillicReading(text: string, lang: string | undefined): string | undefined {
  const rules = lang === undefined ? undefined : RULES[lang];
  const lower = text.toLowerCase();
  if (!rules || CYRILLIC.test(lower) || !LATIN.test(lower)) return undefined;
  const out = readGroups(lower, rules).join('');
  return lang === 'ru' ? out.replace(SHORT_I_RU, '$1й') : out;
}
