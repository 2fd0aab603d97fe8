// Builds the /ask answer: confident answers in the reader's language, the best one in full, emergency numbers first
// when the question is urgent, and honest fallback help (did-you-mean, legal aid, emergency numbers, categories)
// when nothing is confident.
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { Search, SearchHit } from '../search/index.ts';
import type { AnswerSummary, AskResponse, ApiEntry } from './contract.ts';
import {
  emergencyContacts,
  entryLinks,
  presentCategories,
  presentEntry,
  presentOrganisations,
  readerFor,
  type Reader,
} from './present/index.ts';

export const MAX_ANSWERS = 5;

export interface AskInput {
  q: string;
  lang?: string;
  country?: string;
  /** The entry the previous answer showed, for a follow-up. */
  context?: string;
}

/** The presented entries for the hits (shared between requests, never copied), with their scores. */
function found(kb: Snapshot, hits: readonly SearchHit[], reader: Reader): { entry: ApiEntry; score: number }[] {
  return hits.slice(0, MAX_ANSWERS).flatMap(({ id, score }) => {
    const data = kb.entries.get(id);
    const entry = data && presentEntry(kb, data, reader);
    return entry ? [{ entry, score }] : [];
  });
}

/** What the answer list shows of an entry; the search has rounded the score. */
function summarise({ entry, score }: { entry: ApiEntry; score: number }): AnswerSummary {
  const { id, kind, country, category, urgent, title, summary, lang, translation } = entry;
  return { id, kind, country, category, urgent, title, summary, lang, translation, score };
}

/** Organisations the question names ("UNHCR phone number"), then, when nothing answers it, legal aid. */
function organisations(
  kb: Snapshot,
  named: readonly SearchHit[],
  helpless: boolean,
  country: string | undefined,
  reader: Reader,
) {
  const legalAid = helpless
    ? [...kb.organisations.values()].filter(
        (o) => o.services.includes('legal-aid') && (country === undefined || o.countries.includes(country)),
      )
    : [];
  const ids = [...new Set([...named.map((hit) => hit.id), ...legalAid.map((o) => o.id)])];
  return presentOrganisations(kb, ids, reader);
}

/** What the statistics record about a question (ask.ts): the query, languages and country, and how the best answer
 *  was translated, if there was one. */
export type AskOutcome = Pick<AskResponse, 'query' | 'lang' | 'detectedLang'> & {
  country?: string;
  best?: AnswerSummary['translation'];
};

export function outcomeOf(
  { query, lang, detectedLang, answers }: AskResponse,
  country: string | undefined,
): AskOutcome {
  return { query, lang, detectedLang, country, best: answers[0]?.translation };
}

/** `lang` and `country` must already be checked against the snapshot. */
export function answerQuestion(kb: Snapshot, search: Search, input: AskInput): AskResponse {
  const result = search.ask({
    q: input.q,
    lang: input.lang,
    country: input.country,
    context: input.context,
    limit: MAX_ANSWERS,
  });
  // Without a reading language, answer in the language the question is written in, when we speak it.
  const known = kb.languages.some((l) => l.code === result.detectedLang);
  const reader = readerFor(kb, input.lang ?? (known ? result.detectedLang : 'en'));
  const best = found(kb, result.hits, reader);
  const helpless = best.length === 0;
  return {
    query: input.q,
    lang: reader.lang,
    detectedLang: result.detectedLang,
    urgent: result.urgent,
    emergency: result.urgent || helpless ? emergencyContacts(kb, input.country, reader) : [],
    answers: best.map(summarise),
    ...(best[0] && { answer: best[0].entry }),
    didYouMean: helpless
      ? entryLinks(
          kb,
          result.didYouMean.map((hit) => hit.id),
          reader,
        )
      : [],
    notCovered: result.notCovered,
    organisations: organisations(kb, result.organisations, helpless, input.country, reader),
    suggestions: helpless ? presentCategories(kb, input.country, reader) : [],
  };
}
