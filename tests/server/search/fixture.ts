// A small knowledge base for search tests: a few entries in several languages and scripts, one organisation, the
// real language registry. Described in code and built in memory by the real builder, so search tests need no files.
import type { Snapshot } from '../../../server/knowledge/snapshot.ts';
import {
  buildKnowledge,
  type EntryDescription,
  type EntryText,
  type KnowledgeDescription,
} from '../../helpers/knowledge-files.ts';
import { FIXTURE_NOW } from '../../helpers/knowledge.ts';

/** An entry written in English, each text's body repeating its summary. */
function entry(id: string, country: string, texts: Record<string, EntryText>): EntryDescription {
  return {
    meta: {
      id,
      kind: 'procedure',
      country,
      appliesTo: ['everyone'],
      category: 'asylum-procedure',
      sourceLang: 'en',
      updated: '2026-11-23',
      sources: [{ title: 'Law No. 6458', url: 'https://example.org/law' }],
    },
    texts,
  };
}

const ENTRIES: EntryDescription[] = [
  entry('appeal', 'TR', {
    en: {
      title: 'Your protection application was rejected — how to appeal',
      summary: 'Appeal to the commission within 10 days or to the administrative court within 30 days.',
      keywords: ['rejected', 'refused', 'negative decision', 'appeal deadline'],
    },
    tr: {
      title: 'Uluslararası koruma başvurunuz reddedildi — nasıl itiraz edilir?',
      summary: '10 gün içinde Komisyona itiraz edin ya da 30 gün içinde idare mahkemesinde dava açın.',
      keywords: ['ret kararı', 'reddedildi', 'itiraz süresi', 'idare mahkemesi'],
    },
    ar: {
      title: 'رُفض طلب الحماية الدولية — كيف تعترض؟',
      summary: 'اعترض أمام اللجنة خلال 10 أيام أو أمام المحكمة الإدارية خلال 30 يوماً.',
      keywords: ['رفض', 'انرفض طلبي', 'اعتراض'],
    },
    fa: {
      title: 'درخواست حمایت بین‌المللی شما رد شد — چطور اعتراض کنم؟',
      summary: 'ظرف 10 روز به کمیسیون یا ظرف 30 روز به دادگاه اداری اعتراض کنید.',
      keywords: ['جواب رد', 'اعتراض', 'نگاتیو'],
    },
  }),
  entry('deportation', 'TR', {
    en: {
      title: 'Deportation decision — you have 7 days to go to court',
      summary: 'Take a deportation decision to the administrative court within 7 days.',
      keywords: ['deport', 'deportation order', 'removal'],
    },
    tr: {
      title: 'Sınır dışı etme kararı — 7 gün içinde dava açın',
      summary: 'Sınır dışı etme kararına karşı 7 gün içinde idare mahkemesine başvurun.',
      keywords: ['sınır dışı', 'deport', 'sınırdışı kararı'],
    },
    ar: {
      title: 'قرار الترحيل — لديك 7 أيام للذهاب إلى المحكمة',
      summary: 'اطعن في قرار الترحيل أمام المحكمة الإدارية خلال 7 أيام.',
      keywords: ['ترحيل', 'قرار ترحيل', 'إبعاد'],
    },
    fa: {
      title: 'حکم دیپورت — ۷ روز برای شکایت به دادگاه',
      summary: 'ظرف ۷ روز به دادگاه اداری شکایت کنید.',
      keywords: ['دیپورت', 'اخراج'],
    },
  }),
  entry('work-permit', 'TR', {
    en: {
      title: 'Work permits for asylum applicants',
      summary: 'You can apply for a work permit 6 months after you applied for protection.',
      keywords: ['work permit', 'job', 'employment'],
    },
    tr: {
      title: 'Başvuru sahipleri için çalışma izni',
      summary: 'Koruma başvurusundan 6 ay sonra çalışma izni için başvurabilirsiniz.',
      keywords: ['çalışma izni', 'iş', 'çalışmak'],
    },
    ru: {
      title: 'Разрешение на работу для заявителей',
      summary: 'Через 6 месяцев после подачи заявления можно получить разрешение на работу.',
      keywords: ['разрешение на работу', 'работа'],
    },
  }),
  entry('yimer-157', 'TR', {
    en: {
      title: 'YİMER 157: the phone line for foreigners',
      summary: 'Call 157 at any time of day, in several languages.',
      keywords: ['157', 'yimer', 'hotline', 'helpline'],
    },
    tr: {
      title: 'YİMER 157: Yabancılar için iletişim merkezi',
      summary: '157 numarasını günün her saati arayabilirsiniz.',
      keywords: ['157', 'yimer', 'yabancı iletişim merkezi'],
    },
  }),
  entry('az-apply', 'AZ', {
    en: {
      title: 'How to ask for asylum in Azerbaijan',
      summary: 'Tell the State Migration Service that you want asylum.',
      keywords: ['asylum Azerbaijan', 'State Migration Service', 'apply'],
    },
    az: {
      title: 'Azərbaycanda sığınacaq üçün necə müraciət etmək olar',
      summary: 'Dövlət Miqrasiya Xidmətinə sığınacaq istədiyinizi bildirin.',
      keywords: ['sığınacaq', 'müraciət', 'Dövlət Miqrasiya Xidməti'],
    },
  }),
];

