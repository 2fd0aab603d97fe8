// A small hand-made knowledge snapshot with every case the API must present: originals, current, outdated and
// missing translations, a fallback chain through Turkish, dangling references, urgent and normal content.
import type { Category, Country, EmergencyContact, Flow, Language, Organisation } from '../../../../server/knowledge/schema.ts';
import type { Diagnostic, Entry, EntryTranslation, Snapshot } from '../../../../server/knowledge/snapshot.ts';

const languages: Language[] = [
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', fallback: [] },
  { code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr', fallback: [] },
  { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', fallback: [] },
  { code: 'az', name: 'Azərbaycanca', englishName: 'Azerbaijani', dir: 'ltr', fallback: ['tr'] },
  { code: 'so', name: 'Soomaali', englishName: 'Somali', dir: 'ltr', fallback: [] },
];

const countries: Country[] = [
  { code: 'TR', name: { en: 'Türkiye', tr: 'Türkiye' }, readers: ['ar'] },
  { code: 'AZ', name: { en: 'Azerbaijan', tr: 'Azerbaycan' }, readers: ['ru', 'az'] },
];

function text(lang: string, title: string, status: EntryTranslation['status'], more: Partial<EntryTranslation> = {}): EntryTranslation {
  return {
    lang,
    title,
    summary: `${title} (summary)`,
    keywords: [],
    reviewed: false,
    status,
    body: Buffer.from(`${title} body`),
    file: `entries/x/${lang}.md`,
    ...more,
  };
}

function entry(meta: Partial<Entry> & Pick<Entry, 'id' | 'country' | 'category' | 'translations'>): Entry {
  return {
    kind: 'procedure',
    appliesTo: ['ip-applicant'],
    urgency: 'normal',
    sourceLang: 'en',
    legalBasis: [],
    sources: [{ title: 'Law', url: 'https://example.org/law' }],
    updated: '2026-11-22',
    related: { entries: [], organisations: [] },
    sourceVersion: 'abcd1234',
    ...meta,
  };
}

const entries: Entry[] = [
  entry({
    id: 'appeal',
    country: 'TR',
    category: 'appeals',
    urgency: 'urgent',
    legalBasis: [{ instrument: 'Law No. 6458', article: '80' }],
    legalReview: { by: 'Example Legal Aid', date: '2026-11-20' },
    related: { entries: ['work', 'ghost-entry'], organisations: ['legal-help', 'ghost-org'] },
    translations: {
      en: text('en', 'Appeal a rejection', 'original', { keywords: ['rejected', 'appeal'] }),
      tr: text('tr', 'Red kararına itiraz', 'translated', { reviewed: true, keywords: ['reddedildim', 'itiraz'] }),
      ar: text('ar', 'الاعتراض على الرفض', 'outdated', { keywords: ['رفض'] }),
    },
  }),
  entry({ id: 'work', country: 'TR', category: 'work', translations: { en: text('en', 'Work permit', 'original', { keywords: ['work', 'job'] }) } }),
  entry({
    id: 'az-asylum',
    country: 'AZ',
    category: 'asylum',
    translations: {
      en: text('en', 'Apply for asylum in Azerbaijan', 'original', { keywords: ['asylum', 'apply'] }),
      tr: text('tr', "Azerbaycan'da sığınma başvurusu", 'translated', { keywords: ['sığınma', 'başvuru'] }),
    },
  }),
];

const organisations: Organisation[] = [
  {
    id: 'legal-help',
    name: { en: 'Legal Help', tr: 'Hukuki Yardım' },
    description: { en: 'Free lawyers.', tr: 'Ücretsiz avukatlar.' },
    services: ['legal-aid'],
    countries: ['TR'],
    cities: ['İstanbul'],
    languages: ['tr', 'ar'],
    contacts: [{ type: 'phone', value: '+90 212 000 00 00', label: { en: 'Hotline', tr: 'Yardım hattı' } }],
    sources: [{ title: 'Site', url: 'https://example.org/legal' }],
    reviewedAt: '2026-11-01',
  },
  {
    id: 'shelter-tr',
    name: { en: 'Safe House' },
    description: { en: 'Shelter for women.' },
    services: ['shelter', 'women'],
    countries: ['TR'],
    cities: [],
    languages: [],
    contacts: [],
    sources: [{ title: 'Site', url: 'https://example.org/shelter' }],
    reviewedAt: '2026-11-01',
  },
  {
    id: 'unhcr-az',
    name: { en: 'UNHCR Azerbaijan' },
    description: { en: 'Refugee agency.', az: 'Qaçqınlar agentliyi.' },
    services: ['legal-aid', 'information'],
    countries: ['AZ'],
    cities: [],
    languages: ['az', 'ru'],
    contacts: [{ type: 'website', value: 'https://example.org/unhcr' }],
    sources: [{ title: 'Site', url: 'https://example.org/unhcr' }],
    reviewedAt: '2026-11-01',
  },
];

const flows: Flow[] = [
  {
    id: 'rejected',
    title: { en: 'I was rejected', tr: 'Reddedildim' },
    description: { en: 'What to do after a rejection' },
    countries: ['TR'],
    urgency: 'urgent',
    start: 'when',
    nodes: {
      when: {
        question: { en: 'When did you get the decision?', tr: 'Kararı ne zaman aldınız?' },
        options: [{ label: { en: 'This week', tr: 'Bu hafta' }, next: 'act-now' }],
      },
      'act-now': { answer: { text: { en: 'Appeal now.' }, entries: ['appeal', 'ghost-entry'], organisations: ['legal-help'] } },
    },
  },
  {
    id: 'find-work',
    title: { en: 'I want to work' },
    countries: ['TR', 'AZ'],
    urgency: 'normal',
    start: 'done',
    nodes: { done: { answer: { entries: ['work'], organisations: [] } } },
  },
];

const emergency: EmergencyContact[] = [
  {
    id: 'tr-112',
    country: 'TR',
    number: '112',
    name: { en: '112 Emergency', tr: '112 Acil' },
    description: { en: 'Police, ambulance, fire.', tr: 'Polis, ambulans, itfaiye.' },
    sources: [{ title: 'Ministry', url: 'https://example.org/112' }],
  },
  {
    id: 'az-helpline',
    country: 'AZ',
    number: '+994 12 000 00 00',
    name: { en: 'Helpline' },
    description: { en: 'Advice line.' },
    hours: { en: 'Weekdays 9–18' },
    sources: [{ title: 'Site', url: 'https://example.org/az' }],
  },
];

const categories: Category[] = [
  { id: 'appeals', icon: '⚖️', title: { en: 'Appeals', tr: 'İtirazlar' }, description: { en: 'Contest a decision' } },
  { id: 'work', title: { en: 'Work' } },
  { id: 'asylum', title: { en: 'Asylum' } },
  { id: 'empty', title: { en: 'Nothing here yet' } },
];

/** A fresh snapshot each call, so a test can change one without touching others. */
export function testSnapshot(overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    version: 'v1test',
    loadedAt: '2026-12-01T10:00:00.000Z',
    languages,
    countries,
    categories,
    entries: new Map(entries.map((e) => [e.id, e])),
    organisations: new Map(organisations.map((o) => [o.id, o])),
    flows: new Map(flows.map((f) => [f.id, f])),
    emergency,
    problems: [],
    ...overrides,
  };
}

export const contentError: Diagnostic = {
  severity: 'error',
  code: 'missing-field',
  file: 'entries/tr/x/en.md',
  message: 'field "title" is missing',
  hint: 'Add a title.',
};
