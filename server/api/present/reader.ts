// Who is reading: their language and its fallback chain (languages.yaml: own → fallback list → en).
import type { Snapshot } from '../../knowledge/snapshot.ts';
import type { Translation } from '../contract.ts';

export interface Reader {
  lang: string;
  /** Languages to try, in order; always ends with English. */
  chain: readonly string[];
}

/** The language every text exists in (the schema requires it) and every chain ends with. */
const BASE_LANG = 'en';

export function readerFor(kb: Snapshot, lang: string): Reader {
  const fallback = kb.languages.find((l) => l.code === lang)?.fallback ?? [];
  return { lang, chain: [...new Set([lang, ...fallback, BASE_LANG])] };
}

export interface Picked {
  value: string;
  lang: string;
}

/** The text in the first language of the reader's chain that has it. */
export function pickText(text: Readonly<Record<string, string>>, reader: Reader): Picked {
  for (const lang of reader.chain) {
    const value = text[lang];
    if (value !== undefined) return { value, lang };
  }
  // Unreachable for validated knowledge (English is required); kept total so a bad snapshot cannot crash a request.
  const [lang = BASE_LANG, value = ''] = Object.entries(text)[0] ?? [];
  return { value, lang };
}

/** For texts written in English first (organisations, flows, categories): how the served text relates to the reader. */
export function translationOf(reader: Reader, servedLang: string): Translation {
  if (servedLang !== reader.lang) return 'fallback';
  return servedLang === BASE_LANG ? 'original' : 'translated';
}

/** Caches a value derived from one snapshot; a reload makes a new snapshot, so stale values are never served. */
export function perSnapshot<T>(build: (kb: Snapshot) => T): (kb: Snapshot) => T {
  const cache = new WeakMap<Snapshot, T>();
  return (kb) => {
    let value = cache.get(kb);
    if (value === undefined) {
      value = build(kb);
      cache.set(kb, value);
    }
    return value;
  };
}
