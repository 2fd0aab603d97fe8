import { describe, expect, it } from 'vitest';
import { appendFile, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLiveKnowledge } from '../../../server/knowledge/live.ts';
import { createLogger } from '../../../server/log.ts';
import { fixtureCopy } from '../../helpers/knowledge.ts';

async function until(condition: () => boolean, ms = 3000) {
  const end = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 25));
  }
}

async function live() {
  const dir = await fixtureCopy();
  const lines: string[] = [];
  const knowledge = await createLiveKnowledge({
    dir,
    derive: (s) => ({ titles: s.entries.size }),
    log: createLogger('info', (l) => lines.push(l)),
  });
  return { dir, knowledge, lines };
}

describe('live knowledge', () => {
  it('serves a valid change within a second, swapping snapshot and derived data together', async () => {
    const { dir, knowledge } = await live();
    const stop = knowledge.watch(50);
    const before = knowledge.snapshot();
    const file = join(dir, 'entries/tr/work/en.md');
    await writeFile(file, (await readFile(file, 'utf8')).replace('title: Work permit', 'title: Permission to work'));
    const started = Date.now();
    await until(() => knowledge.snapshot() !== before, 1000);
    stop();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(knowledge.snapshot().entries.get('work')!.translations.en!.title).toBe('Permission to work');
    expect(knowledge.derived()).toEqual({ titles: 2 });
  });

  it('keeps the previous snapshot serving when a change brings errors, and logs them', async () => {
    const { dir, knowledge, lines } = await live();
    const before = knowledge.snapshot();
    await appendFile(join(dir, 'organisations/legal-help.yaml'), 'services: [legal-aid\n');
    expect(await knowledge.reload()).toBe(false);
    expect(knowledge.snapshot()).toBe(before);
    expect(lines.some((l) => l.includes('knowledge change rejected'))).toBe(true);
    expect(lines.some((l) => l.includes('organisations/legal-help.yaml'))).toBe(true);
  });

  it('swaps again once the error is fixed', async () => {
    const { dir, knowledge } = await live();
    const file = join(dir, 'organisations/legal-help.yaml');
    const good = await readFile(file, 'utf8');
    await writeFile(file, `${good}nonsense: true\n`);
    expect(await knowledge.reload()).toBe(false);
    await writeFile(file, good.replace('Legal Help Centre', 'Legal Help Centre of Istanbul'));
    expect(await knowledge.reload()).toBe(true);
    expect(knowledge.snapshot().organisations.get('legal-help')!.name.en).toBe('Legal Help Centre of Istanbul');
  });
});
