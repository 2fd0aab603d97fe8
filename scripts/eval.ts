// `npm run eval`: answer quality judged by entry id (issue 11). Every set is asked through the real API with the
// question's language and country, as a partner page sets them; the stock MiniSearch baseline answers the same
// questions and its row is printed under Huquq's, per set and language. Held-out sets come first (the headline
// and the CI gate); development sets follow (tuning happens on those only). A returned entry is right only when
// it is one of the question's judged `answers`; "did you mean" items count as the ranks after the answers.
// Follow-up sets ask each later turn with the previous turn's top answer as `context`.
//
//   npm run eval                          # every set that exists (see DEFAULT_SETS)
//   npm run eval -- --set path.jsonl      # one set (repeatable), format as in tests/eval/questions.jsonl
//   npm run eval -- --dev                 # development sets only: for tuning, without seeing held-out results
//   npm run eval -- --misses              # also list the questions not answered at rank 1
//   npm run eval -- --gate                # exit 1 when the held-out questions fall behind MiniSearch or a target the gate holds
//                                         # or out-of-scope questions are answered
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../server/config.ts';
import { evalTextsOf } from '../server/knowledge/eval-questions.ts';
import { listFiles } from '../server/knowledge/disk.ts';
import { leaks } from '../server/search/leakage.ts';
import { loadKnowledge } from '../server/knowledge/load.ts';
import { formatDiagnostic } from '../server/knowledge/report.ts';
import type { Snapshot } from '../server/knowledge/snapshot.ts';
import { huquq, miniSearch, type Engine } from './eval/engines.ts';
import { DEFAULT_SETS, present, readFollowUps, readQuestions, type Question, type SetSpec } from './eval/questions.ts';
import {
  formatRows,
  gateFailures,
  judge,
  rowsOf,
  setGateFailures,
  targetMisses,
  type Judged,
  type Row,
} from './eval/score.ts';

const ENGINES = ['huquq', 'minisearch'] as const;

/** Answer ids that name no entry: warned about, and the question left out of the score (content may lag). */
function unknownAnswers(kb: Snapshot, answers: readonly string[]): string[] {
  return answers.filter((a) => !kb.entries.has(a));
}

async function judgeSet(spec: SetSpec, kb: Snapshot, engine: Engine, warn: (line: string) => void): Promise<Judged[]> {
  const judged: Judged[] = [];
  if (spec.followUps) {
    for (const convo of readFollowUps(spec.path)) {
      let context: string | undefined;
      for (const [i, turn] of convo.turns.entries()) {
        const reply = await engine({ q: turn.q, lang: convo.lang, country: convo.country, context });
        context = reply.ranked[0];
        const missing = unknownAnswers(kb, turn.answers);
        if (missing.length)
          warn(`${spec.path}#${convo.id} turn ${i + 1}: unknown entries ${missing.join(', ')}, not scored`);
        else if (i > 0)
          judged.push(
            judge({ id: `${convo.id}/${i + 1}`, lang: convo.lang, q: turn.q, answers: turn.answers, orgs: [] }, reply),
          );
      }
    }
    return judged;
  }
  for (const question of readQuestions(spec.path, spec.judgements) as Question[]) {
    const missing = unknownAnswers(kb, question.answers);
    const missingOrgs = question.orgs.filter((o) => !kb.organisations.has(o));
    if (missing.length || missingOrgs.length) {
      warn(`${spec.path}#${question.id}: unknown ${[...missing, ...missingOrgs].join(', ')}, not scored`);
      continue;
    }
    judged.push(judge(question, await engine(question)));
  }
  return judged;
}

