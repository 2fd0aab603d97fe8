// What a first-time /ask question costs the server, split in-process (issue 13): the search itself, then the work
// around it: presenting the answer, serialising it to JSON bytes and compressing them (brotli, as browsers accept).
// Each stage runs over the same questions in one batch, timed with process.cpuUsage, which counts the zlib threads
// too. The questions are distinct ones from question-mix.ts, each asked once of one search (as a running server
// would: its presented entries are kept, its caches are warm); the JIT is warmed on other questions first.
// Sizes too are the lowest round mean (the rounds differ only in their questions).
// Run alone with `npx tsx bench/first-time-cost.ts`; `npm run bench` prints it too.
import { fileURLToPath } from 'node:url';
import { answerQuestion, MAX_ANSWERS } from '../server/api/answer.ts';
import { encodeAskResponse } from '../server/api/ask-json.ts';
import { cleanQuery } from '../server/api/contract.ts';
import { compress } from '../server/api/middleware/compression.ts';
import { loadKnowledge } from '../server/knowledge/load.ts';
import type { Snapshot } from '../server/knowledge/snapshot.ts';
import { createSearch, type AskResult, type Search } from '../server/search/index.ts';
import { distinctQuestions } from './question-mix.ts';

export const TARGETS = { searchUs: 1000, aroundSearchUs: 300 };

export interface FirstTimeCost {
  questions: number;
  /** Mean CPU per question of each stage, µs. */
  searchUs: number;
  /** Median of the search alone: one garbage collection or another process can make a single question slow. */
  searchMedianUs: number;
  presentUs: number;
  serialiseUs: number;
  compressUs: number;
  /** presentation + serialisation + compression */
  aroundSearchUs: number;
  /** Mean response size, JSON and brotli. */
  jsonBytes: number;
  brotliBytes: number;
}

const cpuUs = () => {
  const { user, system } = process.cpuUsage();
  return user + system;
};

interface Input {
  q: string;
  lang?: string;
  country?: string;
}

function inputOf(path: string): Input {
  const params = new URLSearchParams(path.slice(path.indexOf('?') + 1));
  return {
    q: cleanQuery(params.get('q')!),
    lang: params.get('lang') ?? undefined,
    country: params.get('country') ?? undefined,
  };
}

/** The search's answer to each question, replayed, so answerQuestion's own cost can be told from the search's. */
const replaying = (search: Search, result: AskResult): Search => ({ ...search, ask: () => result });

async function stages(kb: Snapshot, search: Search, inputs: readonly Input[]) {
  let started = cpuUs();
  const perSearch: number[] = [];
  const results = inputs.map((input) => {
    const before = cpuUs();
    const result = search.ask({ ...input, limit: MAX_ANSWERS });
    perSearch.push(cpuUs() - before);
    return result;
  });
  const searchUs = cpuUs() - started;
  started = cpuUs();
  const answered = inputs.map((input, i) => answerQuestion(kb, replaying(search, results[i]!), input));
  const presentUs = cpuUs() - started;
  started = cpuUs();
  const json = answered.map((response) => encodeAskResponse(response));
  const serialiseUs = cpuUs() - started;
  started = cpuUs();
  const compressed: Buffer[] = [];
  for (const body of json) compressed.push(await compress(body, 'br'));
  const compressUs = cpuUs() - started;
  const mean = (total: number) => Math.round(total / inputs.length);
  const sum = (buffers: Buffer[]) => buffers.reduce((n, b) => n + b.byteLength, 0);
  return {
    questions: inputs.length,
    searchUs: mean(searchUs),
    searchMedianUs: perSearch.sort((a, b) => a - b)[Math.floor(perSearch.length / 2)]!,
    presentUs: mean(presentUs),
    serialiseUs: mean(serialiseUs),
    compressUs: mean(compressUs),
    aroundSearchUs: mean(presentUs + serialiseUs + compressUs),
    jsonBytes: mean(sum(json)),
    brotliBytes: mean(sum(compressed)),
  };
}

const ROUNDS = 3;

/** Each stage's lowest mean over ROUNDS rounds of `questions` other distinct questions: the machine is shared, and
 *  another process or a garbage collection only ever adds time. */
export async function measureFirstTimeCost(root: string, questions = 1000): Promise<FirstTimeCost> {
  const kb = await loadKnowledge(`${root}/knowledge`);
  const search = createSearch(kb);
  const inputs = distinctQuestions(root, (ROUNDS + 1) * questions, 100).map(inputOf);
  await stages(kb, search, inputs.slice(0, questions));
  const rounds: FirstTimeCost[] = [];
  for (let round = 1; round <= ROUNDS; round++)
    rounds.push(await stages(kb, search, inputs.slice(round * questions, (round + 1) * questions)));
  const lowest = (key: keyof FirstTimeCost) => Math.min(...rounds.map((r) => r[key]));
  const [presentUs, serialiseUs, compressUs] = [lowest('presentUs'), lowest('serialiseUs'), lowest('compressUs')];
  return {
    questions: ROUNDS * questions,
    searchUs: lowest('searchUs'),
    searchMedianUs: lowest('searchMedianUs'),
    presentUs,
    serialiseUs,
    compressUs,
    aroundSearchUs: presentUs + serialiseUs + compressUs,
    jsonBytes: lowest('jsonBytes'),
    brotliBytes: lowest('brotliBytes'),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  console.table(await measureFirstTimeCost(fileURLToPath(new URL('..', import.meta.url))));
}
