import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/search/normalize.ts';

// Each row: what people type → the search form. Per language, because each language brings its own letters.
const TABLES: Record<string, [string, string][]> = {
  tr: [
    ['İSTANBUL', 'istanbul'],
    ['IĞDIR ılık', 'igdir ilik'],
    ['Sığınma başvurusu', 'siginma basvurusu'],
    ['ŞÖNİM çocuğum', 'sonim cocugum'],
    ["Türkiye'de", "turkiye'de"],
  ],
  az: [
    ['Azərbaycan', 'azerbaycan'],
    ['Dövlət Miqrasiya Xidməti', 'dovlet miqrasiya xidmeti'],
    ['QAÇQIN', 'qacqin'],
  ],
  ku: [
    ['Kurmancî', 'kurmanci'],
    ['dersînorkirinê', 'dersinorkirine'],
  ],
  fr: [
    ['Expulsé', 'expulse'],
    ['l’asile', "l'asile"],
    ['Œuvre', 'oeuvre'],
  ],
  en: [['Deportation ORDER', 'deportation order']],
  so: [["Su'aal", "su'aal"]],
  ar: [
    ['أإآٱ', 'اااا'],
    ['مكتبة', 'مكتبه'],
    ['إلى', 'الي'],
    ['مُحَمَّد', 'محمد'],
    ['مـــرحبا', 'مرحبا'],
    ['سؤال مسئول', 'سوال مسيول'],
    ['١٥٧', '157'],
  ],
  fa: [
    ['کی', 'كي'],
    ['یک', 'يك'],
    ['بین‌المللی', 'بينالمللي'],
    ['۱۵۷ ۴۴۴', '157 444'],
    ['خانهٔ', 'خانه'],
  ],
  ps: [
    ['ګډوډ', 'گدود'],
    ['کې', 'كي'],
    // Pashto letters a Persian keyboard lacks fold to the letters typed in their place: ښوونځي = شوونځي.
    ['ښوونځي ډیپورټ ړوند ږغ ماڼۍ', 'شوونځي ديپورت روند ژغ ماني'],
  ],
  ru: [
    ['Ёлка', 'елка'],
    ['ЗАЩИТА', 'защита'],
  ],
  uk: [
    ['ґанок', 'ганок'],
    ['Їжак й', 'їжак й'],
  ],
};

describe('normalize', () => {
  for (const [lang, rows] of Object.entries(TABLES)) {
    it.each(rows)(`${lang}: %s → %s`, (typed, expected) => {
      expect(normalize(typed)).toBe(expected);
    });
  }

  it('makes a question typed without Turkish letters equal to the text with them', () => {
    expect(normalize('siginma basvurusu')).toBe(normalize('Sığınma başvurusu'));
    expect(normalize('SINIR DIŞI')).toBe(normalize('sinir disi'));
  });

  it('joins Persian words at the zero-width non-joiner instead of splitting them', () => {
    expect(normalize('بین‌المللی')).not.toContain(' ');
  });

  it('removes direction marks and soft hyphens that copy-paste brings along', () => {
    expect(normalize('\u200e+90 850\u00ad')).toBe('+90 850');
  });

  it('keeps Cyrillic marks that make different letters (й is not и)', () => {
    expect(normalize('й')).not.toBe(normalize('и'));
  });
});
