// How much of the knowledge each language covers: the checker's matrix and the API's language list.
import type { Snapshot } from './snapshot.ts';
import { localizedTexts } from './localized.ts';

export const COVERAGE_KINDS = ['entries', 'flows', 'organisations', 'categories', 'emergency'] as const;
export type CoverageKind = (typeof COVERAGE_KINDS)[number];

export interface LanguageCoverage {
  lang: string;
  /** Per kind: how many items are fully written in this language (translations of any status count). */
  counts: Record<CoverageKind, number>;
}

/** A structured item counts only when every one of its translatable texts has the language. */
function fullyIn(item: unknown, lang: string): boolean {
  return localizedTexts(item).every(({ text }) => lang in text);
}

export function coverageOf(snapshot: Snapshot): {
  totals: Record<CoverageKind, number>;
  languages: LanguageCoverage[];
} {
  const items: Record<Exclude<CoverageKind, 'entries'>, readonly unknown[]> = {
    flows: [...snapshot.flows.values()],
    organisations: [...snapshot.organisations.values()],
    categories: snapshot.categories,
    emergency: snapshot.emergency,
  };
  const totals = {
    entries: snapshot.entries.size,
    flows: items.flows.length,
    organisations: items.organisations.length,
    categories: items.categories.length,
    emergency: items.emergency.length,
  };
  const languages = snapshot.languages.map(({ code }) => ({
    lang: code,
    counts: {
      entries: [...snapshot.entries.values()].filter((e) => code in e.translations).length,
      flows: items.flows.filter((f) => fullyIn(f, code)).length,
      organisations: items.organisations.filter((o) => fullyIn(o, code)).length,
      categories: items.categories.filter((c) => fullyIn(c, code)).length,
      emergency: items.emergency.filter((c) => fullyIn(c, code)).length,
    },
  }));
  return { totals, languages };
}
