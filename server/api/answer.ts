// Builds the /ask answer: confident answers in the reader's language, emergency numbers first when the question
// is urgent, and honest fallback help (did-you-mean, legal aid, emergency numbers, categories) when nothing is confident.
import type { Snapshot } from '../knowledge/snapshot.ts';
import type { Answer, AskResponse } from './contract.ts';
import type { Search } from './deps.ts';
import {
  emergencyContacts,
  entryLink,
  presentCategories,
  presentEntry,
  presentOrganisation,
  readerFor,
  type Reader,
} from './present/index.ts';

export const MAX_ANSWERS = 5;
export const MAX_DID_YOU_MEAN = 3;

export interface AskInput {
  q: string;
  lang?: string;
  country?: string;
}

function answers(kb: Snapshot, hits: readonly { id: string; score: number }[], reader: Reader): Answer[] {
  return hits.slice(0, MAX_ANSWERS).flatMap(({ id, score }) => {
    const entry = kb.entries.get(id);
    const presented = entry && presentEntry(kb, entry, reader);
    return presented ? [{ ...presented, score: Math.round(score * 1000) / 1000 }] : [];
  });
}

function didYouMean(kb: Snapshot, hits: readonly { id: string }[], reader: Reader): AskResponse['didYouMean'] {
  return hits.slice(0, MAX_DID_YOU_MEAN).flatMap(({ id }) => {
    const entry = kb.entries.get(id);
    const link = entry && entryLink(entry, reader);
    return link ? [{ id: link.id, title: link.title }] : [];
  });
}

function legalAid(kb: Snapshot, country: string | undefined, reader: Reader) {
  return [...kb.organisations.values()]
    .filter((o) => o.services.includes('legal-aid') && (country === undefined || o.countries.includes(country)))
    .map((o) => presentOrganisation(o, reader));
}

/** `lang` and `country` must already be checked against the snapshot. */
export function answerQuestion(kb: Snapshot, search: Search, input: AskInput): AskResponse {
  const result = search.ask({ q: input.q, lang: input.lang, country: input.country, limit: MAX_ANSWERS });
  // Without a reading language, answer in the language the question is written in, when we speak it.
  const known = kb.languages.some((l) => l.code === result.detectedLang);
  const reader = readerFor(kb, input.lang ?? (known ? result.detectedLang : 'en'));
  const found = answers(kb, result.hits, reader);
  const helpless = found.length === 0;
  return {
    query: input.q,
    lang: reader.lang,
    detectedLang: result.detectedLang,
    urgent: result.urgent,
    emergency: result.urgent || helpless ? emergencyContacts(kb, input.country, reader) : [],
    answers: found,
    didYouMean: helpless ? didYouMean(kb, result.didYouMean, reader) : [],
    organisations: helpless ? legalAid(kb, input.country, reader) : [],
    suggestions: helpless ? presentCategories(kb, input.country, reader) : [],
  };
}
