// Scores every entry and organisation against a question's terms. The score is the share of the question's
// weight a target covers (0…1): each term weighs by how rare it is (a word in every entry, like "protection",
// decides little), and counts by where and how well it matched (match.ts). Words found nowhere still weigh, so a
// question mostly about something we do not cover ("car tax", "weather") scores low and gets no answer.
// Adjacent question words that stand next to each other in a title or keyword add a phrase bonus.
import type { Corpus } from './documents.ts';
import { matchTerm, type TermMatch } from './match.ts';
import type { TermIndex } from './term-index.ts';

/** The weight of a word found nowhere, as a share of the weight of a word found in a single target. */
const UNKNOWN_WEIGHT = 0.75;
/** A match in a translation the reader did not ask in still finds the entry, but a same-language match wins ties. */
const OTHER_LANGUAGE = 0.9;
/** A match through the lexicon (a concept document) counts a little less than one in the entry's own text. */
const THROUGH_CONCEPT = 0.85;
/** A follow-up's context terms (the previous answer's title) weigh this much against the question's own. Swept on
 *  the development follow-ups (0…1): 0.25 ranks best (R@3 0.82 → 0.91 against 0.5; R@1 0.45 at both). Reading a
 *  follow-up in context only when it finds nothing on its own raised R@1 to 0.59 but lost "and under temporary
 *  protection?" after the work-permit answer, which names a topic and still means the previous one. */
const CONTEXT_WEIGHT = 0.25;
/** Added per pair of adjacent question words found side by side in a title or keyword. Swept on the development
 *  sets (0.05…0.3): 0.2 ranks best (written R@3 0.71 → 0.73, follow-ups 0.73 → 0.77, project 0.94 → 0.95); the
 *  other weights here changed nothing or cost out-of-scope rejections. */
const PHRASE_BONUS = 0.2;

/** Orders targets (never scores them) by the largest share of one of their titles that the question holds: "how do I
 *  get a temporary residence permit" holds all of "Temporary residence permit" and less of "Permanent residence
 *  permit", which its other words match as well. Swept on the development sets (0…1): 0.3 ranks best (written R@1
 *  0.73 → 0.75, R@3 0.87 → 0.90; project R@1 0.86 → 0.88; shared R@1 0.96 → 0.94, follow-ups R@3 0.91 → 0.86).
 *  The score, and with it every threshold, is unchanged. */
const TITLE_SHARE = 0.3;

export interface Ranked {
  target: number;
  /** 0…1 for showing and thresholds; `raw` orders (phrase bonuses can push it past 1, and it adds the title share). */
  score: number;
  raw: number;
  /** The best evidence of any single term (1 = exact in a title; typo matches in a summary stay below 0.5). */
  strongest: number;
}

export interface RankContext {
  index: TermIndex;
  corpus: Corpus;
  /** The question's language and the reader's. */
  langs: ReadonlySet<string>;
  /** Which targets may answer at all (the country filter); all when absent. */
  allowed?: (target: number) => boolean;
  /** Terms of the previous answer, for a short follow-up question ("and under temporary protection?"). */
  contextTerms?: readonly string[];
  /** Question terms that say nothing when found nowhere (verb forms, verb-forms.ts): left out of the weight then. */
  setAside?: ReadonlySet<string>;
}

function bestPerTarget(match: TermMatch, ctx: RankContext): Map<number, number> {
  const best = new Map<number, number>();
  for (const [doc, value] of match) {
    const { target, lang, concept } = ctx.corpus.documents[doc]!;
    if (ctx.allowed && !ctx.allowed(target)) continue;
    const weighted = value * (ctx.langs.has(lang) ? 1 : OTHER_LANGUAGE) * (concept ? THROUGH_CONCEPT : 1);
    if (weighted > (best.get(target) ?? 0)) best.set(target, weighted);
  }
  return best;
}

/** Per target, how many adjacent pairs of question terms stand side by side in one of its titles or keywords. */
function phraseMatches(terms: readonly string[], ctx: RankContext): Map<number, number> {
  const found = new Map<number, number>();
  for (let i = 0; i + 1 < terms.length; i++) {
    const targets = new Set(
      ctx.index.adjacent(terms[i]!, terms[i + 1]!).map((doc) => ctx.corpus.documents[doc]!.target),
    );
    for (const target of targets) found.set(target, (found.get(target) ?? 0) + 1);
  }
  return found;
}

/** Every target matching at least one term, best first. */
export function rank(terms: readonly string[], ctx: RankContext): Ranked[] {
  const targetCount = ctx.corpus.targets.length;
  const own = new Set(terms);
  const context = (ctx.contextTerms ?? []).filter((term) => !own.has(term));
  const matches = new Map([...own, ...context].map((term) => [term, matchTerm(term, ctx.index)]));
  const totals = new Map<number, { sum: number; strongest: number }>();
  let totalWeight = 0;
  for (const [term, match] of matches) {
    const best = bestPerTarget(match, ctx);
    const rarity = Math.log(1 + targetCount / Math.max(best.size, 1));
    const inQuestion = own.has(term);
    // A context term found nowhere says nothing; one found counts at CONTEXT_WEIGHT and is never the strongest evidence.
    if (!inQuestion && best.size === 0) continue;
    if (best.size === 0 && ctx.setAside?.has(term)) continue;
    const weight = (best.size > 0 ? rarity : UNKNOWN_WEIGHT * rarity) * (inQuestion ? 1 : CONTEXT_WEIGHT);
    totalWeight += weight;
    for (const [target, value] of best) {
      const total = totals.get(target) ?? { sum: 0, strongest: 0 };
      total.sum += weight * value;
      if (inQuestion) total.strongest = Math.max(total.strongest, value);
      totals.set(target, total);
    }
  }
  const phrases = phraseMatches(terms, ctx);
  const contextPhrases = phraseMatches(ctx.contextTerms ?? [], ctx);
  const titleShares = ctx.index.titleShares(own);
  const ranked: Ranked[] = [];
  for (const [target, { sum, strongest }] of totals) {
    // The previous answer's phrases only break ties among targets the question itself matched.
    const bonus = (phrases.get(target) ?? 0) + (strongest > 0 ? CONTEXT_WEIGHT * (contextPhrases.get(target) ?? 0) : 0);
    const score = sum / totalWeight + PHRASE_BONUS * bonus;
    ranked.push({
      target,
      raw: score + TITLE_SHARE * (titleShares.get(target) ?? 0),
      score: Math.min(1, score),
      strongest,
    });
  }
  return ranked.sort((a, b) => b.raw - a.raw);
}
