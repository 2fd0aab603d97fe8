// `npm run knowledge:check [-- --json] [--review-queue] [folder]`: checks every knowledge file and reports all problems
// at once; with --review-queue, lists what reviewing lawyers and translators should look at first instead.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { allEvalTexts } from './eval-questions.ts';
import { leaks } from '../search/leakage.ts';
import { notCoveredConflicts } from '../search/not-covered.ts';
import { listFiles } from './disk.ts';
import { loadKnowledge } from './load.ts';
import { coverageOf } from './coverage.ts';
import { countBySeverity, formatReport } from './report.ts';
import { formatReviewQueue, reviewQueue, withoutLegalReview } from './review-queue.ts';

const args = process.argv.slice(2);
const json = args.includes('--json');
const queue = args.includes('--review-queue');
const dir = args.find((a) => !a.startsWith('--')) ?? process.env.KNOWLEDGE_DIR ?? 'knowledge';

const loaded = await loadKnowledge(dir);
// Keywords or summaries copying eval questions, and entries on a topic listed as not covered, are warnings like any
// other content problem (issue 11).
const source = (file: string) => readFileSync(join(dir, file), 'utf8');
const snapshot = {
  ...loaded,
  problems: [
    ...loaded.problems,
    ...leaks(loaded, allEvalTexts(), source, listFiles(dir)),
    ...notCoveredConflicts(loaded),
  ],
};
const { errors, warnings } = countBySeverity(snapshot.problems);
if (json) {
  const result = {
    ok: errors === 0,
    errors,
    warnings,
    problems: snapshot.problems,
    coverage: coverageOf(snapshot),
    withoutLegalReview: withoutLegalReview(snapshot),
    ...(queue && { reviewQueue: reviewQueue(snapshot) }),
  };
  console.log(JSON.stringify(result, null, 2));
} else if (queue) {
  console.log(formatReviewQueue(reviewQueue(snapshot), snapshot.entries.size, dir.replace(/\/+$/, '')));
} else {
  console.log(formatReport(snapshot, dir.replace(/\/+$/, '')));
}
process.exitCode = errors > 0 ? 1 : 0;
