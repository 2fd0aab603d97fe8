// Every language has every UI string, including the plural forms its grammar needs (Intl.PluralRules).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../widget/languages.ts';

const PLURAL = /_(zero|one|two|few|many|other)$/;
const load = (lang: string, ns: string) =>
  JSON.parse(readFileSync(`widget/locales/${lang}/${ns}.json`, 'utf8')) as Record<string, unknown>;

/** Flattened keys with their values: { "ask.label": "Your question", ... }. */
function flatten(tree: Record<string, unknown>, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out.set(prefix + key, value);
    else for (const [k, v] of flatten(value as Record<string, unknown>, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}

/** The keys `lang` must have: English's, with plural keys expanded to the language's own categories. */
function expectedKeys(english: Map<string, string>, lang: string): string[] {
  const categories = new Intl.PluralRules(lang).resolvedOptions().pluralCategories;
  const keys = new Set<string>();
  for (const key of english.keys()) {
    if (!PLURAL.test(key)) keys.add(key);
    else for (const category of categories) keys.add(key.replace(PLURAL, `_${category}`));
  }
  return [...keys].sort();
}

const placeholders = (text: string) => [...text.matchAll(/\{\{\s*(\w+)/g)].map((m) => m[1]).sort();

describe.each(['translation', 'launcher'])('locales: %s', (ns) => {
  const english = flatten(load('en', ns));

  it('exist for exactly the widget languages', () => {
    expect(readdirSync('widget/locales').sort()).toEqual([...LANGS].sort());
  });

  it.each([...LANGS])('%s has every key and no other', (lang) => {
    const strings = flatten(load(lang, ns));
    expect([...strings.keys()].sort()).toEqual(expectedKeys(english, lang));
  });

  it.each([...LANGS])('%s has no empty strings and keeps the placeholders', (lang) => {
    const strings = flatten(load(lang, ns));
    for (const [key, text] of strings) {
      expect(text.trim(), `${lang} ${key}`).not.toBe('');
      const source = english.get(key) ?? english.get(key.replace(PLURAL, '_other'))!;
      // A plural form may say "one" in words instead of {{count}} (Arabic: "منظمة واحدة").
      const wanted = placeholders(source).filter((p) => !PLURAL.test(key) || p !== 'count');
      for (const name of wanted) expect(placeholders(text), `${lang} ${key}`).toContain(name);
    }
  });

  it.each([...LANGS.filter((l) => l !== 'en')])('%s is translated, not copied from English', (lang) => {
    const strings = flatten(load(lang, ns));
    // Brand names and cognates ("WhatsApp", French "Documents") may match; a copied file would match throughout.
    const same = [...strings].filter(([key, text]) => english.get(key) === text);
    expect(same.length / strings.size, same.map(([k]) => k).join(', ')).toBeLessThan(0.1);
  });
});
