// The numbers a translation must carry over from its source text. Only numbers of three or more digits are
// compared: phone numbers, fees, years, law numbers — what a translator cannot put into words, and what sends a
// person to the wrong place when it is lost or mistyped. Shorter numbers may rightly become words ("24 hours" is
// "цілодобово", "1 year" is "سنة").
//
// The loader runs this on every translation, so it works on the UTF-8 bytes the bodies are kept in: a translation
// is searched (natively) for each number as its source writes it, and only read number by number when one is not
// found that way ("34,500" written "34 500"). Measured on 1,000 synthetic entries × 11 languages (36 MB): reading
// every text number by number cost 140–300 ms, a tenth of the load.

const MIN_DIGITS = 3;
/** Digit groups joined by one space, comma, full stop, no-break or narrow no-break space ("444 48 68", "34,500",
 *  "71.2"), as UTF-8 bytes read one byte a character (latin1), so the bytes need no decoding. */
const NUMBER = /\d+(?:(?:[ ,.]|\xc2\xa0|\xe2\x80\xaf)\d+)*/g;
const SEPARATOR = /[ ,.]|\xc2\xa0|\xe2\x80\xaf/g;

const bytesOf = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
const isDigit = (byte: number | undefined) => byte !== undefined && byte >= 0x30 && byte <= 0x39;

/**
 * The numbers in UTF-8 `bytes` (digits 0–9 only), keyed by their digits so that "34,500" and "34 500" are equal,
 * each with the way it was first written; added to `into`.
 */
export function numbersOf(bytes: Uint8Array, into = new Map<string, string>()): Map<string, string> {
  const text = bytesOf(bytes).toString('latin1');
  for (const [written] of text.matchAll(NUMBER)) {
    if (written.length < MIN_DIGITS) continue;
    const digits = written.replace(SEPARATOR, '');
    if (digits.length >= MIN_DIGITS && !into.has(digits))
      into.set(digits, Buffer.from(written, 'latin1').toString('utf8'));
  }
  return into;
}

/** Whether `bytes` has `written` as a whole number (no digit right before or after it). */
function hasWritten(bytes: Uint8Array, written: Buffer): boolean {
  const buffer = bytesOf(bytes);
  for (let at = buffer.indexOf(written); at >= 0; at = buffer.indexOf(written, at + 1)) {
    if (!isDigit(buffer[at - 1]) && !isDigit(buffer[at + written.length])) return true;
  }
  return false;
}

/** The numbers of the source that none of the translation's `texts` has, as the source writes them, in its order. */
export function missingNumbers(source: ReadonlyMap<string, string>, texts: readonly Uint8Array[]): string[] {
  let read: Map<string, string> | undefined;
  const has = (digits: string, written: string) => {
    const bytes = Buffer.from(written);
    if (texts.some((text) => hasWritten(text, bytes))) return true;
    read ??= texts.reduce((numbers, text) => numbersOf(text, numbers), new Map<string, string>());
    return read.has(digits);
  };
  return [...source].filter(([digits, written]) => !has(digits, written)).map(([, written]) => written);
}
