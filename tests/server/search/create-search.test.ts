import { describe, expect, it } from 'vitest';
import { createSearch } from '../../../server/search/index.ts';
import { searchSnapshot } from './fixture.ts';

const search = createSearch(searchSnapshot());
const ids = (q: string, lang?: string, country?: string) => search.ask({ q, lang, country }).hits.map((h) => h.id);

describe('ask: finding the entry', () => {
  it('finds an entry from inflected Turkish typed without Turkish letters', () => {
    expect(ids('basvurum reddedildi', 'tr')[0]).toBe('appeal');
    expect(ids('sinir disi karari', 'tr')[0]).toBe('deportation');
    expect(ids('çalışma iznimi nasıl alırım', 'tr')[0]).toBe('work-permit');
  });

  it('finds the entry whatever language the question is in (cross-language)', () => {
    expect(ids('my application was rejected', 'ar')[0]).toBe('appeal');
    expect(ids('قرار ترحيل', 'tr')[0]).toBe('deportation');
    expect(ids('разрешение на работу', 'fr')[0]).toBe('work-permit');
  });

  it('finds the helpline from a bare number, in any digits', () => {
    expect(ids('157', 'tr')).toEqual(['yimer-157']);
    expect(ids('١٥٧', 'ar')).toEqual(['yimer-157']);
    expect(ids('۱۵۷', 'fa')).toEqual(['yimer-157']);
  });

  it('tolerates a typo', () => {
    expect(ids('deportaton', 'en')).toEqual(['deportation']);
  });

  it('finds Persian typed with a space where the text has a zero-width non-joiner', () => {
    expect(ids('حمایت بین المللی رد شد', 'fa')[0]).toBe('appeal');
  });

  it('finds Persian typed in Latin letters by reading it back into Persian script', () => {
    expect(ids('darkhast hemayat rad shod, chetor eteraz konam', 'fa')[0]).toBe('appeal');
    expect(ids('darkhast hemayat rad shod, chetor eteraz konam', 'en')).toEqual([]);
  });

  it('answers with entries of the page’s country only, unless the question names the other country', () => {
    expect(ids('asylum', 'en', 'AZ')[0]).toBe('az-apply');
    expect(ids('asylum', 'en', 'TR')).not.toContain('az-apply');
    expect(ids('asylum in Azerbaijan', 'en', 'TR')).toContain('az-apply');
    expect(ids('Azərbaycanda sığınacaq', 'az', 'TR')).toContain('az-apply');
    expect(ids('asylum in Baku', 'en', 'TR')).toContain('az-apply');
    const { didYouMean } = search.ask({ q: 'asylum', lang: 'en', country: 'TR' });
    expect(didYouMean.map((h) => h.id)).not.toContain('az-apply');
  });

  it('reads a short follow-up in the context of the previous answer, and a long question on its own', () => {
    const ranked = (q: string, context?: string) =>
      search.ask({ q, lang: 'en', country: 'TR', context }).hits.map((h) => h.id);
    expect(ranked('court', 'deportation')[0]).toBe('deportation');
    expect(ranked('court', 'no-such-entry')).toEqual(ranked('court'));
    expect(ranked('constructor', 'constructor')).toEqual([]);
  });

  it('offers the previous answer first when a short follow-up finds nothing sure on its own', () => {
    const reply = search.ask({ q: 'how much?', lang: 'en', country: 'TR', context: 'work-permit' });
    expect(reply.hits).toEqual([]);
    expect(reply.didYouMean[0]?.id).toBe('work-permit');
    // Without a previous answer, or after a long question, nothing is made up.
    expect(search.ask({ q: 'how much?', lang: 'en', country: 'TR' }).didYouMean).toEqual([]);
    const long = 'how much does a bus ticket cost from the city centre to the airport at night';
    expect(search.ask({ q: long, lang: 'en', country: 'TR', context: 'work-permit' }).didYouMean).toEqual([]);
  });

  it('does not let a Persian verb form the knowledge never uses weigh like an unknown topical word', () => {
    const score = (q: string) => search.ask({ q, lang: 'fa', country: 'TR' }).hits[0]?.score ?? 0;
    // نپرسیدم ("I did not ask") is a verb form; زرافه ("giraffe") is an unknown noun and still counts against.
    expect(score('حکم دیپورت نپرسیدم')).toBeGreaterThan(score('حکم دیپورت زرافه'));
  });

  it('scores between 0 and 1, best first', () => {
    const { hits } = search.ask({ q: 'court', lang: 'en' });
    expect(hits.map((h) => h.id)).toEqual(['deportation', 'appeal']);
    expect(hits[0]!.score).toBeLessThanOrEqual(1);
    expect(hits[0]!.score).toBeGreaterThan(hits[1]!.score);
  });

  it('answers a 500-character question of junk quickly, with no hits', () => {
    for (const q of [
      'a'.repeat(500),
      'ترحيل'.repeat(100),
      Array.from({ length: 120 }, (_, i) => `xq${i}zz`)
        .join(' ')
        .slice(0, 500),
    ]) {
      const started = performance.now();
      expect(search.ask({ q, lang: 'tr' }).hits).toEqual([]);
      expect(performance.now() - started).toBeLessThan(150); // was 200–340 ms before the caps
    }
  });

  it('returns at most `limit` hits', () => {
    expect(search.ask({ q: 'court', lang: 'en', limit: 1 }).hits).toHaveLength(1);
  });
});

