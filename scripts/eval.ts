// `npm run eval`: measures answer quality over a question set (issue 4). Every question is asked through the real
// API (`/api/v1/ask?q=…&lang=…&country=…`, the country being the question's jurisdiction, as a partner site sets
// it); it counts as answered at rank k when one of its `expect_any` strings appears in the k-th answer's title,
// summary or text — the texts the reader sees, in their language or along its fallback chain. Prints recall@1,
// recall@3 and MRR per language, and the share of out-of-scope questions correctly answered with nothing.
// Always exits 0 (it is a measurement) unless `--min-recall3 X` is given and a language with at least 10
// questions falls below X.
//
//   npm run eval                                             # the project's own tests/eval/questions.jsonl
//   npm run eval -- --set ../shared/eval/dev-questions.jsonl # another set in the same format
//   npm run eval -- --misses                                 # also list the questions not answered at rank 1
//   npm run eval -- --without-country                        # ask without the country, as a bare API client
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.ts';
import { loadConfig } from '../server/config.ts';
import { loadKnowledge } from '../server/knowledge/load.ts';
import { createLogger } from '../server/log.ts';
import type { AskResponse } from '../server/api/contract.ts';
import { createSearch } from '../server/search/index.ts';

interface Question {
  id: string;
  lang: string;
  q: string;
  topic: string;
  jurisdiction?: string;
  expect_any: string[];
}

interface Shown {
  title: string;
  text: string;
}

type Ask = (question: Question) => Promise<Shown[]>;

const OUT_OF_SCOPE = 'out-of-scope';
/** Only languages with this many questions are held to the targets; fewer say too little. */
const MIN_QUESTIONS = 10;
const TARGETS = { recall1: 0.75, recall3: 0.9, outOfScope: 0.9 };

async function readQuestions(path: string): Promise<Question[]> {
  const lines = (await readFile(path, 'utf8')).split('\n').filter((l) => l.trim());
  return lines.map((line, i) => {
    try {
      return JSON.parse(line) as Question;
    } catch {
      throw new Error(`${path}:${i + 1}: not a JSON object`);
    }
  });
}

/** Asks the app as the widget does; rate limiting is off, since this is one client asking many questions, and so is the
 *  answer cache, since each is asked once. */
async function askApi(knowledgeDir: string, withCountry: boolean): Promise<{ ask: Ask; entries: number }> {
  const kb = await loadKnowledge(knowledgeDir);
  const search = createSearch(kb);
  const app = createApp({
    knowledge: () => kb,
    search: () => search,
    config: { rateLimitPerMinute: 0, trustProxy: false, askCacheEntries: 0 },
    log: createLogger('silent'),
  });
  const ask: Ask = async ({ q, lang, jurisdiction }) => {
    const params = new URLSearchParams({ q, lang, ...(withCountry && jurisdiction ? { country: jurisdiction } : {}) });
    const res = await app.request(`/api/v1/ask?${params}`);
    if (!res.ok) throw new Error(`/api/v1/ask?${params} answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as AskResponse;
    return body.answers.map((a) => ({ title: a.title, text: `${a.summary}\n${a.text}` }));
  };
  return { ask, entries: kb.entries.size };
}

/** 1-based rank of the first answer containing an expected string; 0 when none does. */
function rankOfAnswer(question: Question, answers: readonly Shown[]): number {
  const expected = question.expect_any.map((s) => s.toLowerCase());
  const at = answers.findIndex((a) => {
    const shown = `${a.title}\n${a.text}`.toLowerCase();
    return expected.some((s) => shown.includes(s));
  });
  return at + 1;
}

interface Row {
  lang: string;
  n: number;
  recall1: number;
  recall3: number;
  mrr: number;
  outOfScope: number;
  outOfScopeCorrect: number;
}

function summarise(lang: string, results: readonly { question: Question; rank: number; answered: boolean }[]): Row {
  const scored = results.filter((r) => r.question.topic !== OUT_OF_SCOPE);
  const oos = results.filter((r) => r.question.topic === OUT_OF_SCOPE);
  const share = (f: (rank: number) => number) => (scored.length ? scored.reduce((s, r) => s + f(r.rank), 0) / scored.length : 0);
  return {
    lang,
    n: scored.length,
    recall1: share((rank) => Number(rank === 1)),
    recall3: share((rank) => Number(rank >= 1 && rank <= 3)),
    mrr: share((rank) => (rank ? 1 / rank : 0)),
    outOfScope: oos.length,
    outOfScopeCorrect: oos.filter((r) => !r.answered).length,
  };
}

function formatTable(rows: readonly Row[]): string {
  const pct = (x: number) => x.toFixed(2).padStart(6);
  const lines = ['lang     n    R@1    R@3    MRR   out-of-scope'];
  for (const r of rows) {
    const oos = r.outOfScope ? `${r.outOfScopeCorrect}/${r.outOfScope} = ${(r.outOfScopeCorrect / r.outOfScope).toFixed(2)}` : '–';
    const flag = r.n >= MIN_QUESTIONS && (r.recall3 < TARGETS.recall3 || r.recall1 < TARGETS.recall1) ? '  below target' : '';
    lines.push(`${r.lang.padEnd(5)}${String(r.n).padStart(4)} ${pct(r.recall1)} ${pct(r.recall3)} ${pct(r.mrr)}   ${oos}${flag}`);
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', default: 'tests/eval/questions.jsonl' },
      'min-recall3': { type: 'string' },
      misses: { type: 'boolean', default: false },
      'without-country': { type: 'boolean', default: false },
    },
  });
  const questions = await readQuestions(values.set!);
  const { ask, entries } = await askApi(loadConfig(process.env).knowledgeDir, !values['without-country']);
  const results = [];
  for (const question of questions) {
    const answers = await ask(question);
    results.push({ question, answers, rank: rankOfAnswer(question, answers), answered: answers.length > 0 });
  }
  const unscorable = results.filter((r) => r.question.topic !== OUT_OF_SCOPE && r.question.expect_any.length === 0);
  const scorable = results.filter((r) => !unscorable.includes(r));
  const langs = [...new Set(scorable.map((r) => r.question.lang))].sort();
  const rows = [...langs.map((lang) => summarise(lang, scorable.filter((r) => r.question.lang === lang))), summarise('all', scorable)];

  console.log(`${values.set}: ${questions.length} questions, ${entries} entries${values['without-country'] ? ', asked without country' : ''}`);
  console.log(formatTable(rows));
  if (unscorable.length) console.log(`not scored (no expect_any): ${unscorable.map((r) => r.question.id).join(', ')}`);
  if (values.misses) {
    for (const r of scorable.filter((r) => (r.question.topic === OUT_OF_SCOPE ? r.answered : r.rank !== 1))) {
      const got = r.answers.slice(0, 3).map((a) => a.title).join(' | ') || '(no answer)';
      console.log(`miss ${r.question.id} [${r.question.lang}] rank ${r.rank || '–'}: ${r.question.q}\n     got: ${got}`);
    }
  }
  const min = values['min-recall3'] === undefined ? undefined : Number(values['min-recall3']);
  const failing = min === undefined ? [] : rows.filter((r) => r.n >= MIN_QUESTIONS && r.recall3 < min);
  if (failing.length) console.log(`recall@3 below ${min}: ${failing.map((r) => r.lang).join(', ')}`);
  return failing.length ? 1 : 0;
}

process.exitCode = await main();
