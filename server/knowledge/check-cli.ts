// `npm run knowledge:check [-- --json] [folder]`: checks every knowledge file and reports all problems at once.
import { loadKnowledge } from './load.ts';
import { coverageOf } from './coverage.ts';
import { countBySeverity, formatReport } from './report.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';

const snapshot = await loadKnowledge(dir);
const { errors, warnings } = countBySeverity(snapshot.problems);
if (json) {
  const result = { ok: errors === 0, errors, warnings, problems: snapshot.problems, coverage: coverageOf(snapshot) };
  console.log(JSON.stringify(result, null, 2));
} else {
  console.log(formatReport(snapshot, dir.replace(/\/+$/, '')));
}
process.exitCode = errors > 0 ? 1 : 0;
