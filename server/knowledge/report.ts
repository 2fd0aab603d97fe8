// Words and tables for the checker's report, shared by `npm run knowledge:check` and the server's start-up log.
import type { Diagnostic, Snapshot } from './snapshot.ts';
import { formatTable } from '../text-table.ts';
import { COVERAGE_KINDS, coverageOf } from './coverage.ts';
import { withoutLegalReview } from './review-queue.ts';

/** `knowledge/entries/tr/x/ar.md:7: sources[0].url: expected …, found … — add https:// in front` */
export function formatDiagnostic(d: Diagnostic, dir = 'knowledge'): string {
  const place = `${dir}/${d.file}${d.line ? `:${d.line}` : ''}`;
  return `${place}: ${d.field ? `${d.field}: ` : ''}${d.message} — ${d.hint}`;
}

export function countBySeverity(problems: readonly Diagnostic[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}

/** Languages × kinds, each cell "written/total". */
function formatCoverage(snapshot: Snapshot): string {
  const { totals, languages } = coverageOf(snapshot);
  const rows = languages.map(({ lang, counts }) => [lang, ...COVERAGE_KINDS.map((k) => `${counts[k]}/${totals[k]}`)]);
  return formatTable([['lang', ...COVERAGE_KINDS], ...rows]);
}

/** The full human report: errors, then warnings, then the coverage matrix and a one-line verdict. */
export function formatReport(snapshot: Snapshot, dir = 'knowledge'): string {
  const { errors, warnings } = countBySeverity(snapshot.problems);
  const unreviewed = withoutLegalReview(snapshot);
  const section = (title: string, severity: Diagnostic['severity']) => {
    const lines = snapshot.problems.filter((p) => p.severity === severity).map((p) => formatDiagnostic(p, dir));
    return lines.length > 0 ? [`${title} (${lines.length})`, ...lines, ''] : [];
  };
  return [
    ...section('Errors', 'error'),
    ...section('Warnings', 'warning'),
    'Translation coverage (items fully written in each language):',
    formatCoverage(snapshot),
    '',
    `${snapshot.entries.size} entries, ${snapshot.organisations.size} organisations, ${snapshot.flows.size} flows, ${snapshot.languages.length} languages loaded.`,
    // One line, not a warning per entry: a missing review is the state of the project, not a fault in a file.
    ...(unreviewed > 0
      ? [
          `${unreviewed} of ${snapshot.entries.size} entries have no legal review yet; run "npm run knowledge:check -- --review-queue".`,
        ]
      : []),
    errors > 0
      ? `✗ ${errors} error(s), ${warnings} warning(s). Files with errors are left out until they are fixed.`
      : `✓ No errors${warnings > 0 ? `, ${warnings} warning(s)` : ''}.`,
  ].join('\n');
}
