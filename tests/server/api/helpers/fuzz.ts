// Random but reproducible inputs for the fuzz test: Unicode from every corner that breaks text handling.
export type Random = () => number;

/** The bench's seeded generator (mulberry32), so a failing run can be replayed from its seed. */
export { random as seeded } from '../../../../bench/random.ts';

export const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

// Code point ranges: ASCII, controls, Turkish/Azerbaijani letters, Arabic with diacritics and tatweel, Persian
// with ZWNJ, Cyrillic, combining marks, bidi overrides, lone surrogates, noncharacters, astral emoji, fullwidth.
const RANGES: [number, number][] = [
  [0x20, 0x7e],
  [0x00, 0x1f],
  [0x7f, 0x9f],
  [0xc0, 0x24f],
  [0x259, 0x259],
  [0x600, 0x6ff],
  [0x640, 0x640],
  [0x200b, 0x200f],
  [0x202a, 0x202e],
  [0x400, 0x4ff],
  [0x300, 0x36f],
  [0xd800, 0xdfff],
  [0xfdd0, 0xfdef],
  [0xfff0, 0xffff],
  [0x1f300, 0x1faff],
  [0xff01, 0xff5e],
  [0x660, 0x669],
  [0x6f0, 0x6f9],
  [0xfeff, 0xfeff],
];

export function randomText(random: Random, maxLength: number): string {
  const length = Math.floor(random() * maxLength);
  let text = '';
  for (let i = 0; i < length; i++) {
    const [lo, hi] = pick(random, RANGES);
    text += String.fromCodePoint(lo + Math.floor(random() * (hi - lo + 1)));
  }
  return text;
}

const BROKEN_ESCAPES = [
  '%',
  '%Z',
  '%E0%A4',
  '%ED%A0%80',
  '%C0%AF',
  '%00',
  '%FF%FE',
  '%%',
  '+',
  '&',
  '=',
  '&q=',
  '%2F..%2F',
];

/** A query-string value: properly encoded, raw, or with broken percent-escapes spliced in. */
export function randomValue(random: Random): string {
  const roll = random();
  if (roll < 0.05) return '';
  if (roll < 0.08) return 'x'.repeat(pick(random, [499, 500, 501, 5_000, 60_000]));
  const text = randomText(random, 40);
  if (roll < 0.5) {
    try {
      return encodeURIComponent(text);
    } catch {
      return text; // lone surrogates cannot be encoded; send them raw
    }
  }
  if (roll < 0.7) return text;
  const at = Math.floor(random() * (text.length + 1));
  return `${text.slice(0, at)}${pick(random, BROKEN_ESCAPES)}${text.slice(at)}`;
}
