// The two engines the eval asks side by side: Huquq through its real API, and the stock MiniSearch baseline
// (issue 11: a hand-written part earns its place by beating a stock library on the same data).
import MiniSearch from 'minisearch';
import { createApp } from '../../server/app.ts';
import type { AskResponse } from '../../server/api/contract.ts';
import { renderBody } from '../../server/knowledge/markdown.ts';
import type { Snapshot } from '../../server/knowledge/snapshot.ts';
import { createLogger } from '../../server/log.ts';
import { createSearch } from '../../server/search/index.ts';

/** What a reader sees: entry ids in order (answers, then "did you mean" as the ranks after), organisations. */
export interface Reply {
  ranked: string[];
  /** Whether there was a confident answer (out-of-scope questions should have none). */
  answered: boolean;
  orgs: string[];
}

interface Asked {
  q: string;
  lang: string;
  country: string;
  /** The entry the previous answer showed, for a follow-up. */
  context?: string;
}

export type Engine = (asked: Asked) => Promise<Reply>;

/** Huquq as the widget asks it; rate limiting and the answer cache are off (one client, each question once). */
export function huquq(kb: Snapshot): Engine {
  const search = createSearch(kb);
  const app = createApp({
    knowledge: () => kb,
    search: () => search,
    config: { rateLimitPerMinute: 0, trustProxy: false, askCacheEntries: 0 },
    log: createLogger('silent'),
  });
  return async ({ q, lang, country, context }) => {
    const params = new URLSearchParams({ q, lang, country, ...(context ? { context } : {}) });
    const res = await app.request(`/api/v1/ask?${params}`);
    if (!res.ok) throw new Error(`/api/v1/ask?${params} answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as AskResponse;
    return {
      ranked: [...body.answers.map((a) => a.id), ...body.didYouMean.map((d) => d.id)],
      answered: body.answers.length > 0,
      orgs: body.organisations.map((o) => o.id),
    };
  };
}

interface Doc {
  id: string;
  target: string;
  kind: 'entry' | 'organisation';
  countries: readonly string[];
  title: string;
  keywords: string;
  summary: string;
  body: string;
}

/** Stock MiniSearch with no tuning: one document per entry and language (title, keywords, summary, body) and per
 *  organisation and language, prefix and fuzzy matching, filtered by the page's country. */
export function miniSearch(kb: Snapshot): Engine {
  const docs: Doc[] = [];
  for (const entry of kb.entries.values()) {
    for (const t of Object.values(entry.translations)) {
      const body = renderBody(t.body).text;
      docs.push({
        id: `${entry.id}/${t.lang}`,
        target: entry.id,
        kind: 'entry',
        countries: [entry.country],
        title: t.title,
        keywords: t.keywords.join(' '),
        summary: t.summary,
        body,
      });
    }
  }
  for (const org of kb.organisations.values()) {
    for (const [lang, name] of Object.entries(org.name)) {
      const summary = org.description[lang] ?? '';
      docs.push({
        id: `org:${org.id}/${lang}`,
        target: org.id,
        kind: 'organisation',
        countries: org.countries,
        title: name,
        keywords: org.cities.join(' '),
        summary,
        body: '',
      });
    }
  }
  const index = new MiniSearch<Doc>({
    fields: ['title', 'keywords', 'summary', 'body'],
    storeFields: ['target', 'kind', 'countries'],
    searchOptions: { prefix: true, fuzzy: 0.2 },
  });
  index.addAll(docs);
  const distinct = (hits: readonly { target: string }[]) => [...new Set(hits.map((h) => h.target))];
  return async ({ q, country }) => {
    const hits = index.search(q, { filter: (r) => (r.countries as string[]).includes(country) }) as unknown as {
      target: string;
      kind: string;
    }[];
    const ranked = distinct(hits.filter((h) => h.kind === 'entry'));
    return {
      ranked,
      answered: ranked.length > 0,
      orgs: distinct(hits.filter((h) => h.kind === 'organisation')).slice(0, 3),
    };
  };
}
