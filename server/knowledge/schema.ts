// Knowledge file schemas: the single source of truth for what content staff may write
// and for the TypeScript types of the loaded knowledge.
import { z } from 'zod';

/** A language code as used in file names and `lang=` parameters (ISO 639-1, or 639-3 where no 639-1 exists). */
export const LangCode = z.string().regex(/^[a-z]{2,3}$/, 'a lower-case language code such as "en" or "ar"');

/** Country code (ISO 3166-1 alpha-2, upper case). Which codes exist is decided by countries.yaml. */
const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'a two-letter upper-case country code such as "TR"');

/** Stable identifier used in URLs and references. */
export const Id = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'lower-case letters, digits and single hyphens, e.g. "ip-appeal"');

/** A calendar date written as YYYY-MM-DD. */
const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date written as YYYY-MM-DD, e.g. 2026-11-22');

/** Text in several languages: `{ en: "…", tr: "…" }`. English is required so every fallback chain ends somewhere. */
const LocalizedText = z
  .record(LangCode, z.string().trim().min(1, 'some text (it is empty)'))
  .refine((t) => typeof t.en === 'string', { message: 'an English ("en") text, which every translatable field needs' });

const HttpsUrl = z.url({ protocol: /^https?$/, error: 'a web address starting with https://' });

const Source = z.object({
  title: z.string().trim().min(1),
  url: HttpsUrl,
});

const LegalBasis = z.object({
  /** e.g. "Law No. 6458 on Foreigners and International Protection" */
  instrument: z.string().trim().min(1),
  /** e.g. "80" or "89(4)"; omitted when the whole instrument is meant */
  article: z.string().trim().min(1).optional(),
});

export const EntryKind = z.enum(['right', 'obligation', 'procedure', 'information']);

/** Who an entry applies to. A fixed vocabulary so the API can filter on it. */
const Status = z.enum([
  'everyone',
  'ip-applicant',
  'refugee',
  'conditional-refugee',
  'subsidiary-protection',
  'temporary-protection',
  'residence-permit',
  'undocumented',
  'asylum-seeker',
  'idp',
  'trafficking-victim',
  'unaccompanied-child',
  'detained',
]);

const Urgency = z.enum(['normal', 'urgent']);

/** A named lawyer's sign-off on an entry's legal content (issue 12: no entry may claim a review nobody did). */
const LegalReview = z.strictObject({
  /** The reviewing lawyer's name, or their organisation's. */
  by: z.string().trim().min(1),
  date: IsoDate,
});

/** `knowledge/entries/<country>/<id>/entry.yaml`: the language-independent facts of one entry. */
export const EntryMeta = z.strictObject({
  id: Id,
  kind: EntryKind,
  country: CountryCode,
  appliesTo: z.array(Status).min(1),
  category: Id,
  urgency: Urgency.default('normal'),
  /** The language the entry is written in; every other language is a translation of it. */
  sourceLang: LangCode,
  legalBasis: z.array(LegalBasis).default([]),
  sources: z.array(Source).default([]),
  /** When the content last changed (`npm run knowledge:stamp` sets it). */
  updated: IsoDate,
  /** Set only when a named lawyer has signed the entry off; absent means no lawyer has reviewed it. */
  legalReview: LegalReview.optional(),
  related: z
    .strictObject({ entries: z.array(Id).default([]), organisations: z.array(Id).default([]) })
    .default({ entries: [], organisations: [] }),
});

/** Front matter of `knowledge/entries/<country>/<id>/<lang>.md`; the Markdown body follows it. */
export const EntryTranslationFrontMatter = z.strictObject({
  title: z.string().trim().min(1).max(140),
  summary: z.string().trim().min(1).max(400),
  // A bare number (`[157, yimer]`) is what people type for helplines; YAML reads it as a number, so accept it.
  keywords: z
    .preprocess(
      (list) => (Array.isArray(list) ? list.map((v) => (typeof v === 'number' ? String(v) : v)) : list),
      z.array(z.string().trim().min(1)),
    )
    .default([]),
  /** Version (content hash) of the source-language text this translation was made from. Not set in the source language. */
  translatedFrom: z
    .string()
    .regex(/^[0-9a-f]{8}$/, 'the 8-character source version printed by the checker')
    .optional(),
  /** true only once a qualified native speaker has checked the translation. */
  reviewed: z.boolean().default(false),
});

