// `npm run size`: builds the widget if its sources changed, prints the raw, gzip and brotli size of widget.js and
// of everything needed to show the first answer, and exits 1 when a budget is exceeded (issue 5).
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Budgets in gzip bytes: the launcher every partner page pays for, and the whole first answer. */
export const BUDGET = { launcher: 6 * 1024, firstAnswer: 45 * 1024 };

export interface Size {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Sizes as a server precompressing at the highest levels would send them. */
export function sizeOf(body: Buffer): Size {
  return {
    raw: body.byteLength,
    gzip: gzipSync(body, { level: 9 }).byteLength,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).byteLength,
  };
}

const add = (a: Size, b: Size): Size => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip, brotli: a.brotli + b.brotli });

export interface Measured {
  launcher: Size;
  panel: Size;
  langs: Record<string, Size>;
  /** The language whose strings are largest: the first answer is measured with it. */
  largestLang: string;
  /** widget.js + the panel (JS with its CSS inlined) + the largest language's strings, each sent as its own file. */
  firstAnswer: Size;
  /** A development build names source files (development JSX): bigger, and it shows our paths to the world. */
  development: boolean;
}

/** Measure the build in `dist` (dist/widget). */
export async function measure(dist: string): Promise<Measured> {
  const chunks = await readdir(join(dist, 'chunks'));
  const sizeOfFile = async (file: string) => sizeOf(await readFile(join(dist, file)));
  const launcher = await sizeOfFile('widget.js');
  const panelFile = chunks.find((f) => f.startsWith('panel-'));
  if (!panelFile) throw new Error(`no panel chunk in ${dist}/chunks`);
  const panelCode = await readFile(join(dist, 'chunks', panelFile));
  const panel = sizeOf(panelCode);
  const langs: Record<string, Size> = {};
  for (const file of chunks) {
    const lang = /^lang-([a-z]+)-/.exec(file)?.[1];
    if (lang) langs[lang] = await sizeOfFile(`chunks/${file}`);
  }
  const [largestLang, largest] = Object.entries(langs).sort(([, a], [, b]) => b.gzip - a.gzip)[0] ?? [];
  if (!largestLang || !largest) throw new Error(`no language chunks in ${dist}/chunks`);
  const development = /fileName:\s*["'`][^"'`]*\.tsx/.test(panelCode.toString());
  return { launcher, panel, langs, largestLang, firstAnswer: add(add(launcher, panel), largest), development };
}

/** One line per exceeded budget; empty when all fit. */
export function overBudget(m: Measured): string[] {
  const kb = (n: number) => `${(n / 1024).toFixed(2)} KB`;
  const over: string[] = [];
  if (m.launcher.gzip > BUDGET.launcher)
    over.push(`widget.js is ${kb(m.launcher.gzip)} gzip, over the ${kb(BUDGET.launcher)} budget`);
  if (m.firstAnswer.gzip > BUDGET.firstAnswer)
    over.push(`the first answer needs ${kb(m.firstAnswer.gzip)} gzip, over the ${kb(BUDGET.firstAnswer)} budget`);
  if (m.development)
    over.push('the panel is a development build (it names source files): build with mode "production"');
  return over;
}

/** A table for people: one row per file group. */
export function report(m: Measured): string {
  const row = (name: string, s: Size) =>
    `${name.padEnd(34)}${String(s.raw).padStart(9)}${String(s.gzip).padStart(9)}${String(s.brotli).padStart(9)}`;
  return [
    `${'bytes'.padEnd(34)}${'raw'.padStart(9)}${'gzip'.padStart(9)}${'brotli'.padStart(9)}`,
    row('widget.js (launcher)', m.launcher),
    row('panel chunk (JS + inlined CSS)', m.panel),
    ...Object.entries(m.langs).map(([lang, s]) => row(`  strings: ${lang}`, s)),
    row(`first answer (… + ${m.largestLang} strings)`, m.firstAnswer),
    `budgets (gzip): widget.js ${BUDGET.launcher} B, first answer ${BUDGET.firstAnswer} B`,
  ].join('\n');
}

/** The newest modification time under `path` (a file or a folder). */
async function newest(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.mtimeMs;
  const entries = await readdir(path);
  return Math.max(info.mtimeMs, ...(await Promise.all(entries.map((entry) => newest(join(path, entry))))));
}

/** True when dist has no widget.js or the widget's sources are newer than it. */
async function needsBuild(dist: string): Promise<boolean> {
  const built = await stat(join(dist, 'widget.js')).then(
    (s) => s.mtimeMs,
    () => 0,
  );
  return built < Math.max(await newest('widget'), await newest('vite.config.ts'));
}

async function main(): Promise<void> {
  const dist = 'dist/widget';
  if (await needsBuild(dist)) {
    const { build } = await import('vite');
    await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
  }
  const measured = await measure(dist);
  console.log(report(measured));
  const over = overBudget(measured);
  for (const line of over) console.error(`over budget: ${line}`);
  process.exitCode = over.length ? 1 : 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
