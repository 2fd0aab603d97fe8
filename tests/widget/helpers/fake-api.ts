// A fake of the widget's Api over a small hand-written knowledge, so component tests assert on data they own and
// do not break when the real knowledge changes (issue 15 item 7). Every object is typed with the contract's types:
// a change to the API contract breaks this file at compile time, which is the point.
import type {
  AnswerSummary,
  ApiCategory,
  ApiEntry,
  ApiFlow,
  ApiOrganisation,
  AskResponse,
  Contact,
  EntryLink,
  FlowSummary,
} from '../../../server/api/contract.ts';
import type { Api, Failure, Result } from '../../../widget/api.ts';

// ---- The knowledge ----

const legalAid: ApiOrganisation = {
  id: 'bar-legal-aid',
  name: 'Bar Legal Aid Office',
  description: 'Free lawyers for asylum and appeal cases.',
  lang: 'en',
  translation: 'original',
  services: ['legal-aid'],
  countries: ['TR'],
  cities: [],
  languages: ['en', 'tr', 'ar'],
  contacts: [
    { type: 'phone', value: '+90 212 555 01 00', hours: 'Mon–Fri 9:00–17:00' },
    { type: 'email', value: 'help@legal-aid.example' },
    { type: 'website', value: 'https://legal-aid.example/' },
  ],
  sources: [{ title: 'Bar Legal Aid', url: 'https://legal-aid.example/about' }],
  reviewedAt: '2026-10-01',
};

const clinic: ApiOrganisation = {
  ...legalAid,
  id: 'city-clinic',
  name: 'City Health Centre',
  description: 'Free health care and counselling.',
  services: ['health', 'psychosocial'],
  cities: ['İstanbul'],
  languages: ['en', 'fa', 'ur'],
  contacts: [
    { type: 'phone', value: '0212 555 02 00' },
    { type: 'whatsapp', value: '+90 555 020 02 00' },
  ],
  sources: [{ title: 'City Health Centre', url: 'https://clinic.example/' }],
};

const police: Contact = {
  id: 'tr-emergency',
  country: 'TR',
  number: '112',
  name: 'Emergency',
  description: 'Police, ambulance and fire brigade.',
  hours: '24/7',
  lang: 'en',
  sources: [{ title: 'Emergency numbers', url: 'https://emergency.example/' }],
};

const appeal: ApiEntry = {
  id: 'appeal',
  kind: 'procedure',
  country: 'TR',
  category: 'asylum',
  appliesTo: ['asylum-seeker'],
  // Time-critical: it has deadlines.
  urgent: true,
  title: 'Rejected: how to appeal',
  summary: 'Object within 10 days; the court decides within 30 days.',
  html: '<p>Send your objection <strong>within 10 days</strong> of the decision.</p>',
  text: 'Send your objection within 10 days of the decision.',
  lang: 'en',
  translation: 'original',
  translationReviewed: true,
  legalBasis: [{ instrument: 'Law on Foreigners and International Protection', article: 'Article 80' }],
  sources: [{ title: 'Migration authority: appeals', url: 'https://authority.example/appeals' }],
  updated: '2026-11-22',
  legalReview: null,
  organisations: [legalAid],
  related: [{ id: 'work-permit', title: 'Getting a work permit', lang: 'en' }],
};

/** The appeal in Arabic: a translation no native speaker has checked yet. */
const appealAr: ApiEntry = {
  ...appeal,
  title: 'رُفض طلبك: كيف تعترض',
  summary: 'اعترض خلال 10 أيام.',
  html: '<p>أرسل اعتراضك <strong>خلال 10 أيام</strong>.</p>',
  text: 'أرسل اعتراضك خلال 10 أيام.',
  lang: 'ar',
  translation: 'translated',
  translationReviewed: false,
};

/** English only: every other language gets it as a fallback. */
const workPermit: ApiEntry = {
  ...appeal,
  id: 'work-permit',
  kind: 'right',
  category: 'work',
  urgent: false,
  title: 'Getting a work permit',
  summary: 'You may apply for a work permit six months after applying for protection.',
  html: '<p>Your employer applies for the permit.</p>',
  text: 'Your employer applies for the permit.',
  legalBasis: [],
  organisations: [],
  related: [],
};

