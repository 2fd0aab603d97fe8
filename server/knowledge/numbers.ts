// The numbers a translation must carry over from its source text. Only numbers of three or more digits are
// compared: phone numbers, fees, years, law numbers — what a translator cannot put into words, and what sends a
// person to the wrong place when it is lost or mistyped. Shorter numbers may rightly become words ("24 hours" is
// "цілодобово", "1 year" is "سنة").

/** Digit groups joined by one space or separator ("444 48 68", "34,500", "71.2") are one number. */
const NUMBER = /\d+(?:[ \u00a0\u202f,.]\d+)*/g;
const SEPARATORS = /[ \u00a0\u202f,.]/g;
const MIN_DIGITS = 3;

/**
 * The numbers in `text` (digits 0–9 only), keyed without separators so that "34,500" and "34 500" are equal, each
 * with the way it was first written.
 */
export function numbersOf(text: string): Map<string, string> {
  const numbers = new Map<string, string>();
  for (const [written] of text.matchAll(NUMBER)) {
    const digits = written.replace(SEPARATORS, '');
    if (digits.length >= MIN_DIGITS && !numbers.has(digits)) numbers.set(digits, written);
  }
  return numbers;
}

/** The numbers of the source text that the translation does not have, as the source writes them, in its order. */
export function missingNumbers(source: string, translation: string): string[] {
  const present = numbersOf(translation);
  return [...numbersOf(source)].filter(([digits]) => !present.has(digits)).map(([, written]) => written);
}
