// Builds the /ask answer: confident answers in the reader's language, emergency numbers first when the question
// is urgent, and honest fallback help (did-you-mean, legal aid, emergency numbers, categories) when nothing is confident.
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { Answer, AskResponse, Entry } from './contract.ts';
import type { Search } from './deps.ts';
import {
  emergencyContacts,
  entryLink,
  presentCategories,
  presentEntry,
  presentOrganisations,
  readerFor,
  type Reader,
} from './present/index.ts';

export const MAX_ANSWERS = 5;
export const MAX_DID_YOU_MEAN = 3;

export interface AskInput {
  q: string;
  lang?: string;
  country?: string;
  /** The entry the previous answer showed, for a follow-up. */
  context?: string;
}

/** The presented entries for the hits, with their scores. */
function found(kb: Snapshot, hits: readonly { id: string; score: number }[], reader: Reader): { entry: Entry; score: number }[] {
  return hits.slice(0, MAX_ANSWERS).flatMap(({ id, score }) => {
    const data = kb.entries.get(id);
    const entry = data && presentEntry(kb, data, reader);
    return entry ? [{ entry, score: Math.round(score * 1000) / 1000 }] : [];
  });
}

function didYouMean(kb: Snapshot, hits: readonly { id: string }[], reader: Reader): AskResponse['didYouMean'] {
  return hits.slice(0, MAX_DID_YOU_MEAN).flatMap(({ id }) => {
    const entry = kb.entries.get(id);
    const link = entry && entryLink(entry, reader);
    return link ? [{ id: link.id, title: link.title }] : [];
  });
}

/** Organisations the question names ("UNHCR phone number"), then, when nothing answers it, legal aid. */
function organisations(kb: Snapshot, named: readonly { id: string }[], helpless: boolean, country: string | undefined, reader: Reader) {
  const legalAid = helpless
    ? [...kb.organisations.values()].filter((o) => o.services.includes('legal-aid') && (country === undefined || o.countries.includes(country)))
    : [];
  const ids = [...new Set([...named.map((hit) => hit.id), ...legalAid.map((o) => o.id)])];
  return presentOrganisations(kb, ids, reader);
}

/** What the statistics record about a question (ask.ts): the query, languages and country, and how the best answer
 *  was translated, if there was one. */
export type AskOutcome = Pick<AskResponse, 'query' | 'lang' | 'detectedLang'> & { country?: string; best?: Answer['translation'] };

export function outcomeOf({ query, lang, detectedLang, answers }: AskResponse, country: string | undefined): AskOutcome {
  return { query, lang, detectedLang, country, best: answers[0]?.translation };
}

export interface Answered {
  response: AskResponse;
  /** The shared presented entry behind each answer, in order (see encodeAskResponse). */
  entries: Entry[];
}

/** `lang` and `country` must already be checked against the snapshot. */
export function answerQuestion(kb: Snapshot, search: Search, input: AskInput): Answered {
  const result = search.ask({ q: input.q, lang: input.lang, country: input.country, context: input.context, limit: MAX_ANSWERS });
  // Without a reading language, answer in the language the question is written in, when we speak it.
  const known = kb.languages.some((l) => l.code === result.detectedLang);
  const reader = readerFor(kb, input.lang ?? (known ? result.detectedLang : 'en'));
  const best = found(kb, result.hits, reader);
  const answers: Answer[] = best.map(({ entry, score }) => ({ ...entry, score }));
  const helpless = answers.length === 0;
  const response: AskResponse = {
    query: input.q,
    lang: reader.lang,
    detectedLang: result.detectedLang,
    urgent: result.urgent,
    emergency: result.urgent || helpless ? emergencyContacts(kb, input.country, reader) : [],
    answers,
    didYouMean: helpless ? didYouMean(kb, result.didYouMean, reader) : [],
    organisations: organisations(kb, result.organisations, helpless, input.country, reader),
    suggestions: helpless ? presentCategories(kb, input.country, reader) : [],
  };
  return { response, entries: best.map(({ entry }) => entry) };
}
