// The public API contract (/api/v1): zod schemas for every query and response, the single source of the
// OpenAPI document and of the types the widget imports (with `import type`, so zod never ships to partners).
import { z } from '@hono/zod-openapi';
import { ContactType, EntryKind, ServiceType } from '../knowledge/schema.ts';

/** The longest question we accept; longer ones are answered 413 (issue 4). */
export const MAX_QUERY_LENGTH = 500;

// C0/C1 control characters (\p{Cc}) and lone surrogates carry no meaning in a question and upset logs and
// search; format characters (\p{Cf}) are kept because Persian needs the zero-width non-joiner.
const CONTROL = /\p{Cc}+/gu;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Control characters become spaces, runs of white space collapse, ends are trimmed. */
export function cleanQuery(raw: string): string {
  return raw.replace(CONTROL, ' ').replace(LONE_SURROGATE, '').replace(/\s+/g, ' ').trim();
}

const QueryText = z
  .string()
  .transform(cleanQuery)
  .pipe(z.string().max(MAX_QUERY_LENGTH))
  .openapi({
    description: `Free text, at most ${MAX_QUERY_LENGTH} characters (longer: 413); control characters are removed.`,
    example: 'reddedildim ne yapmalıyım',
    maxLength: MAX_QUERY_LENGTH,
  });

export const LangParam = z.string().openapi({
  description: 'Reading language: a code from /api/v1/languages (unknown codes: 400 listing the supported ones).',
  example: 'ar',
});
const CountryParam = z.string().openapi({
  description: 'Country code (ISO 3166-1, e.g. TR or AZ; unknown codes: 400 listing the supported ones).',
  example: 'TR',
});

const Id = z.string().openapi({ example: 'ip-appeal-regular' });

// ---- Requests ----

export const AskQuery = z.object({
  q: QueryText,
  lang: LangParam.optional(),
  country: CountryParam.optional(),
  context: Id.optional().openapi({
    description:
      'For a follow-up question: the id of the entry the previous answer showed. A short question ("and under temporary protection?") is then read in its context; an unknown id is ignored.',
    example: 'ip-work-permit',
  }),
});
export const SuggestQuery = z.object({ q: QueryText, lang: LangParam.optional() });
export const LangQuery = z.object({ lang: LangParam.optional() });
export const LangCountryQuery = z.object({ lang: LangParam.optional(), country: CountryParam.optional() });
export const OrganisationsQuery = z.object({
  lang: LangParam.optional(),
  country: CountryParam.optional(),
  service: ServiceType.optional(),
  city: z
    .string()
    .max(100)
    .optional()
    .openapi({ description: 'City name; organisations working nationwide are always included.', example: 'İstanbul' }),
});
export const IdParam = z.object({
  id: Id.openapi({
    param: { name: 'id', in: 'path' },
    description: 'The stable id, as found in answers, links and /flows.',
  }),
});

// ---- Responses ----

export const Translation = z.enum(['original', 'translated', 'fallback', 'outdated']).openapi('Translation', {
  description:
    "original: written in this language; translated: a current translation; fallback: not available in the reader's language, shown in the next language of its fallback chain; outdated: a translation of an older version of the source text.",
});

const Localised = {
  lang: z.string().openapi({ description: 'The language the text is actually in.', example: 'ar' }),
  translation: Translation,
};

const Source = z.object({ title: z.string(), url: z.string() }).openapi('Source');
const LegalBasis = z.object({ instrument: z.string(), article: z.string().optional() }).openapi('LegalBasis');

const OrganisationContact = z
  .object({
    type: ContactType,
    value: z.string(),
    label: z.string().optional(),
    hours: z.string().optional(),
  })
  .openapi('OrganisationContact');

export const ApiOrganisation = z
  .object({
    id: Id,
    name: z.string(),
    description: z.string(),
    ...Localised,
    services: z.array(ServiceType),
    countries: z.array(z.string()),
    cities: z.array(z.string()).openapi({ description: 'Empty when the organisation works nationwide.' }),
    languages: z.array(z.string()).openapi({ description: 'Languages its staff speak.' }),
    contacts: z.array(OrganisationContact),
    sources: z.array(Source),
    reviewedAt: z.string().openapi({ description: 'When the contacts were last verified (YYYY-MM-DD).' }),
  })
  .openapi('Organisation');

/** An emergency or helpline number. */
export const Contact = z
  .object({
    id: Id,
    country: z.string(),
    number: z.string().openapi({ example: '112' }),
    name: z.string(),
    description: z.string(),
    hours: z.string().optional(),
    lang: z.string(),
    sources: z.array(Source),
  })
  .openapi('Contact');

