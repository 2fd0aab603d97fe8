import { describe, expect, it } from 'vitest';
import { redactQuery } from '../../../server/storage/redact.ts';

describe('redactQuery', () => {
  it.each([
    // [language, what the person typed, what may be stored]
    ['en', 'My name is Ahmad Karimi and I was rejected', 'my name is [name]'],
    ['en', 'call me at +90 555 123 45 67 please', 'call me [name]'],
    ['en', 'rejected, my phone +90 555 123 45 67', 'rejected, my phone [number]'],
    ['en', 'write to ali.k@example.com about case 2024/12345', 'write to [email] about case [number]'],
    ['en', 'see https://example.org/x?id=5 and www.foo.org', 'see [url] and [url]'],
    ['en', 'how many days for appeal 10 or 30', 'how many days for appeal 10 or 30'],
    ['tr', 'Benim adım Ayşe Yılmaz, kimliğim 99123456789', 'benim adım [name]'],
    ['tr', 'KİMLİK NUMARAM 99 123 456 789 İPTAL', 'kimlik numaram [number] iptal'],
    ['tr', '157 YİMER', '157 yimer'],
    ['ar', 'اسمي محمد ورقمي ٠٥٥٥١٢٣٤٥٦٧', 'اسمي [name]'],
    ['ar', 'رقم ملفي ٩٩١٢٣٤٥٦٧٨٩ مرفوض', 'رقم ملفي [number] مرفوض'],
    ['fa', 'نام من رضا است', 'نام من [name]'],
    ['fa', 'شماره پرونده ۱۲۳۴۵۶', 'شماره پرونده [number]'],
    ['ru', 'Меня зовут Иван, депортация', 'меня зовут [name]'],
    ['fr', "Je m'appelle Awa, expulsion", "je m'appelle [name]"],
    ['so', 'Magacaygu waa Cali', 'magacaygu waa [name]'],
    ['ku', 'Navê min Rojda ye', 'navê min [name]'],
    ['az', 'Mənim adım Elvin', 'mənim adım [name]'],
    ['en', '  lots   of\tspace  ', 'lots of space'],
  ])('%s: %s', (lang, input, stored) => {
    expect(redactQuery(input, lang)).toBe(stored);
  });

  it('does not take a word that merely contains a name phrase', () => {
    expect(redactQuery('adımlar nelerdir', 'tr')).toBe('adımlar nelerdir');
  });

  it('caps very long questions', () => {
    expect(redactQuery('a '.repeat(500), 'en').length).toBeLessThanOrEqual(200);
  });
});
