// Finds time limits ("within 10 days", "10 gün içinde", "خلال 10 أيام") in a text so they can be emphasised:
// for a person facing a deadline, the number of days is the most important thing in the answer.

// Units of time in the widget's languages, with the inflections summaries use. A text may be in a fallback
// language, so all are tried together.
const UNITS = [
  'days?',
  'hours?',
  'weeks?',
  'months?',
  'years?',
  'gün\\w*',
  'saat\\w*',
  'hafta\\w*',
  'ay(?:da|lık)?',
  'yıl\\w*',
  'həftə\\w*',
  'il(?:də|lik)?',
  'يوم\\w*',
  'أيام',
  'ساع\\w*',
  'أسبوع\\w*',
  'أسابيع',
  'شهر\\w*',
  'أشهر',
  'سن\\w*',
  'روز\\w*',
  'ساعت\\w*',
  'هفته\\w*',
  'ماه\\w*',
  'سال\\w*',
  'ورځ\\w*',
  'اونۍ',
  'میاشت\\w*',
  'کال\\w*',
  'roj\\w*',
  'saet\\w*',
  'hefte\\w*',
  'meh(?:an)?',
  'sal(?:an)?',
  'д(?:ень|ня|ней|ні|нів)',
  'час\\w*',
  'годин\\w*',
  'недел\\w*',
  'тиж\\w*',
  'месяц\\w*',
  'місяц\\w*',
  'год(?:а)?',
  'лет',
  'рік',
  'рок\\w*',
  'jours?',
  'heures?',
  'semaines?',
  'mois',
  'ans',
  'années?',
  'maal\\w*',
  'saac\\w*',
  'toddobaad\\w*',
  'bil(?:ood)?',
  'sano\\w*',
];

// A letter or a combining mark (Arabic vowel signs such as the tanwin in يومًا belong to the word).
const LETTER = '[\\p{L}\\p{M}]';
// Lookarounds instead of \b, which only knows Latin letters; \w* below stands for "more letters".
const DEADLINE = new RegExp(
  `(?<![\\p{L}\\p{Nd}])\\p{Nd}+[\\s\\u00a0-]*(?:${UNITS.join('|').replaceAll('\\w', LETTER)})(?!${LETTER})`,
  'gu',
);

export interface Piece {
  text: string;
  deadline: boolean;
}

/** `text` cut into pieces, the time limits marked. */
export function splitDeadlines(text: string): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  for (const match of text.matchAll(DEADLINE)) {
    if (match.index > at) pieces.push({ text: text.slice(at, match.index), deadline: false });
    pieces.push({ text: match[0], deadline: true });
    at = match.index + match[0].length;
  }
  if (at < text.length) pieces.push({ text: text.slice(at), deadline: false });
  return pieces;
}
