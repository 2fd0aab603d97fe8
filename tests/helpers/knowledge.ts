// Fixture knowledge for tests: the small valid knowledge base, optionally with one broken fixture laid over it.
import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readKnowledgeFiles } from '../../server/knowledge/disk.ts';
import { buildSnapshot, type KnowledgeFile } from '../../server/knowledge/build.ts';
import type { Snapshot } from '../../server/knowledge/snapshot.ts';

const FIXTURES = join(import.meta.dirname, '..', 'fixtures');
export const VALID_KNOWLEDGE = join(FIXTURES, 'knowledge');
export const BROKEN = join(FIXTURES, 'broken');

/** Fixed so review-age warnings do not change with the calendar. */
export const FIXTURE_NOW = new Date('2026-11-23T12:00:00Z');

/** The valid fixture files, with the files of `broken/<name>` replacing or adding to them. */
export async function fixtureFiles(broken?: string): Promise<KnowledgeFile[]> {
  const files = new Map((await readKnowledgeFiles(VALID_KNOWLEDGE)).map((f) => [f.path, f]));
  if (broken) for (const f of await readKnowledgeFiles(join(BROKEN, broken))) files.set(f.path, f);
  return [...files.values()];
}

export async function fixtureSnapshot(broken?: string): Promise<Snapshot> {
  return buildSnapshot(await fixtureFiles(broken), { now: FIXTURE_NOW });
}

/** A writable copy of the fixture knowledge (with an optional broken overlay) in a fresh temporary folder. */
export async function fixtureCopy(broken?: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'huquq-knowledge-'));
  await cp(VALID_KNOWLEDGE, dir, { recursive: true });
  if (broken) await cp(join(BROKEN, broken), dir, { recursive: true });
  return dir;
}