export const ServiceType = z.enum([
  'legal-aid',
  'psychosocial',
  'health',
  'shelter',
  'lgbti',
  'detention-monitoring',
  'voluntary-return',
  'counter-trafficking',
  'children',
  'women',
  'documentation',
  'registration',
  'information',
  'advocacy',
  'social-assistance',
  'resettlement',
  'helpline',
]);

export const ContactType = z.enum(['phone', 'email', 'website', 'address', 'whatsapp']);

const Contact = z.strictObject({
  type: ContactType,
  value: z.string().trim().min(1),
  label: LocalizedText.optional(),
  hours: LocalizedText.optional(),
});

/** `knowledge/organisations/<id>.yaml` */
export const Organisation = z.strictObject({
  id: Id,
  name: LocalizedText,
  description: LocalizedText,
  services: z.array(ServiceType).min(1),
  countries: z.array(CountryCode).min(1),
  cities: z.array(z.string().trim().min(1)).default([]),
  /** Languages the organisation's staff speak (any language code, not only the widget's). */
  languages: z.array(LangCode).default([]),
  contacts: z.array(Contact).default([]),
  sources: z.array(Source).min(1),
  /** When the contacts were last verified. */
  reviewedAt: IsoDate,
});

const FlowAnswer = z.strictObject({
  text: LocalizedText.optional(),
  entries: z.array(Id).default([]),
  organisations: z.array(Id).default([]),
});

const FlowOption = z.strictObject({
  label: LocalizedText,
  /** The node this option leads to. */
  next: Id,
  /** Set on "where are you?" options: every answer after this option is about this country (tests check it). */
  country: CountryCode.optional(),
});

/** A flow node either asks a question with options, or ends the flow with an answer. */
export const FlowNode = z.union([
  z.strictObject({ question: LocalizedText, options: z.array(FlowOption).min(1) }),
  z.strictObject({ answer: FlowAnswer }),
]);

/** `knowledge/flows/<id>.yaml` */
export const Flow = z.strictObject({
  id: Id,
  title: LocalizedText,
  description: LocalizedText.optional(),
  countries: z.array(CountryCode).min(1),
  urgency: Urgency.default('normal'),
  start: Id,
  nodes: z.record(Id, FlowNode),
});

export const EmergencyContact = z.strictObject({
  id: Id,
  country: CountryCode,
  number: z
    .string()
    .trim()
    .regex(/^\+?[0-9 ]{3,20}$/, 'digits and spaces only, optionally starting with +'),
  name: LocalizedText,
  description: LocalizedText,
  hours: LocalizedText.optional(),
  sources: z.array(Source).min(1),
});

/** `knowledge/emergency.yaml` */
export const EmergencyFile = z.strictObject({ contacts: z.array(EmergencyContact).min(1) });

export const Category = z.strictObject({
  id: Id,
  icon: z.string().trim().min(1).max(4).optional(),
  title: LocalizedText,
  description: LocalizedText.optional(),
});

/** `knowledge/categories.yaml` */
export const CategoriesFile = z.strictObject({ categories: z.array(Category).min(1) });

export const Country = z.strictObject({
  code: CountryCode,
  name: LocalizedText,
  /** The languages most read in this country, most read first: the review queue puts their translations first. */
  readers: z.array(LangCode).default([]),
});

/** `knowledge/countries.yaml` */
export const CountriesFile = z.strictObject({ countries: z.array(Country).min(1) });

export const Language = z.strictObject({
  code: LangCode,
  /** The language's own name for itself, shown in the language picker. */
  name: z.string().trim().min(1),
  englishName: z.string().trim().min(1),
  dir: z.enum(['ltr', 'rtl']),
  /** Languages to try, in order, when a text is missing in this one. English is always tried last. */
  fallback: z.array(LangCode).default([]),
});

/** `knowledge/languages.yaml` */
export const LanguagesFile = z.strictObject({ languages: z.array(Language).min(1) });

export type LangCode = z.infer<typeof LangCode>;
export type EntryMeta = z.infer<typeof EntryMeta>;
export type EntryTranslationFrontMatter = z.infer<typeof EntryTranslationFrontMatter>;
export type Organisation = z.infer<typeof Organisation>;
export type Flow = z.infer<typeof Flow>;
export type FlowNode = z.infer<typeof FlowNode>;
export type EmergencyContact = z.infer<typeof EmergencyContact>;
export type Category = z.infer<typeof Category>;
export type Country = z.infer<typeof Country>;
export type Language = z.infer<typeof Language>;
export type ServiceType = z.infer<typeof ServiceType>;