const LegalReview = z
  .object({
    by: z.string().openapi({ description: 'The reviewing lawyer, or their organisation.' }),
    date: z.string().openapi({ description: 'When they signed the entry off (YYYY-MM-DD).' }),
  })
  .openapi('LegalReview');

export const EntryLink = z.object({ id: Id, title: z.string(), lang: z.string() }).openapi('EntryLink');

export const ApiEntry = z
  .object({
    id: Id,
    kind: EntryKind,
    country: z.string(),
    category: z.string(),
    appliesTo: z.array(z.string()),
    urgent: z.boolean().openapi({ description: 'The entry is about something time-critical (deadlines, detention).' }),
    title: z.string(),
    summary: z.string(),
    html: z.string().openapi({ description: 'The body as safe HTML.' }),
    text: z.string().openapi({ description: 'The body as plain text.' }),
    ...Localised,
    translationReviewed: z.boolean().openapi({
      description: 'The text shown is the source-language original, or a translation a native speaker has checked.',
    }),
    legalBasis: z.array(LegalBasis),
    sources: z.array(Source),
    updated: z.string().openapi({ description: 'When the content last changed (YYYY-MM-DD).' }),
    legalReview: LegalReview.nullable().openapi({
      description: "The named lawyer's sign-off, or null: not yet reviewed by a lawyer.",
    }),
    organisations: z.array(ApiOrganisation),
    related: z.array(EntryLink),
  })
  .openapi('Entry');

/** An answer as the list shows it; the full text is `AskResponse.answer` for the best one, `/entries/{id}` for the others. */
export const AnswerSummary = ApiEntry.pick({
  id: true,
  kind: true,
  country: true,
  category: true,
  urgent: true,
  title: true,
  summary: true,
  lang: true,
  translation: true,
})
  .extend({ score: z.number().openapi({ description: 'Relevance; higher is better.' }) })
  .openapi('AnswerSummary');

export const ApiCategory = z
  .object({
    id: Id,
    icon: z.string().optional(),
    title: z.string(),
    description: z.string().optional(),
    lang: z.string(),
    entries: z
      .number()
      .int()
      .openapi({ description: 'How many entries are in this category (for the country, when given).' }),
  })
  .openapi('Category');

export const AskResponse = z
  .object({
    query: z.string().openapi({ description: 'The question as understood, after removing control characters.' }),
    lang: z.string().openapi({ description: 'The reading language: answers come in it, or along its fallback chain.' }),
    detectedLang: z.string().openapi({ description: 'The language the question seems to be written in.' }),
    urgent: z.boolean().openapi({
      description: 'The question is about danger (detention, deportation, violence…): show `emergency` first.',
    }),
    emergency: z.array(Contact).openapi({ description: 'Emergency numbers, when urgent or when there is no answer.' }),
    answers: z
      .array(AnswerSummary)
      .openapi({ description: 'Best first, at most 5; empty when nothing is confident enough.' }),
    answer: ApiEntry.optional().openapi({
      description:
        'The best answer (the first of `answers`) in full; absent when there is none. The others are fetched from `/entries/{id}` when opened.',
    }),
    didYouMean: z.array(EntryLink).openapi({ description: 'Up to 3 entries to confirm when no answer is confident.' }),
    notCovered: z.boolean().openapi({
      description:
        'The question is about an everyday topic Huquq does not cover (driving licences, the weather, phone lines…): there is no answer, and the reader should be told so rather than asked to rephrase.',
    }),
    organisations: z.array(ApiOrganisation).openapi({
      description:
        'Organisations the question names or describes, then, when there is no answer, legal aid for the country.',
    }),
    suggestions: z.array(ApiCategory).openapi({ description: 'Categories to browse, when there is no answer.' }),
  })
  .openapi('AskResponse');

export const Suggestion = z.object({ id: Id, title: z.string(), lang: z.string() }).openapi('Suggestion');
export const SuggestResponse = z.object({ suggestions: z.array(Suggestion) }).openapi('SuggestResponse');

export const OrganisationsResponse = z
  .object({ organisations: z.array(ApiOrganisation) })
  .openapi('OrganisationsResponse');
export const EmergencyResponse = z.object({ contacts: z.array(Contact) }).openapi('EmergencyResponse');
export const CategoriesResponse = z.object({ categories: z.array(ApiCategory) }).openapi('CategoriesResponse');

export const FlowSummary = z
  .object({
    id: Id,
    title: z.string(),
    description: z.string().optional(),
    ...Localised,
    countries: z.array(z.string()),
    urgent: z.boolean(),
  })
  .openapi('FlowSummary');

