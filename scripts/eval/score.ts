// Judging replies by entry id and summing them up per language (issue 11).
import { isOutOfScope, type Question } from './questions.ts';
import type { Reply } from './engines.ts';

/** Only languages with this many answerable questions are held to the per-language target; fewer say too little. */
const MIN_QUESTIONS = 10;
const TARGETS = { recall1: 0.75, recall3: 0.9, recall3PerLang: 0.85, outOfScope: 0.9 };

export interface Judged {
  question: Pick<Question, 'id' | 'lang' | 'q' | 'answers' | 'orgs'>;
  reply: Reply;
  /** 1-based rank of the first right entry (a named organisation found counts as rank 1); 0 when none. */
  rank: number;
}

export function judge(question: Judged['question'], reply: Reply): Judged {
  const at = reply.ranked.findIndex((id) => question.answers.includes(id)) + 1;
  const org = question.orgs.some((id) => reply.orgs.includes(id));
  return { question, reply, rank: org ? 1 : at };
}

export interface Row {
  lang: string;
  n: number;
  recall1: number;
  recall3: number;
  mrr: number;
  /** In-scope questions with neither an answer nor a "did you mean". */
  answerless: number;
  outOfScope: number;
  outOfScopeCorrect: number;
}

function summarise(lang: string, judged: readonly Judged[]): Row {
  const scored = judged.filter((j) => !isOutOfScope(j.question));
  const oos = judged.filter((j) => isOutOfScope(j.question));
  const share = (f: (rank: number) => number) =>
    scored.length ? scored.reduce((s, j) => s + f(j.rank), 0) / scored.length : 0;
  return {
    lang,
    n: scored.length,
    recall1: share((rank) => Number(rank === 1)),
    recall3: share((rank) => Number(rank >= 1 && rank <= 3)),
    mrr: share((rank) => (rank ? 1 / rank : 0)),
    answerless: scored.filter((j) => j.rank === 0 && j.reply.ranked.length === 0).length,
    outOfScope: oos.length,
    outOfScopeCorrect: oos.filter((j) => !j.reply.answered).length,
  };
}

/** Rows per language, then "all". */
export function rowsOf(judged: readonly Judged[]): Row[] {
  const langs = [...new Set(judged.map((j) => j.question.lang))].sort();
  return [
    ...langs.map((lang) =>
      summarise(
        lang,
        judged.filter((j) => j.question.lang === lang),
      ),
    ),
    summarise('all', judged),
  ];
}

const num = (x: number) => x.toFixed(2).padStart(6);

export function formatRows(engines: readonly { name: string; rows: readonly Row[] }[]): string {
  const out = ['lang  engine        n    R@1    R@3    MRR  no-answer  out-of-scope'];
  for (const [i, row] of engines[0]!.rows.entries()) {
    for (const { name, rows } of engines) {
      const r = rows[i]!;
      const oos = r.outOfScope
        ? `${r.outOfScopeCorrect}/${r.outOfScope} = ${(r.outOfScopeCorrect / r.outOfScope).toFixed(2)}`
        : '–';
      out.push(
        `${row.lang.padEnd(6)}${name.padEnd(11)}${String(r.n).padStart(4)} ${num(r.recall1)} ${num(r.recall3)} ${num(r.mrr)} ${String(r.answerless).padStart(10)}  ${oos}`,
      );
    }
  }
  return out.join('\n');
}

/** Which of the targets a held-out result misses (empty when it meets them all). Printed, not gated:
 *  they are where the search is going, not yet where it is. */
export function targetMisses(rows: readonly Row[]): string[] {
  const misses: string[] = [];
  const all = rows.at(-1)!;
  if (all.recall3 < TARGETS.recall3) misses.push(`recall@3 ${all.recall3.toFixed(2)} < ${TARGETS.recall3}`);
  if (all.recall1 < TARGETS.recall1) misses.push(`recall@1 ${all.recall1.toFixed(2)} < ${TARGETS.recall1}`);
  misses.push(...languagesUnderRecall3(rows));
  if (all.outOfScope && all.outOfScopeCorrect / all.outOfScope < TARGETS.outOfScope)
    misses.push(`out-of-scope ${all.outOfScopeCorrect}/${all.outOfScope} < ${TARGETS.outOfScope}`);
  misses.push(...answerless(all));
  return misses;
}

/** Languages with enough questions to say so whose recall@3 is under the per-language target. */
function languagesUnderRecall3(rows: readonly Row[]): string[] {
  return rows
    .slice(0, -1)
    .filter((r) => r.n >= MIN_QUESTIONS && r.recall3 < TARGETS.recall3PerLang)
    .map((r) => `${r.lang}: recall@3 ${r.recall3.toFixed(2)} < ${TARGETS.recall3PerLang}`);
}

const answerless = (all: Row) =>
  all.answerless > 0 ? [`${all.answerless} in-scope question(s) with no answer and no "did you mean"`] : [];

/** Why one held-out set fails the CI gate on its own: an in-scope question left with neither an answer nor a "did
 *  you mean", or, for first questions, recall@3 under the per-language target in a language with enough
 *  questions to say so. (Follow-ups have 2 a language: one question moves recall by 0.5.) Empty when it passes. */
export function setGateFailures(rows: readonly Row[], followUps: boolean): string[] {
  return [...answerless(rows.at(-1)!), ...(followUps ? [] : languagesUnderRecall3(rows))];
}

/** Out-of-scope questions turned away at least this often (MiniSearch, with no threshold, turns none away). */
const GATE_OUT_OF_SCOPE = 0.8;

/** Why a held-out result fails the CI gate: behind the stock baseline on recall@1 or recall@3, or answering
 *  out-of-scope questions. Empty when it passes. */
export function gateFailures(rows: readonly Row[], baseline: readonly Row[]): string[] {
  const failures: string[] = [];
  const all = rows.at(-1)!;
  const base = baseline.at(-1)!;
  if (all.recall1 < base.recall1)
    failures.push(`recall@1 ${all.recall1.toFixed(2)} behind MiniSearch ${base.recall1.toFixed(2)}`);
  if (all.recall3 < base.recall3)
    failures.push(`recall@3 ${all.recall3.toFixed(2)} behind MiniSearch ${base.recall3.toFixed(2)}`);
  if (all.outOfScope && all.outOfScopeCorrect / all.outOfScope < GATE_OUT_OF_SCOPE)
    failures.push(`out-of-scope ${all.outOfScopeCorrect}/${all.outOfScope} < ${GATE_OUT_OF_SCOPE}`);
  return failures;
}
