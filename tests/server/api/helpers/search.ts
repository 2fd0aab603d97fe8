// A tiny stand-in for the search engine, for tests of the API's own behaviour: whole-word matches on titles and
// keywords in any language, a few urgent words, script-based language detection. Deliberately predictable.
import type { Search, SearchHit } from '../../../../server/search/index.ts';
import type { Snapshot } from '../../../../server/knowledge/snapshot.ts';

const URGENT = ['detained', 'deported', 'gözaltı'];

function words(text: string): string[] {
  return text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function detect(q: string): string {
  if (/[\u0600-\u06FF]/.test(q)) return 'ar';
  if (/[ığşçöüİ]/.test(q)) return 'tr';
  return 'en';
}

export function standInSearch(kb: Snapshot): Search {
  const index = [...kb.entries.values()].map((entry) => ({
    id: entry.id,
    words: new Set(Object.values(entry.translations).flatMap((t) => [...words(t.title), ...t.keywords.flatMap(words)])),
    titles: Object.values(entry.translations),
  }));
  return {
    ask({ q, limit = 5 }) {
      const asked = words(q);
      const score = (set: Set<string>, match: (w: string, k: string) => boolean) =>
        asked.filter((w) => [...set].some((k) => match(w, k))).length;
      const rank = (match: (w: string, k: string) => boolean): SearchHit[] =>
        index
          .map(({ id, words: set }) => ({ id, score: score(set, match) }))
          .filter((h) => h.score > 0)
          .sort((a, b) => b.score - a.score || a.id.localeCompare(b.id))
          .slice(0, limit);
      const hits = rank((w, k) => w === k);
      const near = (w: string, k: string) => w.length >= 4 && k.startsWith(w.slice(0, 4));
      return {
        detectedLang: detect(q),
        urgent: asked.some((w) => URGENT.includes(w)),
        hits,
        didYouMean: hits.length ? [] : rank(near),
        notCovered: false,
        // Organisations named in the question, by a word of their English name.
        organisations: [...kb.organisations.values()]
          .filter((o) => words(o.name.en ?? '').some((w) => w.length > 3 && asked.includes(w)))
          .map((o) => ({ id: o.id, score: 1 })),
      };
    },
    suggest({ q, lang, limit }) {
      const prefix = q.toLocaleLowerCase();
      return index
        .flatMap(({ id, titles }) =>
          titles
            .filter((t) => t.lang === lang && t.title.toLocaleLowerCase().startsWith(prefix))
            .map((t) => ({ id, title: t.title, lang })),
        )
        .slice(0, limit);
    },
  };
}

/** A search that finds nothing to answer and suggests `suggestions` for any prefix: for tests of /suggest's own limits. */
export function suggestingSearch(suggestions: ReturnType<Search['suggest']>): Search {
  return {
    ask: () => ({ detectedLang: 'en', urgent: false, hits: [], didYouMean: [], organisations: [], notCovered: false }),
    suggest: () => suggestions,
  };
}
