// Words shaped like a conjugated verb. People ask in whole colloquial sentences ("دو هفته نرفتم امضا بزنم"), and a
// verb form the knowledge never uses would count as an unknown word, which weighs like a rare topical one and
// pushes an in-scope question under the confidence threshold. Only such words found nowhere are set aside
// (rank.ts), so a verb the knowledge does use ("میزنه" in a text on violence) still counts.
import { normalize } from './normalize.ts';

/** Persian: the continuous prefix (می، نمی), or the subjunctive/negative prefix (ب، ن) with a personal ending, or a
 *  past stem (…ت، …د) with one: رفتم، نرفتم، بپرسم، میخاستم، کردیم. */
const PERSIAN = new RegExp(
  normalize('^(?:نمی|می).{2,}$|^[بن].{2,}(?:م|ی|ه|یم|ید|ین|ند|ن)$|^.{2,}[تد](?:م|ی|یم|ید|ین|ند|ن)$'),
);

const SHAPES: ReadonlyMap<string, RegExp> = new Map([['fa', PERSIAN]]);

/** Whether the normalised `word` of a `lang` question looks like a conjugated verb. */
export function looksLikeVerb(word: string, lang: string): boolean {
  return SHAPES.get(lang)?.test(word) ?? false;
}
