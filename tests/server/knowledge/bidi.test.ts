import { describe, expect, it } from 'vitest';
import { splitLtrRuns } from '../../../server/knowledge/bidi.ts';

const ltr = (text: string) =>
  splitLtrRuns(text)
    .filter((r) => r.ltr)
    .map((r) => r.text);

describe('splitLtrRuns', () => {
  it('keeps a phone number with its groups and its plus sign in one run', () => {
    expect(ltr('اتصل بالرقم 444 48 68 الآن')).toEqual(['444 48 68']);
    expect(ltr('مرکز: +90 850 218 48 30،')).toEqual(['+90 850 218 48 30']);
    expect(ltr('د UNHCR شمېره +994 51 207 59 96 ده')).toEqual(['UNHCR', '+994 51 207 59 96']);
  });

  it('keeps times, Latin names with Turkish letters and article numbers together, and stops at Arabic punctuation', () => {
    expect(ltr('ساعت 10:00–18:00 در (Adli Yardım Bürosu)')).toEqual(['10:00–18:00', 'Adli Yardım Bürosu']);
    expect(ltr('القانون 6458، المادة 53')).toEqual(['6458', '53']);
  });

  it('gives back the whole text, in order', () => {
    const text = 'خط **444 48 68** (Pazartesi) — ۱۲ روز';
    expect(
      splitLtrRuns(text)
        .map((r) => r.text)
        .join(''),
    ).toBe(text);
    expect(ltr('۱۲ روز')).toEqual([]);
  });
});
