import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fixtureCopy, VALID_KNOWLEDGE } from '../../helpers/knowledge.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../../server/knowledge/check-cli.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

async function check(args: string[], env: Record<string, string> = {}) {
  try {
    const { stdout } = await run(TSX, [CLI, ...args], { env: { ...process.env, ...env } });
    return { code: 0, stdout };
  } catch (error) {
    const e = error as { code: number; stdout: string };
    return { code: e.code, stdout: e.stdout };
  }
}

describe('npm run knowledge:check', () => {
  it('passes on valid knowledge and prints the coverage matrix', async () => {
    const { code, stdout } = await check([VALID_KNOWLEDGE]);
    expect(code).toBe(0);
    expect(stdout).toContain('lang  entries  flows  organisations  categories  emergency');
    expect(stdout).toMatch(/^tr\s+1\/2\s+1\/1/m);
    expect(stdout).toContain('✓ No errors.');
    expect(stdout).toContain(
      '1 of 2 entries have no legal review yet; run "npm run knowledge:check -- --review-queue".',
    );
  });

  it('prints the review queue instead of the report with --review-queue', async () => {
    const { code, stdout } = await check(['--review-queue', VALID_KNOWLEDGE]);
    expect(code).toBe(0);
    expect(stdout).toContain(
      `Legal review: 1 of 2 entries have not been reviewed by a lawyer (urgent first).\n  urgency  entry`,
    );
    expect(stdout).toMatch(/^ {2}urgent {3}ar {4}\S+\/entries\/tr\/appeal\/ar\.md$/m);
    expect(stdout).not.toContain('Translation coverage');
  });

  it('honours KNOWLEDGE_DIR and fails with file:line: field: message — fix', async () => {
    const dir = await fixtureCopy('unknown-reference');
    const { code, stdout } = await check([], { KNOWLEDGE_DIR: dir });
    expect(code).toBe(1);
    expect(stdout).toContain(
      `${dir}/entries/tr/appeal/entry.yaml:13: related.entries[0]: there is no entry with the id "wrok" — check the spelling (did you mean "work"?)`,
    );
    expect(stdout).toContain('✗ 1 error(s)');
  });

  it('reports every problem of a run at once, as JSON for tools', async () => {
    const dir = await fixtureCopy('flow-cycle');
    await (await import('node:fs/promises')).cp(join(import.meta.dirname, '../../fixtures/broken/wrong-type'), dir, {
      recursive: true,
    });
    const { code, stdout } = await check(['--json', dir]);
    expect(code).toBe(1);
    const report = JSON.parse(stdout);
    expect(report.ok).toBe(false);
    expect(report.problems.map((p: { code: string }) => p.code).sort()).toEqual([
      'flow-cycle',
      'link-to-invalid',
      'schema',
    ]);
    expect(report.coverage.totals.entries).toBe(1);
    expect(report.withoutLegalReview).toBe(0);
  });
});
