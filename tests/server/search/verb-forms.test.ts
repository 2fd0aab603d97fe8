import { describe, expect, it } from 'vitest';
import { normalize } from '../../../server/search/normalize.ts';
import { looksLikeVerb } from '../../../server/search/verb-forms.ts';

const verb = (word: string, lang: string) => looksLikeVerb(normalize(word), lang);

describe('looksLikeVerb', () => {
  it.each(['نرفتم', 'بپرسم', 'میخاستم', 'نمی‌دانم', 'کردیم', 'بگیرند'])('Persian %s is a verb form', (word) => {
    expect(verb(word, 'fa')).toBe(true);
  });

  it.each(['اقامت', 'پناهندگی', 'کیملیکم', 'دادگاه', 'وکیل'])('Persian %s is not', (word) => {
    expect(verb(word, 'fa')).toBe(false);
  });

  it('applies only to the languages it has shapes for', () => {
    expect(verb('نرفتم', 'ps')).toBe(false);
    expect(verb('نرفتم', 'constructor')).toBe(false);
  });
});
