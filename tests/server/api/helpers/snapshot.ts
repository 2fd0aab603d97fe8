// A small knowledge base with every case the API must present: originals, current, outdated and missing
// translations, a fallback chain through Turkish, urgent and normal content. Described in code, written out as
// knowledge files and built by the real builder, so the API is tested on what the loader really serves.
import type { Diagnostic, Snapshot } from '../../../../server/knowledge/snapshot.ts';
import {
  buildKnowledge,
  type EntryDescription,
  type EntryText,
  type KnowledgeDescription,
} from '../../../helpers/knowledge-files.ts';

/** When the snapshot is built; also its `loadedAt`. */
const TEST_NOW = new Date('2026-12-01T10:00:00.000Z');

function text(title: string, more: Partial<EntryText> = {}): EntryText {
  return { title, summary: `${title} (summary)`, body: `${title} body`, ...more };
}

function entry(
  meta: Pick<EntryDescription['meta'], 'id' | 'country' | 'category'> & Partial<EntryDescription['meta']>,
  texts: EntryDescription['texts'],
): EntryDescription {
  return {
    meta: {
      kind: 'procedure',
      appliesTo: ['ip-applicant'],
      sourceLang: 'en',
      sources: [{ title: 'Law', url: 'https://example.org/law' }],
      updated: '2026-11-22',
      ...meta,
    },
    texts,
  };
}

const KNOWLEDGE: KnowledgeDescription = {
  languages: [
    { code: 'en', name: 'English', englishName: 'English', dir: 'ltr' },
    { code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr' },
    { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl' },
    { code: 'az', name: 'Azərbaycanca', englishName: 'Azerbaijani', dir: 'ltr', fallback: ['tr'] },
    { code: 'so', name: 'Soomaali', englishName: 'Somali', dir: 'ltr' },
  ],
  countries: [
    { code: 'TR', name: { en: 'Türkiye', tr: 'Türkiye' }, readers: ['ar'] },
    { code: 'AZ', name: { en: 'Azerbaijan', tr: 'Azerbaycan' }, readers: ['az'] },
  ],
  categories: [
    { id: 'appeals', icon: '⚖️', title: { en: 'Appeals', tr: 'İtirazlar' }, description: { en: 'Contest a decision' } },
    { id: 'work', title: { en: 'Work' } },
    { id: 'asylum', title: { en: 'Asylum' } },
    { id: 'empty', title: { en: 'Nothing here yet' } },
  ],
  emergency: [
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
  ],
  organisations: [
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
      sources: [{ title: 'Site', url: 'https://example.org/shelter' }],
      reviewedAt: '2026-11-01',
    },
    {
      id: 'unhcr-az',
      name: { en: 'UNHCR Azerbaijan' },
      description: { en: 'Refugee agency.', az: 'Qaçqınlar agentliyi.' },
      services: ['legal-aid', 'information'],
      countries: ['AZ'],
      languages: ['az', 'ru'],
      contacts: [{ type: 'website', value: 'https://example.org/unhcr' }],
      sources: [{ title: 'Site', url: 'https://example.org/unhcr' }],
      reviewedAt: '2026-11-01',
    },
  ],
  flows: [
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
        'act-now': { answer: { text: { en: 'Appeal now.' }, entries: ['appeal'], organisations: ['legal-help'] } },
      },
    },
    {
      id: 'find-work',
      title: { en: 'I want to work' },
      countries: ['TR', 'AZ'],
      start: 'done',
      nodes: { done: { answer: { entries: ['work'] } } },
    },
  ],
  entries: [
    entry(
      {
        id: 'appeal',
        country: 'TR',
        category: 'appeals',
        urgency: 'urgent',
        legalBasis: [{ instrument: 'Law No. 6458', article: '80' }],
        legalReview: { by: 'Example Legal Aid', date: '2026-11-20' },
        related: { entries: ['work'], organisations: ['legal-help'] },
      },
      {
        en: text('Appeal a rejection', { keywords: ['rejected', 'appeal'] }),
        tr: text('Red kararına itiraz', { reviewed: true, keywords: ['reddedildim', 'itiraz'] }),
        ar: text('الاعتراض على الرفض', { status: 'outdated', keywords: ['رفض'] }),
      },
    ),
    entry({ id: 'work', country: 'TR', category: 'work' }, { en: text('Work permit', { keywords: ['work', 'job'] }) }),
    entry(
      { id: 'az-asylum', country: 'AZ', category: 'asylum' },
      {
        en: text('Apply for asylum in Azerbaijan', { keywords: ['asylum', 'apply'] }),
        tr: text("Azerbaycan'da sığınma başvurusu", { keywords: ['sığınma', 'başvuru'] }),
      },
    ),
  ],
};

/** A fresh snapshot each call (a new object, as after a reload); `edit` changes a copy of the knowledge first. */
export function testSnapshot(edit?: (knowledge: KnowledgeDescription) => void): Snapshot {
  return buildKnowledge(KNOWLEDGE, { now: TEST_NOW, edit });
}

/**
 * The test snapshot with links to an entry and an organisation that do not exist, from the appeal entry and the
 * rejected flow. The builder drops such links (with a diagnostic), so it never serves one; this is made by hand to
 * show the API skips them rather than failing, should one reach it from any other source.
 */
export function withDanglingLinks(kb: Snapshot): Snapshot {
  const appeal = kb.entries.get('appeal')!;
  const rejected = kb.flows.get('rejected')!;
  const related = {
    entries: [...appeal.related.entries, 'ghost-entry'],
    organisations: [...appeal.related.organisations, 'ghost-org'],
  };
  const actNow = rejected.nodes['act-now']!;
  if (!('answer' in actNow)) throw new Error('the rejected flow should end in an answer at act-now');
  const answer = {
    ...actNow.answer,
    entries: [...actNow.answer.entries, 'ghost-entry'],
    organisations: [...actNow.answer.organisations, 'ghost-org'],
  };
  return {
    ...kb,
    entries: new Map([...kb.entries, ['appeal', { ...appeal, related }]]),
    flows: new Map([...kb.flows, ['rejected', { ...rejected, nodes: { ...rejected.nodes, 'act-now': { answer } } }]]),
  };
}

export const contentError: Diagnostic = {
  severity: 'error',
  code: 'missing-field',
  file: 'entries/tr/x/en.md',
  message: 'field "title" is missing',
  hint: 'Add a title.',
};