const FlowOption = z.object({ label: z.string(), next: Id }).openapi('FlowOption');
export const FlowNode = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('question'), question: z.string(), options: z.array(FlowOption) }),
    z.object({
      kind: z.literal('answer'),
      text: z.string().optional(),
      entries: z.array(EntryLink),
      organisations: z.array(ApiOrganisation),
    }),
  ])
  .openapi('FlowNode');

export const ApiFlow = FlowSummary.extend({ start: Id, nodes: z.record(z.string(), FlowNode) }).openapi('Flow');
export const FlowsResponse = z.object({ flows: z.array(FlowSummary) }).openapi('FlowsResponse');

const Counted = z.object({
  total: z.number().int(),
  translated: z.number().int().openapi({ description: 'Items fully readable in this language (including originals).' }),
});

export const Coverage = z
  .object({
    ratio: z.number().openapi({ description: 'Share of entries readable in this language, 0…1.' }),
    entries: Counted.extend({
      reviewed: z
        .number()
        .int()
        .openapi({ description: 'Of those, source-language originals and translations a native speaker has checked.' }),
      outdated: z
        .number()
        .int()
        .openapi({ description: 'Of those, translated from an older version of the source text.' }),
    }),
    flows: Counted,
    organisations: Counted,
    categories: Counted,
    emergency: Counted,
  })
  .openapi('Coverage');

export const ApiLanguage = z
  .object({
    code: z.string(),
    name: z.string().openapi({ description: "The language's own name for itself." }),
    englishName: z.string(),
    dir: z.enum(['ltr', 'rtl']),
    fallback: z
      .array(z.string())
      .openapi({ description: 'Languages tried, in order, when a text is missing; English last.' }),
    coverage: Coverage,
  })
  .openapi('Language');
export const LanguagesResponse = z.object({ languages: z.array(ApiLanguage) }).openapi('LanguagesResponse');

export const Health = z
  .object({
    status: z
      .enum(['ok', 'degraded'])
      .openapi({ description: 'degraded: the knowledge has errors (some content was left out).' }),
    knowledge: z.object({
      version: z.string(),
      loadedAt: z.string(),
      entries: z.number().int(),
      organisations: z.number().int(),
      flows: z.number().int(),
      languages: z.number().int(),
      problems: z
        .number()
        .int()
        .openapi({ description: 'Everything `npm run knowledge:check` reports: errors + warnings.' }),
      errors: z
        .number()
        .int()
        .openapi({ description: 'Problems that left content out; any error makes the status `degraded`.' }),
      warnings: z.number().int(),
    }),
  })
  .openapi('Health');

export const Readiness = z
  .object({
    status: z.enum(['ready', 'not_ready']),
    waitingFor: z
      .array(z.string())
      .openapi({ description: 'What is not ready yet: "feedback store", "shutting down".' }),
    knowledgeVersion: z
      .string()
      .openapi({ description: 'Replicas serving the same knowledge report the same version.' }),
  })
  .openapi('Readiness');

export const ErrorCode = z.enum([
  'bad_parameter',
  'not_found',
  'method_not_allowed',
  'query_too_long',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  'unauthorized',
  'unavailable',
  'internal',
]);
export const ApiErrorBody = z
  .object({
    error: z.object({
      code: ErrorCode,
      message: z.string().openapi({ description: 'Plain words, never a stack trace.' }),
    }),
  })
  .openapi('Error');

export type AnswerSummary = z.infer<typeof AnswerSummary>;
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
export type AskResponse = z.infer<typeof AskResponse>;
export type CategoriesResponse = z.infer<typeof CategoriesResponse>;
export type ApiCategory = z.infer<typeof ApiCategory>;
export type Contact = z.infer<typeof Contact>;
export type Coverage = z.infer<typeof Coverage>;
export type EmergencyResponse = z.infer<typeof EmergencyResponse>;
export type ApiEntry = z.infer<typeof ApiEntry>;
export type EntryLink = z.infer<typeof EntryLink>;
export type ErrorCode = z.infer<typeof ErrorCode>;
export type ApiFlow = z.infer<typeof ApiFlow>;
export type FlowNode = z.infer<typeof FlowNode>;
export type FlowSummary = z.infer<typeof FlowSummary>;
export type FlowsResponse = z.infer<typeof FlowsResponse>;
export type Health = z.infer<typeof Health>;
export type Readiness = z.infer<typeof Readiness>;
export type ApiLanguage = z.infer<typeof ApiLanguage>;
export type LanguagesResponse = z.infer<typeof LanguagesResponse>;
export type ApiOrganisation = z.infer<typeof ApiOrganisation>;
export type OrganisationsResponse = z.infer<typeof OrganisationsResponse>;
export type SuggestResponse = z.infer<typeof SuggestResponse>;
export type Suggestion = z.infer<typeof Suggestion>;
export type Translation = z.infer<typeof Translation>;
