// The real knowledge folder and the real search engine, loaded once per test file.
import { fileURLToPath } from 'node:url';
import { loadKnowledge } from '../../../../server/knowledge/load.ts';
import type { Snapshot } from '../../../../server/knowledge/snapshot.ts';
import { createSearch, type Search } from '../../../../server/search/index.ts';

export const KNOWLEDGE_DIR = fileURLToPath(new URL('../../../../knowledge/', import.meta.url));

export async function realKnowledge(): Promise<{ snapshot: Snapshot; search: Search }> {
  const snapshot = await loadKnowledge(KNOWLEDGE_DIR);
  return { snapshot, search: createSearch(snapshot) };
}