const LANGUAGES: KnowledgeDescription['languages'] = [
  { code: 'tr', name: 'Türkçe', englishName: 'Turkish', dir: 'ltr', fallback: ['en'] },
  { code: 'en', name: 'English', englishName: 'English', dir: 'ltr', fallback: [] },
  { code: 'ar', name: 'العربية', englishName: 'Arabic', dir: 'rtl', fallback: ['en'] },
  { code: 'fa', name: 'فارسی', englishName: 'Persian', dir: 'rtl', fallback: ['en'] },
  { code: 'az', name: 'Azərbaycanca', englishName: 'Azerbaijani', dir: 'ltr', fallback: ['tr', 'en'] },
  { code: 'ps', name: 'پښتو', englishName: 'Pashto', dir: 'rtl', fallback: ['fa', 'en'] },
  { code: 'ku', name: 'Kurmancî', englishName: 'Kurmanji Kurdish', dir: 'ltr', fallback: ['tr', 'en'] },
  { code: 'ru', name: 'Русский', englishName: 'Russian', dir: 'ltr', fallback: ['en'] },
  { code: 'uk', name: 'Українська', englishName: 'Ukrainian', dir: 'ltr', fallback: ['en'] },
  { code: 'fr', name: 'Français', englishName: 'French', dir: 'ltr', fallback: ['en'] },
  { code: 'so', name: 'Soomaali', englishName: 'Somali', dir: 'ltr', fallback: ['en'] },
];

const KNOWLEDGE: KnowledgeDescription = {
  languages: LANGUAGES,
  countries: [
    { code: 'TR', name: { en: 'Türkiye' } },
    { code: 'AZ', name: { en: 'Azerbaijan' } },
  ],
  categories: [{ id: 'asylum-procedure', title: { en: 'Asylum procedure' } }],
  emergency: [
    {
      id: 'tr-112',
      country: 'TR',
      number: '112',
      name: { en: 'Emergency' },
      description: { en: 'Police and ambulance.' },
      sources: [{ title: 'Ministry', url: 'https://example.org/112' }],
    },
  ],
  entries: ENTRIES,
  organisations: [
    {
      id: 'rrt',
      name: { en: 'Refugee Rights Türkiye', tr: 'Mülteci Hakları Merkezi' },
      description: {
        en: 'Free legal advice for refugees and a detention help desk.',
        tr: 'Mültecilere ücretsiz hukuki danışmanlık.',
      },
      services: ['legal-aid'],
      countries: ['TR'],
      cities: ['İstanbul'],
      languages: ['tr', 'en', 'ar'],
      sources: [{ title: 'RRT', url: 'https://www.mhd.org.tr' }],
      reviewedAt: '2026-11-23',
    },
  ],
};

/** The fixture snapshot; `edit` changes a copy of the knowledge first. */
export function searchSnapshot(edit?: (knowledge: KnowledgeDescription) => void): Snapshot {
  return buildKnowledge(KNOWLEDGE, { now: FIXTURE_NOW, edit });
}
