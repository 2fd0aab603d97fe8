import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../../server/search/detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['ar', 'شو لازم اعمل إذا طلعلي قرار ترحيل'],
    ['fa', 'چطور تو ترکیه درخواست پناهندگی بدم؟'],
    ['ps', 'په ترکیه کې د پناه غوښتنه څنګه وکړم؟'],
    ['ru', 'мне отказали в защите, что делать'],
    ['uk', 'мені відмовили у захисті, що робити'],
    ['tr', 'başvurum reddedildi ne yapmalıyım'],
    ['az', 'sığınacaq üçün hara müraciət etməliyəm'],
    ['fr', "comment demander l'asile en Turquie"],
    ['ku', 'ez dikarim çawa serlêdan bikim'],
    ['en', 'how can i appeal the decision'],
  ])('recognises %s without a hint', (lang, text) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it('keeps the reading language when the question fits it', () => {
    expect(detectLanguage('ucretsiz avukat', { hint: 'tr' })).toBe('tr');
    expect(detectLanguage('اعتراض', { hint: 'fa' })).toBe('fa');
  });

  it('follows the question when it is in another script than the reading language', () => {
    expect(detectLanguage('قرار ترحيل', { hint: 'tr' })).toBe('ar');
    expect(detectLanguage('депортация', { hint: 'en' })).toBe('ru');
  });

  it('follows the question when its words clearly belong to another language of the same script', () => {
    expect(detectLanguage('what is the deadline for an appeal', { hint: 'tr' })).toBe('en');
  });

  it('uses the knowledge vocabulary for words no stop list knows', () => {
    const lexicon = (word: string) => (word === 'avukat' || word === 'ucretsiz' ? ['tr'] : undefined);
    expect(detectLanguage('ucretsiz avukat', { lexicon })).toBe('tr');
    expect(detectLanguage('ucretsiz avukat')).toBe('en');
  });

  it('falls back to the hint, or English, for numbers and symbols', () => {
    expect(detectLanguage('157', { hint: 'ar' })).toBe('ar');
    expect(detectLanguage('157')).toBe('en');
  });
});
