// `npm run knowledge:stamp -- <translation.md>…`: records in each translation that it now matches
// the current source-language text (sets `translatedFrom`). Run it only after updating the translation.
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

function stamp(file: string): string {
  const entryDir = dirname(file);
  const { lang, version } = versionOfSource(entryDir);
  if (basename(file) === `${lang}.md`) return `${file}: source language, nothing to stamp`;
  const parts = readParts(file);
  const doc = parseDocument(parts.yaml);
  doc.set('translatedFrom', version);
  const original = readFileSync(file, 'utf8');
  const bodyLines = original.split(/\r?\n/).slice(parts.bodyStartLine - 1).join('\n');
  writeFileSync(file, `---\n${doc.toString().trimEnd()}\n---\n${bodyLines}`);
  return `${file}: translatedFrom ${version}`;
}

const args = process.argv.slice(2);
const files = args.flatMap((arg) =>
  arg.endsWith('.md') ? [arg] : readdirSync(arg).filter((f) => f.endsWith('.md')).map((f) => join(arg, f)),
);
if (files.length === 0) {
  console.error('Usage: npm run knowledge:stamp -- knowledge/entries/tr/ip-appeal/ar.md [more files or entry folders]');
  process.exit(2);
}
for (const file of files) console.log(stamp(file));
