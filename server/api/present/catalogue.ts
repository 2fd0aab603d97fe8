// Categories and languages, with the counts the widget shows next to them.
import type { Category, Language } from '../../knowledge/schema.ts';
import type { Snapshot } from '../../knowledge/snapshot.ts';
import { coverageOf, type CoverageKind } from '../../knowledge/coverage.ts';
import type { ApiCategory, Coverage, ApiLanguage } from '../contract.ts';
import { perSnapshot, pickText, type Reader } from './reader.ts';

/** Entry counts per country and category; the key "" counts every country. */
const categoryCounts = perSnapshot((kb) => {
  const counts = new Map<string, number>();
  const bump = (key: string) => counts.set(key, (counts.get(key) ?? 0) + 1);
  for (const entry of kb.entries.values()) {
    bump(`:${entry.category}`);
    bump(`${entry.country}:${entry.category}`);
  }
  return counts;
});

function presentCategory(kb: Snapshot, category: Category, country: string | undefined, reader: Reader): ApiCategory {
  const title = pickText(category.title, reader);
  return {
    id: category.id,
    ...(category.icon && { icon: category.icon }),
    title: title.value,
    ...(category.description && { description: pickText(category.description, reader).value }),
    lang: title.lang,
    entries: categoryCounts(kb).get(`${country ?? ''}:${category.id}`) ?? 0,
  };
}

/** Categories that have entries (for the country, when given): empty buttons only frustrate people. */
export function presentCategories(kb: Snapshot, country: string | undefined, reader: Reader): ApiCategory[] {
  return kb.categories.map((c) => presentCategory(kb, c, country, reader)).filter((c) => c.entries > 0);
}

const coverage = perSnapshot((kb) => {
  const { totals, languages } = coverageOf(kb);
  return new Map(
    languages.map(({ lang, counts }): [string, Coverage] => {
      const texts = [...kb.entries.values()].flatMap((e) => e.translations[lang] ?? []);
      const count = (kind: CoverageKind) => ({ total: totals[kind], translated: counts[kind] });
      return [
        lang,
        {
          ratio: totals.entries === 0 ? 0 : Math.round((counts.entries / totals.entries) * 100) / 100,
          entries: {
            ...count('entries'),
            reviewed: texts.filter((t) => t.status === 'original' || t.reviewed).length,
            outdated: texts.filter((t) => t.status === 'outdated').length,
          },
          flows: count('flows'),
          organisations: count('organisations'),
          categories: count('categories'),
          emergency: count('emergency'),
        },
      ];
    }),
  );
});

/** `language` must be one of the snapshot's languages: only those have coverage. */
export function presentLanguage(kb: Snapshot, language: Language): ApiLanguage {
  return {
    code: language.code,
    name: language.name,
    englishName: language.englishName,
    dir: language.dir,
    fallback: [...language.fallback],
    coverage: coverage(kb).get(language.code)!,
  };
}
