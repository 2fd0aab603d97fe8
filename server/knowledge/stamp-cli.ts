// `npm run knowledge:stamp -- <file.md or entry folder>…`: records in each translation that it now matches the
// current source-language text (sets `translatedFrom`); run it only after updating the translation. Named by
// itself, a source-language file sets the entry's `updated` to today: run it after changing the text. Nothing
// records the source text's earlier versions, so the tool cannot tell by itself that it changed (issue 12).
import { readFileSync, writeFileSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseDocument, parse } from 'yaml';
import { splitFrontMatter } from './front-matter.ts';
import { sourceVersion } from './source-version.ts';

function readParts(file: string) {
  const parts = splitFrontMatter(readFileSync(file, 'utf8'));
  if (!parts) throw new Error(`${file}: no front matter (the file must start with a line "---")`);
  return parts;
}

function versionOfSource(entryDir: string): { lang: string; version: string } {
  const meta = parse(readFileSync(join(entryDir, 'entry.yaml'), 'utf8')) as { sourceLang: string };
  const parts = readParts(join(entryDir, `${meta.sourceLang}.md`));
  const fm = parse(parts.yaml) as { title: string; summary: string };
  return { lang: meta.sourceLang, version: sourceVersion({ title: fm.title, summary: fm.summary, body: parts.body }) };
}

/** Today in the local calendar, YYYY-MM-DD: content staff stamp in the day they live in. */
function today(): string {
  const now = new Date();
  return [now.getFullYear(), now.getMonth() + 1, now.getDate()].map((n) => String(n).padStart(2, '0')).join('-');
}

/** Rewrites only the `updated:` line, so the rest of entry.yaml keeps its layout and comments. */
function stampUpdated(entryDir: string): string {
  const file = join(entryDir, 'entry.yaml');
  const text = readFileSync(file, 'utf8');
  const date = today();
  const line = /^updated:[ \t]*[^\s#]*/m;
  if (!line.test(text)) throw new Error(`${file}: no "updated:" line to set (add "updated: ${date}")`);
  writeFileSync(file, text.replace(line, `updated: ${date}`));
  return `${file}: updated ${date}`;
}

/** `named`: the file was given by itself, not found in a folder that was given. */
function stamp(file: string, named: boolean): string {
  const entryDir = dirname(file);
  const { lang, version } = versionOfSource(entryDir);
  if (basename(file) === `${lang}.md`) {
    // A folder is stamped after its translations were updated, which does not change the entry's content.
    return named
      ? stampUpdated(entryDir)
      : `${file}: source language, not stamped (name the file by itself to set "updated")`;
  }
  const parts = readParts(file);
  const doc = parseDocument(parts.yaml);
  doc.set('translatedFrom', version);
  const original = readFileSync(file, 'utf8');
  const bodyLines = original
    .split(/\r?\n/)
    .slice(parts.bodyStartLine - 1)
    .join('\n');
  writeFileSync(file, `---\n${doc.toString().trimEnd()}\n---\n${bodyLines}`);
  return `${file}: translatedFrom ${version}`;
}

const args = process.argv.slice(2);
const files = args.flatMap((arg) =>
  arg.endsWith('.md')
    ? [{ file: arg, named: true }]
    : readdirSync(arg)
        .filter((f) => f.endsWith('.md'))
        .map((f) => ({ file: join(arg, f), named: false })),
);
if (files.length === 0) {
  console.error('Usage: npm run knowledge:stamp -- knowledge/entries/tr/ip-appeal/ar.md [more files or entry folders]');
  process.exit(2);
}
for (const { file, named } of files) console.log(stamp(file, named));
