// `npm run knowledge:check [-- --json] [folder]`: checks every knowledge file and reports all problems at once.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEvalTexts } from './eval-questions.ts';
import { leaks } from './leakage.ts';
import { loadKnowledge } from './load.ts';
import { coverageOf } from './coverage.ts';
import { countBySeverity, formatReport } from './report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';

const loaded = await loadKnowledge(dir);
// Keywords or summaries copying eval questions are warnings like any other content problem (issue 11).
const source = (file: string) => readFileSync(join(dir, file), 'utf8');
const snapshot = { ...loaded, problems: [...loaded.problems, ...leaks(loaded, allEvalTexts(), source)] };
const { errors, warnings } = countBySeverity(snapshot.problems);
if (json) {
  const result = { ok: errors === 0, errors, warnings, problems: snapshot.problems, coverage: coverageOf(snapshot) };
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(formatReport(snapshot, dir.replace(/\/+$/, '')));
}
process.exitCode = errors > 0 ? 1 : 0;
