// Child process of the benchmark: loads a knowledge folder with the server's loader and builds the search index,
// printing one JSON line per stage, so the parent has the load time even if indexing runs past its time limit.
import { parseArgs } from 'node:util';
import { loadKnowledge } from '../server/knowledge/load.ts';
import { createSearch } from '../server/search/index.ts';

const { positionals } = parseArgs({ allowPositionals: true });
const dir = positionals[0];
if (!dir) throw new Error('usage: load-kb.ts <knowledge-dir>');
// Worker threads are part of this process: its peak resident set counts theirs too.
const rssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);
const report = (fields: object) => process.stdout.write(`${JSON.stringify(fields)}\n`);

const start = performance.now();
let kb: Awaited<ReturnType<typeof loadKnowledge>>;
try {
  kb = await loadKnowledge(dir);
} catch (error) {
  report({ stage: 'failed', error: error instanceof Error ? error.message : String(error), peakRssMb: rssMb() });
  process.exit(1);
}
const loaded = performance.now();
const translations = [...kb.entries.values()].reduce((n, e) => n + Object.keys(e.translations).length, 0);
const errors = kb.problems.filter((p) => p.severity === 'error').length;
report({
  stage: 'load',
  ms: Math.round(loaded - start),
  entries: kb.entries.size,
  translations,
  errors,
  peakRssMb: rssMb(),
});
createSearch(kb);
report({ stage: 'index', ms: Math.round(performance.now() - loaded), peakRssMb: rssMb() });