const detention: ApiEntry = {
  ...appeal,
  id: 'detention',
  kind: 'right',
  category: 'asylum',
  title: 'If you are detained',
  summary: 'You have the right to a lawyer and to challenge the detention.',
  html: '<p>Ask for a lawyer.</p>',
  text: 'Ask for a lawyer.',
  related: [],
};

const doctorEn: ApiFlow = {
  id: 'need-a-doctor',
  title: 'I need a doctor',
  description: 'Health care, step by step.',
  lang: 'en',
  translation: 'original',
  countries: ['TR'],
  urgent: true,
  start: 'danger',
  nodes: {
    danger: {
      kind: 'question',
      question: 'Is someone in danger right now?',
      options: [
        { label: 'Yes', next: 'call' },
        { label: 'No', next: 'registered' },
      ],
    },
    registered: {
      kind: 'question',
      question: 'Are you registered?',
      options: [
        { label: 'Yes', next: 'clinic' },
        { label: 'No', next: 'register' },
      ],
    },
    call: { kind: 'answer', text: 'Call 112 now.', entries: [], organisations: [] },
    clinic: {
      kind: 'answer',
      text: 'Go to a health centre.',
      entries: [{ id: 'work-permit', title: workPermit.title, lang: 'en' }],
      organisations: [clinic],
    },
    register: {
      kind: 'answer',
      entries: [{ id: 'appeal', title: appeal.title, lang: 'en' }],
      organisations: [legalAid],
    },
  },
};

const doctorAr: ApiFlow = {
  ...doctorEn,
  title: 'أحتاج إلى طبيب',
  description: 'الرعاية الصحية خطوة بخطوة.',
  lang: 'ar',
  translation: 'translated',
  nodes: {
    ...doctorEn.nodes,
    danger: {
      kind: 'question',
      question: 'هل أحد في خطر الآن؟',
      options: [
        { label: 'نعم', next: 'call' },
        { label: 'لا', next: 'registered' },
      ],
    },
  },
};

const rejectedFlow: ApiFlow = {
  id: 'rejected',
  title: 'My application was rejected',
  lang: 'en',
  translation: 'original',
  countries: ['TR'],
  urgent: false,
  start: 'end',
  nodes: {
    end: { kind: 'answer', entries: [{ id: 'appeal', title: appeal.title, lang: 'en' }], organisations: [legalAid] },
  },
};

const detainedFlow: ApiFlow = { ...rejectedFlow, id: 'detained', title: 'I have been detained', urgent: true };

const category = (id: string, title: string, entries: number): ApiCategory => ({ id, title, lang: 'en', entries });

/** The fake's knowledge, for tests to assert on. Texts in other languages than English fall back to English. */
export const knowledge = {
  entries: { appeal, appealAr, workPermit, detention },
  flows: { doctor: doctorEn, doctorAr, rejected: rejectedFlow, detained: detainedFlow },
  // "Housing" has no entries, so Home leaves it out.
  categories: [
    category('asylum', 'Asylum procedure', 2),
    category('work', 'Work', 1),
    category('housing', 'Housing', 0),
  ],
  organisations: { legalAid, clinic },
  emergency: [police],
};

/** Questions the fake answers in a particular way; any other question gets the appeal as the best answer. */
export const questions = {
  urgent: 'I am detained and they will deport me',
  unsure: 'insurance problem',
  unknown: 'blorp zzkq wibble',
  notCovered: 'weather in Istanbul tomorrow',
};

/** The text of `versions` in `lang`, or the English one marked as a fallback (as the API sends it). */
function inLang<T extends { lang: string; translation: ApiEntry['translation'] }>(
  versions: T[],
  lang: string,
): T | undefined {
  const english = versions.find((v) => v.lang === 'en');
  return versions.find((v) => v.lang === lang) ?? (english && { ...english, translation: 'fallback' });
}

const entryVersions = Object.values(knowledge.entries);
const flowVersions = Object.values(knowledge.flows);
const entryIn = (id: string, lang: string) =>
  inLang(
    entryVersions.filter((e) => e.id === id),
    lang,
  );
