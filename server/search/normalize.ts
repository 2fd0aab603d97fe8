// Search normalisation: folds the ways people type one word into one form, so a question typed on a phone
// without ş ğ ı, with an Arabic keyboard's ك and ي, or with a stray diacritic meets the text content staff wrote.
//
// The folds are per script, not per language (issue 4): the question's language is often unknown or wrong ("half in
// Turkish"), and every fold below is safe in all 11 languages that share the script. Where languages really differ
// (which words are stop words, how words inflect, Somali's apostrophe) tokenize.ts takes the language.

/** Apostrophe look-alikes (’ ʼ ‘ ` ´) become one apostrophe before NFKC turns ´ into a space and a combining accent. */
const APOSTROPHES = /[\u2018\u2019\u02bc\u02bb\u0060\u00b4\u2032]/g;

/** Marks a reader never sees as part of a word: Arabic harakat, hamza/madda marks and Quranic signs, tatweel,
 *  zero-width (non-)joiners, bidi controls, soft hyphen, BOM. Removing the ZWNJ joins "بین‌المللی" into one word,
 *  instead of splitting off "بین", which would then match nearly every Persian text. */
const INVISIBLE = /[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200b-\u200f\u061c\u202a-\u202e\u2066-\u2069\u00ad\ufeff]/g;

/** Combining marks on a Latin letter: ş→s, ğ→g, ç→c, ö→o, ü→u, é→e, ê→e, and the dot of İ after lower-casing.
 *  Only on Latin letters, so Cyrillic й and ї keep their marks. */
const LATIN_MARKS = /([a-z])[\u0300-\u036f]+/g;

const FOLDS: Readonly<Record<string, string>> = {
  // Latin letters without a decomposition. Turkish/Azerbaijani dotless ı (and I, already lower-cased to i) and
  // Azerbaijani ə are typed as i and e on keyboards without them.
  ı: 'i',
  ə: 'e',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ø: 'o',
  đ: 'd',
  ł: 'l',
  // Arabic script: alef with hamza or madda → bare alef; hamza on waw/yeh → the bare letter; alef maqsura and the
  // Persian/Pashto yeh forms → Arabic yeh; Persian keheh → Arabic kaf; ta marbuta and heh-with-hamza → heh;
  // Pashto gaf with ring → Persian gaf (Persian keyboards have no ګ).
  أ: 'ا',
  إ: 'ا',
  آ: 'ا',
  ٱ: 'ا',
  ٲ: 'ا',
  ٳ: 'ا',
  ؤ: 'و',
  ئ: 'ي',
  ى: 'ي',
  ی: 'ي',
  ې: 'ي',
  ۍ: 'ي',
  ێ: 'ي',
  ک: 'ك',
  ڪ: 'ك',
  ة: 'ه',
  ۀ: 'ه',
  ە: 'ه',
  ۃ: 'ه',
  ګ: 'گ',
  // Pashto letters that Persian and Arabic keyboards lack, folded to the letter typed in their place.
  ړ: 'ر',
  ټ: 'ت',
  ډ: 'د',
  ڼ: 'ن',
  ښ: 'ش',
  ږ: 'ژ',
  // Arabic-Indic and Persian digits are the same numbers as 0-9.
  '٠': '0',
  '١': '1',
  '٢': '2',
  '٣': '3',
  '٤': '4',
  '٥': '5',
  '٦': '6',
  '٧': '7',
  '٨': '8',
  '٩': '9',
  '۰': '0',
  '۱': '1',
  '۲': '2',
  '۳': '3',
  '۴': '4',
  '۵': '5',
  '۶': '6',
  '۷': '7',
  '۸': '8',
  '۹': '9',
  // Cyrillic: ё is written е in most Russian text; Ukrainian ґ is often typed г.
  ё: 'е',
  ґ: 'г',
};
const FOLDABLE = new RegExp(`[${Object.keys(FOLDS).join('')}]`, 'g');

// biome-ignore lint/suspicious/noControlCharactersInRegex: the ASCII range starts at U+0000 on purpose.
const ASCII = /^[\x00-\x7f]*$/;

/** The search form of `text`: NFKC, lower case, folded as described above. Word boundaries are kept. */
export function normalize(text: string): string {
  // Pure ASCII (most English and much Turkish typed on phones) needs only lower-casing.
  if (ASCII.test(text)) return text.toLowerCase();
  const lower = text.replace(APOSTROPHES, "'").normalize('NFKC').toLowerCase();
  return lower
    .normalize('NFD')
    .replace(LATIN_MARKS, '$1')
    .normalize('NFC')
    .replace(FOLDABLE, (c) => FOLDS[c]!)
    .replace(INVISIBLE, '');
}
