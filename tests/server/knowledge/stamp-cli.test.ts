import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { promisify } from 'node:util';
import { join } from 'node:path';
import { fixtureCopy } from '../../helpers/knowledge.ts';

const run = promisify(execFile);
const CLI = join(import.meta.dirname, '../../../server/knowledge/stamp-cli.ts');
const TSX = join(import.meta.dirname, '../../../node_modules/.bin/tsx');

const stamp = async (...args: string[]) => (await run(TSX, [CLI, ...args])).stdout;
const localToday = () => {
  const d = new Date();
  return [d.getFullYear(), d.getMonth() + 1, d.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
};

describe('npm run knowledge:stamp', () => {
  it('sets "updated" to today when the source-language file is named, keeping the rest of entry.yaml', async () => {
    const dir = await fixtureCopy();
    const meta = join(dir, 'entries/tr/appeal/entry.yaml');
    const before = await readFile(meta, 'utf8');
    expect(await stamp(join(dir, 'entries/tr/appeal/en.md'))).toContain(`entry.yaml: updated ${localToday()}`);
    expect(await readFile(meta, 'utf8')).toBe(before.replace('updated: 2026-11-01', `updated: ${localToday()}`));
  });

  it('leaves "updated" alone when a folder is stamped after its translations were updated', async () => {
    const dir = await fixtureCopy('outdated-translation');
    const folder = join(dir, 'entries/tr/appeal');
    const before = await readFile(join(folder, 'entry.yaml'), 'utf8');
    const out = await stamp(folder);
    expect(out).toContain('en.md: source language, not stamped');
    expect(out).toMatch(/ar\.md: translatedFrom [0-9a-f]{8}/);
    expect(await readFile(join(folder, 'entry.yaml'), 'utf8')).toBe(before);
  });
});
