// Question sets for `npm run eval`: one JSON object a line, judged by entry id (issue 11). A set whose judgments
// are kept apart from its questions (a read-only shared file) is read with them merged in.
import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';

const Kind = z.enum([
  'formal',
  'colloquial',
  'dialect',
  'no-diacritics',
  'code-mixed',
  'misspelled',
  'org-lookup',
  'out-of-scope',
]);

/** One question; `answers` are the entries that answer it (any one counts), `orgs` the organisations it looks up. */
export const Question = z.object({
  id: z.string(),
  lang: z.string(),
  country: z.string(),
  q: z.string().min(1),
  answers: z.array(z.string()),
  orgs: z.array(z.string()).default([]),
  kind: Kind.default('colloquial'),
  persona: z.string().default(''),
});
export type Question = z.infer<typeof Question>;

/** Two turns of a conversation: the second is asked with the first turn's top answer as context. */
export const FollowUp = z.object({
  id: z.string(),
  lang: z.string(),
  country: z.string(),
  turns: z.array(z.object({ q: z.string().min(1), answers: z.array(z.string()) })).min(2),
});
export type FollowUp = z.infer<typeof FollowUp>;

export const isOutOfScope = (q: Pick<Question, 'answers' | 'orgs'>) => q.answers.length === 0 && q.orgs.length === 0;

function lines(path: string): unknown[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      try {
        return [JSON.parse(line) as unknown];
      } catch {
        throw new Error(`${path}:${i + 1}: not a JSON object`);
      }
    });
}

function parsed<T>(schema: z.ZodType<T>, path: string): T[] {
  return lines(path).map((raw, i) => {
    const result = schema.safeParse(raw);
    if (!result.success)
      throw new Error(
        `${path}:${i + 1}: ${result.error.issues.map((x) => `${x.path.join('.')}: ${x.message}`).join('; ')}`,
      );
    return result.data;
  });
}

/** The questions of `path`; with `judgements`, a JSON file of id → { answers, orgs, kind } merged into each line
 *  (for sets whose questions carry a topic and `jurisdiction` instead). */
export function readQuestions(path: string, judgements?: string): Question[] {
  if (!judgements) return parsed(Question, path);
  const judged = new Map(Object.entries(JSON.parse(readFileSync(judgements, 'utf8')) as Record<string, object>));
  return lines(path).map((raw, i) => {
    const line = raw as { id: string; jurisdiction?: string; country?: string };
    const judgement = judged.get(line.id);
    if (!judgement) throw new Error(`${judgements}: no judgement for question ${line.id} (${path}:${i + 1})`);
    return Question.parse({ ...line, country: line.country ?? line.jurisdiction ?? 'TR', ...judgement });
  });
}

export const readFollowUps = (path: string): FollowUp[] => parsed(FollowUp, path);

export interface SetSpec {
  name: string;
  path: string;
  judgements?: string;
  followUps?: boolean;
  /** Held-out sets are the headline and the CI gate; dev sets are for tuning. */
  heldOut: boolean;
}

/** The sets `npm run eval` measures by default, held-out first; sets whose file is missing are skipped. */
export const DEFAULT_SETS: readonly SetSpec[] = [
  { name: 'held-out', path: 'tests/eval/held-out.jsonl', heldOut: true },
  { name: 'held-out follow-ups', path: 'tests/eval/held-out-followups.jsonl', followUps: true, heldOut: true },
  { name: 'dev: project', path: 'tests/eval/questions.jsonl', heldOut: false },
  {
    name: 'dev: shared',
    path: '../shared/eval/dev-questions.jsonl',
    judgements: 'tests/eval/judgements/shared-dev.json',
    heldOut: false,
  },
  { name: 'dev: written', path: 'tests/eval/dev-written.jsonl', heldOut: false },
  { name: 'dev: follow-ups', path: 'tests/eval/dev-followups.jsonl', followUps: true, heldOut: false },
  { name: 'dev: out-of-scope', path: 'tests/eval/dev-oos.jsonl', heldOut: false },
  { name: 'dev: blind', path: 'tests/eval/dev-blind.jsonl', heldOut: false },
  { name: 'dev: blind follow-ups', path: 'tests/eval/dev-blind-followups.jsonl', followUps: true, heldOut: false },
];

export const present = (spec: SetSpec) => existsSync(spec.path) && (!spec.judgements || existsSync(spec.judgements));