describe('ask: nothing confident', () => {
  it.each([
    ['en', 'weather in istanbul tomorrow'],
    ['en', 'how much is car tax for a 2015 toyota'],
    ['tr', 'yarın hava yağmurlu mu'],
    ['ar', 'وصفة كبة حلبية سهلة'],
    ['fa', 'قیمت طلا امروز'],
    ['en', ''],
    ['en', '?!'],
  ])('%s: "%s" gets no hits', (lang, q) => {
    expect(ids(q, lang)).toEqual([]);
  });

  it('offers at most 3 entries to confirm, and only when there are no hits', () => {
    const confident = search.ask({ q: 'court', lang: 'en' });
    expect(confident.didYouMean).toEqual([]);
    const unsure = search.ask({ q: 'yimer weather forecast tomorrow', lang: 'en' });
    expect(unsure.hits).toEqual([]);
    expect(unsure.didYouMean.map((h) => h.id)).toEqual(['yimer-157']);
  });
});

describe('ask: organisations, language, urgency', () => {
  it('finds an organisation by its name, apart from the entries', () => {
    const result = search.ask({ q: 'Mülteci Hakları Merkezi', lang: 'en' });
    expect(result.organisations.map((o) => o.id)).toEqual(['rrt']);
    expect(result.hits.map((h) => h.id)).not.toContain('rrt');
  });

  it('shows the one organisation a question names even when its other words are unknown', () => {
    const result = search.ask({ q: 'zorblat quexitron Mülteci Merkezi vrindle plonk snarfel', lang: 'en' });
    expect(result.hits).toEqual([]);
    expect(result.organisations.map((o) => o.id)).toEqual(['rrt']);
    expect(search.ask({ q: 'zorblat quexitron vrindle plonk snarfel', lang: 'en' }).organisations).toEqual([]);
  });

  it('puts the organisation a question names before one whose description merely mentions it', () => {
    const withMention = createSearch(
      searchSnapshot((k) => {
        const rrt = k.organisations![0]!;
        k.organisations!.push({
          ...rrt,
          id: 'helper-association',
          name: { en: 'Helper Association' },
          cities: ['Ankara'],
          description: {
            en: 'Our office address, phone, email, website and opening hours in Istanbul are not public. For legal advice call Refugee Rights Türkiye.',
          },
        });
      }),
    );
    const result = withMention.ask({
      q: 'Refugee Rights office address phone email website opening hours Istanbul',
      lang: 'en',
    });
    expect(result.organisations[0]?.id).toBe('rrt');
  });

  it('reports the language the question is written in', () => {
    expect(search.ask({ q: 'قرار ترحيل', lang: 'tr' }).detectedLang).toBe('ar');
    expect(search.ask({ q: 'itiraz', lang: 'tr' }).detectedLang).toBe('tr');
  });

  it('marks questions about danger as urgent', () => {
    expect(search.ask({ q: 'they will deport me tomorrow', lang: 'en' }).urgent).toBe(true);
    expect(search.ask({ q: 'work permit', lang: 'en' }).urgent).toBe(false);
    // Russian typed in Latin letters is judged in its Cyrillic reading too.
    expect(search.ask({ q: 'brata zaderzhali v stambule', lang: 'ru' }).urgent).toBe(true);
    expect(search.ask({ q: 'razreshenie na rabotu', lang: 'ru' }).urgent).toBe(false);
  });
});
