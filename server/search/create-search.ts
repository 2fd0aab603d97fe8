// The search engine for one knowledge snapshot: built once, then pure and synchronous per question.
import type { Entry, Snapshot } from '../knowledge/snapshot.ts';
import { countriesNamed, countryFilter } from './country.ts';
import { cyrillicReading } from './transliterate.ts';
import { corpusOf } from './documents.ts';
import { detectLanguage } from './detect-language.ts';
import { rank, type Ranked } from './rank.ts';
import { notCoveredFinder } from './not-covered.ts';
import { createRomanisedReader } from './romanised.ts';
import { stem } from './stem.ts';
import { stopWords } from './stop-words.ts';
import { suggester, type Suggestion } from './suggest.ts';
import { createTermIndex } from './term-index.ts';
import { joinSplitWords, termsOf, words } from './tokenize.ts';
import { urgencyOf } from './urgency.ts';
import { looksLikeVerb } from './verb-forms.ts';

/** Below this score nothing is confident enough to be shown as an answer (issue 4: no confident wrong answer). */
const CONFIDENT = 0.45;
/** An answer also needs one question word found as it is (or as the start of a longer word) in a title, keyword
 *  or summary, not only through a shortened form or a typo. */
const STRONG_EVIDENCE = 0.6;
/** Answers far behind the best one are noise. */
const RELATIVE_TO_BEST = 0.5;
/** Between this and CONFIDENT, entries are offered as "did you mean…?" to confirm. */
const DID_YOU_MEAN = 0.15;
const MAX_DID_YOU_MEAN = 3;
/** An organisation whose name or acronym the question holds as it is written ("IHD", "МОМ" through the lexicon) is
 *  shown among the contacts even when the rest of the question is unknown words: a contact card risks less than an
 *  answer, and a person who names an organisation wants to reach it. */
const NAMED = 0.75;
/** …and only when one organisation stands out: a word in many names ("Türkiye") names none of them. */
const ONE_NAMED = 1.1;
/** "Did you mean" asks less than an answer: a topical word matched loosely (a prefix, a concept, another language)
 *  is enough, so an in-scope question is not left with nothing (issue 11). */
const TOPICAL = 0.4;
const DEFAULT_LIMIT = 5;
/** Questions are a sentence or two; past this many words it is pasted text, and more words only cost time. */
const MAX_TERMS = 32;
/** A follow-up this short ("and under temporary protection?", "how many days?") is read in the previous answer's
 *  context; a longer one stands on its own. */
const SHORT_FOLLOW_UP = 4;
/** The previous answer was just read: a follow-up usually asks for the next thing ("how many days?" after the
 *  decision → the appeal), so that entry yields ties to its neighbours. */
const ALREADY_SHOWN = 0.9;

interface SearchQuery {
  q: string;
  /** The reading language; the question may be written in another one. */
  lang?: string;
  country?: string;
  /** The id of the entry the previous answer showed, for a follow-up question in the same conversation. */
  context?: string;
  limit?: number;
}

export interface SearchHit {
  id: string;
  score: number;
}

export interface AskResult {
  /** The language the question seems to be written in. */
  detectedLang: string;
  urgent: boolean;
  /** Entries, best first; empty when nothing clears the confidence threshold. */
  hits: SearchHit[];
  /** When there are no hits: up to 3 entries that might be meant. */
  didYouMean: SearchHit[];
  /** Organisations the question names or describes (found by name, city or description), best first. */
  organisations: SearchHit[];
  /** The question is about an everyday topic the knowledge does not cover (not-covered.ts); there are no hits. */
  notCovered: boolean;
}

export interface Search {
  ask(query: SearchQuery): AskResult;
  suggest(query: { q: string; lang: string; limit: number }): Suggestion[];
}

/** The highest score among `ranked`: the first one has the highest `raw`, which the title share adds to, so its
 *  score need not be the highest. */
const topScore = (ranked: readonly Ranked[]) => ranked.reduce((max, r) => Math.max(max, r.score), 0);

const round = (score: number) => Math.round(score * 1000) / 1000;

/** The search terms of an entry's title, in the first of `langs` it is written in (else its source language). */
function contextTermsOf(entry: Entry, langs: readonly string[]): string[] {
  const t =
    langs.map((l) => (Object.hasOwn(entry.translations, l) ? entry.translations[l] : undefined)).find(Boolean) ??
    entry.translations[entry.sourceLang]!;
  return termsOf(words(t.title, t.lang), t.lang);
}

