import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { GENERATED, languagesModule, REGISTRY } from '../../scripts/languages-module.ts';
import { dirOf, langFromTag, LANGS } from '../../widget/languages.ts';
import { NATIVE_NAMES, nativeName } from '../../widget/panel/language-names.ts';

const registry = (parse(readFileSync(REGISTRY, 'utf8')) as { languages: { code: string; name: string; dir: string }[] })
  .languages;

describe('the widget language list', () => {
  it('is generated from the current registry (run `npm run build` after changing knowledge/languages.yaml)', () => {
    expect(readFileSync(GENERATED, 'utf8')).toBe(languagesModule(readFileSync(REGISTRY, 'utf8')));
  });

  it('is the registry in knowledge/languages.yaml: codes, order, direction and native names', () => {
    expect([...LANGS]).toEqual(registry.map((l) => l.code));
    for (const l of registry) {
      expect(dirOf(l.code), l.code).toBe(l.dir);
      expect(NATIVE_NAMES[l.code as keyof typeof NATIVE_NAMES], l.code).toBe(l.name);
    }
  });

  it('maps BCP 47 tags to widget languages', () => {
    expect(langFromTag('ar-EG')).toBe('ar');
    expect(langFromTag(' TR ')).toBe('tr');
    expect(langFromTag('uk_UA')).toBe('uk');
    expect(langFromTag('kmr')).toBe('ku');
    expect(langFromTag('de-DE')).toBeUndefined();
    expect(langFromTag(null)).toBeUndefined();
  });

  it('names other languages in themselves through Intl', () => {
    expect(nativeName('ar')).toBe('العربية');
    expect(nativeName('de')).toBe('Deutsch');
    expect(nativeName('not a code')).toBe('not a code');
  });
});
