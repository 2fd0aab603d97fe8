// The eval questions' texts, for the leakage check in `npm run knowledge:check` (issue 11). Reads every
// question set that exists (tests/eval/*.jsonl and the shared development set); a missing set is skipped.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface EvalText {
  /** Where the question is, e.g. `tests/eval/questions.jsonl#h001`. */
  where: string;
  q: string;
}

const EVAL_DIR = 'tests/eval';
const SHARED_DEV_SET = '../shared/eval/dev-questions.jsonl';

/** Question texts of one JSON-lines set: `q` of plain questions, every turn's `q` of follow-ups. */
export function evalTextsOf(path: string): EvalText[] {
  return readFileSync(path, 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (!line.trim()) return [];
      const item = JSON.parse(line) as { id: string; q?: string; turns?: { q: string }[] };
      const texts = item.q !== undefined ? [item.q] : (item.turns ?? []).map((t) => t.q);
      return texts.map((q) => ({ where: `${path}#${item.id}`, q }));
    });
}

/** Every eval question found from `root`. */
export function allEvalTexts(root = '.'): EvalText[] {
  const dir = join(root, EVAL_DIR);
  const sets = existsSync(dir)
    ? readdirSync(dir)
        .filter((f) => f.endsWith('.jsonl'))
        .map((f) => join(dir, f))
    : [];
  const shared = join(root, SHARED_DEV_SET);
  return [...sets, ...(existsSync(shared) ? [shared] : [])].flatMap(evalTextsOf);
}