function printMisses(judged: readonly Judged[]): void {
  for (const j of judged) {
    const oos = j.question.answers.length === 0 && j.question.orgs.length === 0;
    if (oos ? !j.reply.answered : j.rank === 1) continue;
    console.log(
      `  miss ${j.question.id} [${j.question.lang}] rank ${j.rank || '–'}: ${j.question.q}\n       got: ${j.reply.ranked.slice(0, 3).join(' | ') || '(nothing)'}${j.reply.answered ? '' : ' (did you mean)'}; want ${j.question.answers.join(' | ')}`,
    );
  }
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      set: { type: 'string', multiple: true },
      misses: { type: 'boolean', default: false },
      gate: { type: 'boolean', default: false },
      dev: { type: 'boolean', default: false },
    },
  });
  const specs: SetSpec[] = values.set?.length
    ? values.set.map((path) => ({ name: path, path, heldOut: /held-out/.test(path), followUps: /follow/.test(path) }))
    : DEFAULT_SETS.filter((spec) => present(spec) && !(values.dev && spec.heldOut));
  const dir = loadConfig(process.env).knowledgeDir;
  const kb = await loadKnowledge(dir);
  const engines: Record<(typeof ENGINES)[number], Engine> = { huquq: huquq(kb), minisearch: miniSearch(kb) };
  const warnings: string[] = [];
  const misses: string[] = [];
  // Every held-out question, of every held-out set, for the gate: one follow-up set of 22 questions alone moves
  // 0.05 with one question, which says nothing about either engine.
  const heldOut = { huquq: [] as Judged[], minisearch: [] as Judged[] };
  const setFailures: string[] = [];

  for (const diagnostic of leaks(
    kb,
    specs.flatMap((s) => evalTextsOf(s.path)),
    (file) => readFileSync(join(dir, file), 'utf8'),
    listFiles(dir),
  )) {
    warnings.push(`leak: ${formatDiagnostic(diagnostic, dir)}`);
  }
  for (const spec of specs) {
    const results = new Map<string, { judged: Judged[]; rows: Row[] }>();
    for (const name of ENGINES) {
      const judged = await judgeSet(spec, kb, engines[name], (w) => name === 'huquq' && warnings.push(w));
      results.set(name, { judged, rows: rowsOf(judged) });
    }
    const huquqRows = results.get('huquq')!.rows;
    console.log(
      `\n${spec.heldOut ? 'HELD-OUT' : 'dev'} · ${spec.name} (${spec.path}): ${results.get('huquq')!.judged.length} questions scored, ${kb.entries.size} entries`,
    );
    console.log(formatRows(ENGINES.map((name) => ({ name, rows: results.get(name)!.rows }))));
    if (values.misses) printMisses(results.get('huquq')!.judged);
    if (!spec.heldOut) continue;
    heldOut.huquq.push(...results.get('huquq')!.judged);
    heldOut.minisearch.push(...results.get('minisearch')!.judged);
    for (const m of targetMisses(huquqRows)) misses.push(`${spec.name}: ${m}`);
    for (const f of setGateFailures(huquqRows, spec.followUps === true)) setFailures.push(`${spec.name}: ${f}`);
  }
  if (warnings.length) console.log(`\nWarnings (${warnings.length}):\n${warnings.join('\n')}`);
  if (!specs.some((s) => s.heldOut)) console.log('\nNo held-out set found: nothing to gate on.');
  else {
    const pooled = { huquq: rowsOf(heldOut.huquq), minisearch: rowsOf(heldOut.minisearch) };
    const failures = [...gateFailures(pooled.huquq, pooled.minisearch), ...setFailures];
    const line = (rows: Row[]) => `R@1 ${rows.at(-1)!.recall1.toFixed(2)}, R@3 ${rows.at(-1)!.recall3.toFixed(2)}`;
    console.log(
      `\nAll held-out questions (${heldOut.huquq.length}): Huquq ${line(pooled.huquq)}; MiniSearch ${line(pooled.minisearch)}`,
    );
    console.log(
      misses.length ? `\nIssue 11 targets not yet met (not gated):\n${misses.join('\n')}` : '\nIssue 11 targets met.',
    );
    console.log(
      failures.length
        ? `\nGate failed:\n${failures.join('\n')}`
        : '\nGate passed: all held-out questions together not behind MiniSearch and out-of-scope questions turned away; ' +
            'recall@3 ≥ 0.85 in every language; no in-scope question left with nothing.',
    );
    if (values.gate && failures.length) return 1;
  }
  return 0;
}

process.exitCode = await main();