/** Builds the index over every entry translation and organisation of `kb`. */
export function createSearch(kb: Snapshot): Search {
  const corpus = corpusOf(kb);
  const languages = kb.languages.map((l) => l.code);
  const index = createTermIndex(corpus, languages);
  const known = index.knows;
  const hitOf = ({ target, score }: Ranked): SearchHit => ({ id: corpus.targets[target]!.id, score: round(score) });
  const romanised = createRomanisedReader(
    (lang) => index.wordsIn(lang),
    (lang) => stopWords(lang),
    (word, lang) => known(stem(word, lang)),
  );
  const notCoveredIn = notCoveredFinder(kb);
  const targetOf = new Map(corpus.targets.flatMap((t, i) => (t.kind === 'entry' ? [[t.id, i] as const] : [])));
  const confident = (r: Ranked, best: number) =>
    r.score >= CONFIDENT && r.strongest >= STRONG_EVIDENCE && r.score >= best * RELATIVE_TO_BEST;
  /** The one organisation the question names, if it names one: another organisation's description may mention
   *  it ("call UNHCR on …") and score higher, but the person asked for this one. */
  const namedIn = (orgs: readonly Ranked[]) => {
    const [top, next] = orgs.filter((r) => r.strongest >= NAMED).sort((a, b) => b.score - a.score);
    return top !== undefined && top.score >= DID_YOU_MEAN && top.score > (next?.score ?? 0) * ONE_NAMED
      ? top
      : undefined;
  };

  /** A short follow-up that finds nothing sure on its own ("how much is it?", "and for my wife?") most often asks
   *  about the answer just read, so that answer is offered first (blind dev follow-ups: R@1 0.40 → 0.76, R@3
   *  0.56 → 0.88; the written ones, which mostly ask for the next step, unchanged). */
  const withPrevious = (offered: readonly Ranked[], previous: Entry, entries: readonly Ranked[]): Ranked[] => {
    const target = targetOf.get(previous.id)!;
    const shown = entries.find((r) => r.target === target) ?? { target, score: 0, raw: 0, strongest: 0 };
    return [shown, ...offered.filter((r) => r.target !== target)];
  };

  return {
    ask({ q, lang, country, context, limit = DEFAULT_LIMIT }) {
      const detectedLang = detectLanguage(q, { hint: lang, lexicon: index.languagesUsing });
      const previous = context === undefined ? undefined : kb.entries.get(context);
      /** The question read as `readLang` text: its terms, ranked against the knowledge. */
      const read = (text: string, readLang: string) => {
        const wordList = words(text, readLang);
        const terms = termsOf(joinSplitWords(wordList, readLang, known), readLang).slice(0, MAX_TERMS);
        const verbs = new Set(
          termsOf(
            wordList.filter((w) => looksLikeVerb(w, readLang)),
            readLang,
          ),
        );
        const followUp = previous && terms.length <= SHORT_FOLLOW_UP ? previous : undefined;
        const inCountry = countryFilter(country ?? followUp?.country, countriesNamed(wordList));
        const ranked = rank(terms, {
          index,
          corpus,
          langs: new Set([readLang, lang ?? readLang]),
          allowed: (target) => inCountry(corpus.targets[target]!.countries),
          contextTerms: followUp ? contextTermsOf(followUp, [readLang, lang ?? readLang]) : [],
          setAside: verbs,
        });
        if (followUp) {
          for (const r of ranked) if (corpus.targets[r.target]!.id === followUp.id) r.score *= ALREADY_SHOWN;
          // By score, not `raw`: the title share of a three-word follow-up says little (dev follow-ups: R@1 0.50
          // ordered by score, 0.41 by raw).
          ranked.sort((a, b) => b.score - a.score);
        }
        return { ranked, followUp, notCovered: notCoveredIn(wordList, [readLang, lang ?? readLang]) };
      };
      // Russian or Ukrainian typed in Latin letters is also read back into Cyrillic, and Persian, Pashto or Arabic
      // into Arabic script; the reading that finds the best answer is kept.
      const spelled = cyrillicReading(q, lang) ?? romanised.reading(q, lang);
      // Urgency is judged on both readings: "brata zaderzhali" is as urgent as "брата задержали".
      const urgent =
        urgencyOf(q, detectedLang).length > 0 || (spelled !== undefined && urgencyOf(spelled, lang!).length > 0);
      const asTyped = read(q, detectedLang);
      const readBack = spelled === undefined ? undefined : read(spelled, lang!);
      const { ranked, followUp, notCovered } =
        readBack && (readBack.ranked[0]?.score ?? 0) > (asTyped.ranked[0]?.score ?? 0) ? readBack : asTyped;
      const of = (kind: string) => ranked.filter((r) => corpus.targets[r.target]!.kind === kind);
      const entries = of('entry');
      const bestEntry = topScore(entries);
      const hits = notCovered ? [] : entries.filter((r) => confident(r, bestEntry)).slice(0, limit);
      let didYouMean: Ranked[] = [];
      if (!hits.length) {
        const offered = entries.filter((r) => r.score >= DID_YOU_MEAN && r.strongest >= TOPICAL);
        didYouMean = (followUp ? withPrevious(offered, followUp, entries) : offered).slice(0, MAX_DID_YOU_MEAN);
      }
      const orgs = of('organisation');
      const bestOrg = topScore(orgs);
      const confidentOrgs = orgs.filter((r) => confident(r, bestOrg));
      const named = namedIn(orgs);
      const organisations = (named ? [named, ...confidentOrgs.filter((r) => r !== named)] : confidentOrgs).slice(
        0,
        limit,
      );
      return {
        detectedLang,
        urgent,
        hits: hits.map(hitOf),
        didYouMean: didYouMean.map(hitOf),
        organisations: organisations.map(hitOf),
        notCovered: notCovered !== undefined,
      };
    },
    suggest: suggester(kb, corpus, index),
  };
}
