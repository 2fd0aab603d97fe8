// `npm run insights [-- --csv [folder]] [--limit N]`: what people asked that the knowledge could not answer,
// which answers did not help, and which languages most often fell back — read from the feedback database
// (PostgreSQL when DATABASE_URL is set, else SQLite in DATA_DIR).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadConfig } from '../server/config.ts';
import { createLogger } from '../server/log.ts';
import { openFeedbackStore } from '../server/storage/open.ts';
import { formatTable } from '../server/text-table.ts';
import type { Insights } from '../server/storage/types.ts';

type Row = Record<string, string | number | null>;

function table(title: string, rows: Row[]): string {
  if (rows.length === 0) return `${title}\n  (nothing yet)\n`;
  const headers = Object.keys(rows[0]!);
  const cells = rows.map((r) => headers.map((h) => String(r[h] ?? '')));
  return `${title}\n${formatTable([headers, ...cells], '  ')}\n`;
}

function csv(rows: Row[]): string {
  if (rows.length === 0) return '';
  const headers = Object.keys(rows[0]!);
  const quote = (v: unknown) => `"${String(v ?? '').replace(/"/g, '""')}"`;
  return `${[headers.join(','), ...rows.map((r) => headers.map((h) => quote(r[h])).join(','))].join('\n')}\n`;
}

const SECTIONS: { key: keyof Insights; title: string; file: string }[] = [
  { key: 'unanswered', title: 'Top unanswered questions (per language and country, redacted)', file: 'unanswered.csv' },
  { key: 'leastHelpful', title: 'Entries with the lowest helpful ratio', file: 'least-helpful.csv' },
  {
    key: 'fallbacks',
    title: 'Languages whose questions most often fell back to another language',
    file: 'fallbacks.csv',
  },
];

const args = process.argv.slice(2);
const config = loadConfig(process.env);
const limitArg = args.indexOf('--limit');
const limit = limitArg >= 0 ? Number(args[limitArg + 1]) || 20 : 20;
const store = openFeedbackStore({
  dataDir: config.dataDir,
  databaseUrl: config.databaseUrl,
  retentionDays: config.retentionDays,
  log: createLogger('error'),
});
await store.opened;
const where = config.databaseUrl
  ? 'the PostgreSQL database in DATABASE_URL'
  : `the feedback database in ${config.dataDir}`;
let insights: Insights;
try {
  insights = await store.insights({ limit });
} catch (error) {
  console.error(`Cannot read ${where}: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
await store.close();

const csvArg = args.indexOf('--csv');
if (csvArg >= 0) {
  const next = args[csvArg + 1];
  const dir = next && !next.startsWith('--') ? next : 'insights';
  mkdirSync(dir, { recursive: true });
  for (const s of SECTIONS) writeFileSync(join(dir, s.file), csv(insights[s.key] as unknown as Row[]));
  console.log(`Wrote ${SECTIONS.map((s) => join(dir, s.file)).join(', ')}`);
} else {
  for (const s of SECTIONS) console.log(table(s.title, insights[s.key] as unknown as Row[]));
  console.log('Flows abandoned mid-way are not tracked: the widget does not report flow steps, by design.');
}