const flowIn = (id: string, lang: string) =>
  inLang(
    flowVersions.filter((f) => f.id === id),
    lang,
  );
const flowSummary = ({ start: _start, nodes: _nodes, ...flow }: ApiFlow): FlowSummary => flow;
const summary = (
  { id, kind, country, category, urgent, title, summary, lang, translation }: ApiEntry,
  score: number,
): AnswerSummary => ({
  id,
  kind,
  country,
  category,
  urgent,
  title,
  summary,
  lang,
  translation,
  score,
});
const link = ({ id, title, lang }: ApiEntry): EntryLink => ({ id, title, lang });

function ask(q: string, lang: string): AskResponse {
  const none: AskResponse = {
    query: q,
    lang,
    detectedLang: lang,
    urgent: false,
    emergency: [],
    answers: [],
    didYouMean: [],
    notCovered: false,
    organisations: [],
    suggestions: [],
  };
  const urgent = q === questions.urgent;
  const [best, other] = urgent
    ? [entryIn('detention', lang)!, entryIn('appeal', lang)!]
    : [entryIn('appeal', lang)!, entryIn('work-permit', lang)!];
  switch (q) {
    case questions.unknown:
      return { ...none, emergency: knowledge.emergency, organisations: [legalAid], suggestions: knowledge.categories };
    case questions.unsure:
      return { ...none, didYouMean: [link(best), link(other)] };
    case questions.notCovered:
      return { ...none, notCovered: true, organisations: [legalAid], suggestions: knowledge.categories };
    default:
      return {
        ...none,
        urgent,
        emergency: urgent ? knowledge.emergency : [],
        answers: [summary(best, 9), summary(other, 5)],
        answer: best,
      };
  }
}

// ---- The Api ----

const ok = <T>(data: T): Result<T> => ({ ok: true, data });
const notFound: Result<never> = { ok: false, error: { kind: 'not-found' } };

/** A result that failed with `kind` (e.g. for an override: `ask: async () => failure('offline')`). */
export const failure = (kind: Failure['kind'], retryAfter?: number): Result<never> => ({
  ok: false,
  error: retryAfter === undefined ? { kind } : { kind, retryAfter },
});

/** The arguments of every call, per method, in order. */
type Calls = { [K in keyof Api]: Parameters<Api[K]>[] };

export interface FakeApi extends Api {
  calls: Calls;
}

/** The fake's answers from `knowledge`, unrecorded: for overrides that answer late or only on a retry. */
export const fakeAnswers: Api = {
  ask: async (q, lang) => ok(ask(q, lang)),
  suggest: async (_q, lang) => ok({ suggestions: ['appeal', 'work-permit'].map((id) => link(entryIn(id, lang)!)) }),
  entry: async (id, lang) => {
    const entry = entryIn(id, lang);
    return entry ? ok(entry) : notFound;
  },
  // Not in urgency order, so the order the tests see is the widget's own.
  flows: async (lang) =>
    ok({ flows: ['rejected', 'need-a-doctor', 'detained'].map((id) => flowSummary(flowIn(id, lang)!)) }),
  flow: async (id, lang) => {
    const flow = flowIn(id, lang);
    return flow ? ok(flow) : notFound;
  },
  categories: async () => ok({ categories: knowledge.categories }),
  organisations: async () => ok({ organisations: [legalAid, clinic] }),
  emergency: async () => ok({ contacts: knowledge.emergency }),
  feedback: async () => ok(undefined),
};

/** An Api answering like `fakeAnswers`, with `overrides` in place of some methods; every call is recorded. */
export function fakeApi(overrides: Partial<Api> = {}): FakeApi {
  const names = Object.keys(fakeAnswers) as (keyof Api)[];
  const calls = Object.fromEntries(names.map((name) => [name, []])) as unknown as Calls;
  const recorded = names.map((name) => {
    const answer = (overrides[name] ?? fakeAnswers[name]) as (...args: unknown[]) => Promise<Result<unknown>>;
    const record = (...args: unknown[]) => {
      (calls[name] as unknown[][]).push(args);
      return answer(...args);
    };
    return [name, record];
  });
  return { ...(Object.fromEntries(recorded) as Api), calls };
}
