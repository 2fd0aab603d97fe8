import { describe, expect, it } from 'vitest';
import { DEFAULT_SAFE_URL, parseOptions } from '../../widget/options.ts';

const parse = (raw: Record<string, unknown>) => {
  const warnings: string[] = [];
  return { options: parseOptions(raw, (m) => warnings.push(m)), warnings };
};

describe('parseOptions', () => {
  it('gives the defaults for no options, without warnings', () => {
    expect(parse({})).toEqual({
      options: { lang: 'auto', position: 'bottom-right', mode: 'launcher', safeUrl: DEFAULT_SAFE_URL, preload: 'open' },
      warnings: [],
    });
  });

  it('accepts every valid option', () => {
    const { options, warnings } = parse({
      partner: 'kopru-demo',
      lang: 'ar',
      country: 'TR',
      position: 'bottom-left',
      accent: '#7a2e12',
      mode: 'inline',
      target: '#faq, .help',
      safeUrl: 'https://www.bbc.com/weather',
      greeting: 'Merhaba!',
      nonce: 'abc+/=',
      preload: 'idle',
    });
    expect(warnings).toEqual([]);
    expect(options).toMatchObject({
      lang: 'ar',
      country: 'TR',
      accent: '#7a2e12',
      mode: 'inline',
      target: '#faq, .help',
      preload: 'idle',
    });
  });

  it('warns about each bad value, says what it expected, and keeps the default', () => {
    const { options, warnings } = parse({ lang: 'xx', position: 'top', safeUrl: 'javascript:alert(1)', country: 'tr' });
    expect(options).toMatchObject({ lang: 'auto', position: 'bottom-right', safeUrl: DEFAULT_SAFE_URL });
    expect(options.country).toBeUndefined();
    expect(warnings).toEqual([
      'option "lang": expected "auto" or a language code such as "ar", found "xx"; using the default.',
      'option "position": expected bottom-right or bottom-left, found "top"; using the default.',
      'option "safeUrl": expected a web address starting with https://, found "javascript:alert(1)"; using the default.',
      'option "country": expected a two-letter country code such as "TR", found "tr"; using the default.',
    ]);
  });

  it('refuses an accent white text cannot be read on, and a broken selector', () => {
    const { options, warnings } = parse({ accent: '#ffeb3b', target: 'div[' });
    expect(options.accent).toBeUndefined();
    expect(options.target).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(parse({ accent: '#000' }).options.accent).toBe('#000');
  });

  it('warns about unknown options and non-string values from the JSON block', () => {
    const { warnings } = parse({ colour: 'red', lang: 42 });
    expect(warnings).toEqual([
      'unknown option "colour" ignored.',
      'option "lang": expected "auto" or a language code such as "ar", found 42; using the default.',
    ]);
  });

  it('falls back to the launcher when inline mode has no target', () => {
    const { options, warnings } = parse({ mode: 'inline' });
    expect(options.mode).toBe('launcher');
    expect(warnings[0]).toMatch(/inline needs a "target"/);
  });
});
