// Search CPU per first-time question (issue 11: ≤ 1 ms): the bench's questions in 11 languages, each asked once
// of a freshly built search over the real knowledge, timed with process.cpuUsage (the search alone, no HTTP).
// The JIT is warmed first on other text (type-ahead prefixes), so the figure is a steady server's, not start-up's.
// Run alone with `npx tsx bench/search-cost.ts`; `npm run bench` prints it too.
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../server/knowledge/load.ts';
import { createSearch } from '../server/search/index.ts';
import { prefixes, QUESTIONS } from './questions.ts';

export const SEARCH_CPU_TARGET_US = 1000;

export interface SearchCost {
  questions: number;
  meanUs: number;
  /** The median: this machine is shared, and one garbage collection or another process can make a single question slow. */
  medianUs: number;
  maxUs: number;
  pass: boolean;
}

const cpuUs = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

export async function measureSearchCost(knowledgeDir: string): Promise<SearchCost> {
  const kb = await loadKnowledge(knowledgeDir);
  const warm = createSearch(kb);
  for (let round = 0; round < 20; round++) for (const { q, lang } of prefixes()) warm.ask({ q: `${q}${round}`, lang, country: 'TR' });
  const search = createSearch(kb);
  const costs: number[] = [];
  for (const [lang, questions] of Object.entries(QUESTIONS)) {
    for (const [i, q] of questions.entries()) {
      const started = cpuUs();
      search.ask({ q, lang, country: i % 2 ? 'AZ' : 'TR' });
      costs.push(cpuUs() - started);
    }
  }
  const meanUs = Math.round(costs.reduce((a, b) => a + b, 0) / costs.length);
  const medianUs = [...costs].sort((a, b) => a - b)[Math.floor(costs.length / 2)]!;
  return { questions: costs.length, meanUs, medianUs, maxUs: Math.max(...costs), pass: medianUs <= SEARCH_CPU_TARGET_US };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const cost = await measureSearchCost(fileURLToPath(new URL('../knowledge', import.meta.url)));
  console.log(`search CPU per first-time question: median ${cost.medianUs} µs, mean ${cost.meanUs} µs, max ${cost.maxUs} µs over ${cost.questions} questions (target ≤ ${SEARCH_CPU_TARGET_US} µs)`);
}
