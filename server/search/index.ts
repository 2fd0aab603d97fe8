// The search engine: createSearch(snapshot) → { ask, suggest }. See create-search.ts.
export { createSearch, type AskResult, type Search, type SearchHit } from './create-search.ts';
