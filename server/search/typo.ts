// Typo tolerance: the known terms one edit away from a term (a letter missing, extra, wrong, or two swapped). The
// first letter is kept: people rarely mistype it, and allowing it turns unrelated words into matches ("iphone" →
// "phone"). Only known terms with the same first letter and a length within one of the term's can be one such edit
// away, so those few are compared with it, instead of spelling out the hundreds of variants of the term and looking
// each up (a fifth of a first-time question's search). It only runs for words the index does not know.

/** Where an edit is, and which: the variants come in this order, as if spelled out position by position (a letter
 *  missing, two swapped, then per letter of the alphabet: one inserted, one replaced). */
const order = (position: number, slot: number, letters: number) => position * (2 * letters + 2) + slot;

/** The length of the run of `letter` in `text` that ends just before `end`. */
function runBefore(text: string, end: number, letter: string): number {
  let start = end;
  while (start > 0 && text[start - 1] === letter) start--;
  return end - start;
}

/** The first position where `a` and `b` differ, or the shorter length. */
function firstDifference(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  let i = 0;
  while (i < length && a[i] === b[i]) i++;
  return i;
}

/** Whether `a` from `fromA` on is `b` from `fromB` on; both parts are the same length. */
function sameFrom(a: string, fromA: number, b: string, fromB: number): boolean {
  for (let i = 0; fromA + i < a.length; i++) if (a[fromA + i] !== b[fromB + i]) return false;
  return true;
}

/** Where `known` is one edit (not of the first letter) from `term`, the edit's place in the order; else undefined.
 *  `letters` numbers the alphabet's letters: only those are inserted or put in place of another. */
function editOrder(term: string, known: string, letters: ReadonlyMap<string, number>): number | undefined {
  const n = term.length;
  const p = firstDifference(term, known);
  if (p === 0) return undefined;
  if (known.length === n - 1) {
    // A letter missing: deleting any letter of the run that ends at p gives the same word; the first one counts.
    if (!sameFrom(term, p + 1, known, p)) return undefined;
    return order(Math.max(1, p - runBefore(term, p, term[p]!)), 0, letters.size);
  }
  if (known.length === n + 1) {
    // A letter too many: likewise, inserting it anywhere in a run of the same letter gives the same word.
    const letter = letters.get(known[p]!);
    if (letter === undefined || !sameFrom(known, p + 1, term, p)) return undefined;
    return order(Math.max(1, p - runBefore(term, p, known[p]!)), 2 + 2 * letter, letters.size);
  }
  if (sameFrom(term, p + 1, known, p + 1)) {
    const letter = letters.get(known[p]!);
    return letter === undefined ? undefined : order(p, 3 + 2 * letter, letters.size);
  }
  const swapped = p + 1 < n && term[p] === known[p + 1] && term[p + 1] === known[p];
  return swapped && sameFrom(term, p + 2, known, p + 2) ? order(p, 1, letters.size) : undefined;
}

/**
 * For a vocabulary: the known terms at Damerau-Levenshtein distance 1 from a term, using letters from `alphabet`,
 * in the order spelling out the variants would find them. Letters outside the Basic Multilingual Plane, which none
 * of our languages uses, are not inserted or put in place of another.
 */
export function typoFinder(vocabulary: Iterable<string>): (term: string, alphabet: string) => string[] {
  const byStart = new Map<string, string[]>();
  for (const word of vocabulary) {
    const key = `${word.length} ${word[0]}`;
    const words = byStart.get(key);
    if (words) words.push(word);
    else byStart.set(key, [word]);
  }
  const numbered = new Map<string, ReadonlyMap<string, number>>();
  const lettersOf = (alphabet: string) => {
    let letters = numbered.get(alphabet);
    if (!letters) {
      letters = new Map([...alphabet].map((letter, i) => [letter, i]));
      numbered.set(alphabet, letters);
    }
    return letters;
  };
  return (term, alphabet) => {
    if (term.length === 0) return [];
    const letters = lettersOf(alphabet);
    const found: { word: string; at: number }[] = [];
    for (const length of [term.length - 1, term.length, term.length + 1]) {
      for (const word of byStart.get(`${length} ${term[0]}`) ?? []) {
        const at = word === term ? undefined : editOrder(term, word, letters);
        if (at !== undefined) found.push({ word, at });
      }
    }
    return found.sort((a, b) => a.at - b.at).map(({ word }) => word);
  };
}
