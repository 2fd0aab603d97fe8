import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { buildSnapshot, knowledgeOrder, planUnits } from '../../../server/knowledge/build.ts';
import type { RawFolder } from '../../../server/knowledge/entry-folder.ts';
import { readKnowledgeFiles } from '../../../server/knowledge/disk.ts';
import { loadKnowledge, shareOut } from '../../../server/knowledge/load.ts';
import { BROKEN, FIXTURE_NOW, fixtureCopy } from '../../helpers/knowledge.ts';
import { readdirSync } from 'node:fs';

const KNOWLEDGE = join(import.meta.dirname, '..', '..', '..', 'knowledge');

describe('knowledge order and units', () => {
  it('puts the top-level lists first and keeps each entry folder together', () => {
    const paths = [
      'organisations/unhcr.yaml',
      'entries/tr/ip-appeal/en.md',
      'languages.yaml',
      'entries/tr/ip-appeal-regular/en.md',
      'entries/tr/ip-appeal/entry.yaml',
      'categories.yaml',
    ];
    const sorted = [...paths].sort(knowledgeOrder);
    expect(sorted.slice(0, 2)).toEqual(['categories.yaml', 'languages.yaml']);
    const units = planUnits(sorted);
    expect(units.map((u) => (u.kind === 'file' ? u.path : u.folder.key))).toEqual([
      'categories.yaml',
      'languages.yaml',
      'entries/tr/ip-appeal-regular',
      'entries/tr/ip-appeal',
      'organisations/unhcr.yaml',
    ]);
    const folder = units.find((u) => u.kind === 'folder' && u.folder.id === 'ip-appeal');
    expect(folder?.kind === 'folder' && folder.folder.files.map((f) => f.role.kind)).toEqual([
      'entry-text',
      'entry-meta',
    ]);
  });

  it('shares folders out in consecutive runs of about the same number of files', () => {
    const folders: RawFolder[] = Array.from({ length: 10 }, (_, i) => ({
      key: `entries/tr/e${i}`,
      country: 'tr',
      id: `e${i}`,
      files: Array.from({ length: i === 0 ? 10 : 2 }, () => ({
        path: 'x',
        role: { kind: 'entry-meta', country: 'tr', entry: `e${i}` } as const,
      })),
    }));
    const shares = shareOut(folders, 2);
    expect(shares).toHaveLength(2);
    expect(shares.flat()).toEqual(folders);
    const files = (share: RawFolder[]) => share.reduce((n, f) => n + f.files.length, 0);
    expect(shares.map(files)).toEqual([14, 14]);
  });
});

describe('loadKnowledge on several threads', () => {
  // The same knowledge, built in this thread and shared out between worker threads, must give the same snapshot.
  async function both(dir: string) {
    const [here, threads] = await Promise.all([
      loadKnowledge(dir, { now: FIXTURE_NOW, parallelFrom: Infinity }),
      loadKnowledge(dir, { now: FIXTURE_NOW, parallelFrom: 0 }),
    ]);
    return { here, threads };
  }

  it('gives the real knowledge the same snapshot as one thread and as the in-memory builder', async () => {
    const { here, threads } = await both(KNOWLEDGE);
    expect(threads.entries.size).toBeGreaterThan(40);
    expect(threads).toEqual(here);
    expect(buildSnapshot(await readKnowledgeFiles(KNOWLEDGE), { now: FIXTURE_NOW })).toEqual(here);
  }, 30_000);

  it.each(readdirSync(BROKEN))(
    'reports the same problems for the broken fixture %s',
    async (broken) => {
      const { here, threads } = await both(await fixtureCopy(broken));
      expect(threads.problems).toEqual(here.problems);
      expect(threads.version).toBe(here.version);
      expect([...threads.entries.keys()]).toEqual([...here.entries.keys()]);
    },
    30_000,
  );
});
