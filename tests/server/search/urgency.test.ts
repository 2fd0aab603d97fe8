import { describe, expect, it } from 'vitest';
import { urgencyOf } from '../../../server/search/urgency.ts';
import { URGENCY_PHRASES } from '../../../server/search/urgency-phrases.ts';

describe('urgencyOf', () => {
  it.each([
    ['tr', 'yarın beni sınır dışı edecekler', 'deportation'],
    ['tr', 'kocam beni dövüyor', 'violence'],
    ['tr', 'gözaltına alındım', 'detention'],
    ['az', 'məni deportasiya edəcəklər', 'deportation'],
    ['en', 'they will deport me tomorrow pls help', 'deportation'],
    ['en', 'i want to kill myself', 'self-harm'],
    ['en', 'my brother is an unaccompanied minor', 'child-alone'],
    ['fr', 'je suis en centre de rétention', 'detention'],
    ['ku', 'biryara dersînorkirinê ji min re hat', 'deportation'],
    ['so', 'waxaa la igu hayaa xabsi', 'detention'],
    ['ru', 'меня избил муж', 'violence'],
    ['uk', "чоловік б'є мене", 'violence'],
    ['ar', 'بكرا بدهم يرحلوني ع سوريا', 'deportation'],
    ['ar', 'ولد قاصر جاي لحالو بدون اهلو', 'child-alone'],
    ['ar', 'اشتغلت بالغصب وسحبوا مني جوازي', 'trafficking'],
    ['fa', 'به فکر خودکشی هستم', 'self-harm'],
    ['ps', 'ما ته د ډیپورټ پرېکړه راکړل شوې', 'deportation'],
  ])('%s: "%s" is %s', (lang, text, kind) => {
    expect(urgencyOf(text, lang)).toContain(kind);
  });

  it('finds long danger words typed with one typo, and not short everyday words one letter away', () => {
    expect(urgencyOf('my friend was traficked to turkey', 'en')).toEqual(['trafficking']);
    expect(urgencyOf('she is in detnetion', 'en')).toEqual(['detention']);
    expect(urgencyOf('unacompanied child', 'en')).toContain('child-alone');
    expect(urgencyOf('when does the bus depart', 'en')).toEqual([]);
    expect(urgencyOf('more details please', 'en')).toEqual([]);
  });

  it('finds danger whatever language the question is detected as', () => {
    expect(urgencyOf('deport', 'ar')).toEqual(['deportation']);
  });

  it.each([
    ['tr', 'döviz kuru ne kadar'],
    ['tr', 'çalışma izni nasıl alınır'],
    ['fr', 'traitement médical gratuit'],
    ['en', 'how much is car tax in turkey'],
    ['fa', 'قیمت طلا امروز در استانبول'],
    ['ar', 'ضريبة السيارة'],
  ])('%s: "%s" is not urgent', (lang, text) => {
    expect(urgencyOf(text, lang)).toEqual([]);
  });

  it('has phrases for every kind of danger in all 11 languages', () => {
    expect(Object.keys(URGENCY_PHRASES).sort()).toEqual([
      'ar',
      'az',
      'en',
      'fa',
      'fr',
      'ku',
      'ps',
      'ru',
      'so',
      'tr',
      'uk',
    ]);
    for (const [lang, kinds] of Object.entries(URGENCY_PHRASES)) {
      for (const [kind, phrases] of Object.entries(kinds)) expect(phrases.trim(), `${lang} ${kind}`).not.toBe('');
    }
  });
});
