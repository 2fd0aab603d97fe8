import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersOf } from '../../../server/knowledge/numbers.ts';

const numbers = (text: string) => numbersOf(Buffer.from(text));
const missing = (source: string, translation: string) => missingNumbers(numbers(source), [Buffer.from(translation)]);

describe('numbers a translation must carry over', () => {
  it('reads a phone number in groups, and thousands with any separator, as one number', () => {
    expect([...numbers('Call 444 48 68 or +90 850 218 48 30.').keys()]).toEqual(['4444868', '908502184830']);
    expect([...numbers('34,500 families').keys()]).toEqual(['34500']);
    for (const written of ['34 500 семей', '34\u00a0500 familles', '34\u202f500 familles', '34.500 aile']) {
      expect([...numbers(written).keys()], written).toEqual(['34500']);
    }
    expect([...numbers('art. 71.2, Law 6458').keys()]).toEqual(['712', '6458']);
  });

  it('keeps how the source writes a number, for the message', () => {
    expect([...numbers('call 444 48 68.').values()]).toEqual(['444 48 68']);
  });

  it('leaves out numbers of one or two digits, which may rightly become words', () => {
    expect(numbers('7 days, 24 hours, 1 year').size).toBe(0);
  });

  it('finds a phone number that was lost, mistyped or written in other digits', () => {
    const source = 'Call 444 48 68 (free) or 112. Convention of 1951.';
    expect(missing(source, 'اتصل بـ 444 48 68 أو 112. اتفاقية 1951.')).toEqual([]);
    expect(missing(source, 'Arayın: 444 48 86 veya 112. 1951 Sözleşmesi.')).toEqual(['444 48 68']);
    expect(missing(source, 'با 444 48 68 یا 112 تماس بگیرید. کنوانسیون ۱۹۵۱.')).toEqual(['1951']);
  });

  it('takes a number written with other separators as the same number, and a longer number as another one', () => {
    expect(missing('34,500 families; 13,588 TL', '34 500 семей; 13\u00a0588 TL')).toEqual([]);
    expect(missing('Call 444 48 68.', 'Arayın: 444 48 689.')).toEqual(['444 48 68']);
  });
});
