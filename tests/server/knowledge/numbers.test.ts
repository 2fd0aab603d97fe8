import { describe, expect, it } from 'vitest';
import { missingNumbers, numbersOf } from '../../../server/knowledge/numbers.ts';

describe('numbers a translation must carry over', () => {
  it('reads a phone number in groups, and thousands with any separator, as one number', () => {
    expect([...numbersOf('Call 444 48 68 or +90 850 218 48 30.').keys()]).toEqual(['4444868', '908502184830']);
    expect([...numbersOf('34,500 families').keys()]).toEqual([...numbersOf('34 500 семей').keys()]);
    expect([...numbersOf('art. 71.2, Law 6458').keys()]).toEqual(['712', '6458']);
  });

  it('leaves out numbers of one or two digits, which may rightly become words', () => {
    expect(numbersOf('7 days, 24 hours, 1 year').size).toBe(0);
  });

  it('finds a phone number that was lost, mistyped or written in other digits', () => {
    const source = 'Call 444 48 68 (free) or 112. Convention of 1951.';
    expect(missingNumbers(source, 'اتصل بـ 444 48 68 أو 112. اتفاقية 1951.')).toEqual([]);
    expect(missingNumbers(source, 'Arayın: 444 48 86 veya 112. 1951 Sözleşmesi.')).toEqual(['444 48 68']);
    expect(missingNumbers(source, 'با 444 48 68 یا 112 تماس بگیرید. کنوانسیون ۱۹۵۱.')).toEqual(['1951']);
  });
});
