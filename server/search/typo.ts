// Typo tolerance: the known terms one edit away from a term (a letter missing, extra, wrong, or two swapped).
// Generating the few hundred variants of one word and looking each up is cheaper than keeping a second index of
// misspellings, and costs no memory; it only runs for words the index does not know. The first letter is kept:
// people rarely mistype it, and allowing it turns unrelated words into matches ("iphone" → "phone").

/** Known terms at Damerau-Levenshtein distance 1 from `term`, using letters from `alphabet`. */
export function typoVariants(term: string, alphabet: string, known: (candidate: string) => boolean): string[] {
  const found = new Set<string>();
  const consider = (candidate: string) => {
    if (candidate !== term && known(candidate)) found.add(candidate);
  };
  for (let i = 1; i <= term.length; i++) {
    const before = term.slice(0, i);
    const after = term.slice(i);
    if (i < term.length) consider(before + after.slice(1));
    if (i < term.length - 1) consider(before + after[1] + after[0] + after.slice(2));
    for (const letter of alphabet) {
      consider(before + letter + after);
      if (i < term.length) consider(before + letter + after.slice(1));
    }
  }
  return [...found];
}
