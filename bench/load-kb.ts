// Child process of the benchmark: loads a knowledge folder and builds the search index, printing one JSON line
// per stage, so the parent has the load time even if indexing runs past its time limit.
// `--reader server` (default) uses the server's loader. `--reader batched` reads the files here in small batches
// and hands them to the loader's pure builder: the parent uses it when the server's loader fails, so the report
// still shows what building and indexing cost.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { buildSnapshot, type KnowledgeFile } from '../server/knowledge/build.ts';
import { loadKnowledge } from '../server/knowledge/load.ts';
import { createSearch } from '../server/search/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { reader: { type: 'string', default: 'server' } } });
const dir = positionals[0];
if (!dir) throw new Error('usage: load-kb.ts <knowledge-dir> [--reader server|batched]');
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const report = (fields: object) => process.stdout.write(`${JSON.stringify(fields)}\n`);

async function readInBatches(root: string, batch = 256): Promise<KnowledgeFile[]> {
  const paths = (await readdir(root, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => join(d.parentPath, d.name));
  const files: KnowledgeFile[] = [];
  for (let i = 0; i < paths.length; i += batch) {
    const chunk = paths.slice(i, i + batch);
    files.push(...(await Promise.all(chunk.map(async (p) => ({ path: relative(root, p).split(sep).join('/'), bytes: await readFile(p) })))));
  }
  return files;
}

const start = performance.now();
let kb;
try {
  kb = values.reader === 'batched' ? buildSnapshot(await readInBatches(dir)) : await loadKnowledge(dir);
} catch (error) {
  report({ stage: 'failed', error: error instanceof Error ? error.message : String(error), peakRssMb: rssMb() });
  process.exit(1);
}
const loaded = performance.now();
const translations = [...kb.entries.values()].reduce((n, e) => n + Object.keys(e.translations).length, 0);
const errors = kb.problems.filter((p) => p.severity === 'error').length;
report({ stage: 'load', ms: Math.round(loaded - start), entries: kb.entries.size, translations, errors, peakRssMb: rssMb() });
createSearch(kb);
report({ stage: 'index', ms: Math.round(performance.now() - loaded), peakRssMb: rssMb() });
