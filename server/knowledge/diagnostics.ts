// The catalogue of content problems: every message content staff can see, with its fix, in one place.
import type { Diagnostic, Severity } from './snapshot.ts';

interface Where {
  file: string;
  line?: number;
  field?: string;
}

/** One kind of problem: its severity, and its message and fix, written from the item's named arguments. */
interface CatalogueItem<Args> {
  severity: Severity;
  message: (args: Args) => string;
  hint: (args: Args) => string;
}

/** Declares an item with the arguments it takes by name (none by default), so each call says what it passes. */
const item = <Args extends Record<string, string> = Record<string, never>>(spec: CatalogueItem<Args>) => spec;

/** Keyed by the code shown to content staff and to tools (`--json`). */
const catalogue = {
  'not-utf8': item({
    severity: 'error',
    message: () => 'the file is not saved as UTF-8 text',
    hint: () => 'open it in your editor and save it again with the encoding "UTF-8"',
  }),
  'empty-file': item({
    severity: 'error',
    message: () => 'the file is empty',
    hint: () => 'write the content, or delete the file (or rename it to start with "_" to keep it as a draft)',
  }),
  'yaml-syntax': item<{ detail: string }>({
    severity: 'error',
    message: ({ detail }) => `the YAML cannot be read: ${detail}`,
    hint: () =>
      'check the indentation (spaces, not tabs), that every "key:" is followed by a space, and that text containing ": " or "#" is in quotes',
  }),
  'no-front-matter': item({
    severity: 'error',
    message: () => 'the file does not start with a front matter block',
    hint: () =>
      'the first line must be "---", then title, summary and keywords, then another "---" line, then the text',
  }),
  schema: item<{ problem: string; fix: string }>({
    severity: 'error',
    message: ({ problem }) => problem,
    hint: ({ fix }) => fix,
  }),
  'wrong-folder': item<{ what: string; folder: string }>({
    severity: 'error',
    message: ({ what }) => `this file is not where Huquq looks for ${what}`,
    hint: ({ folder }) => `move it to ${folder} (files and folders starting with "_" are drafts and are skipped)`,
  }),
  'id-mismatch': item<{ id: string; comparedWith: string; sameAs: string }>({
    severity: 'error',
    message: ({ id, comparedWith }) => `the id "${id}" does not match the ${comparedWith}`,
    hint: ({ sameAs }) => `make the id and the ${sameAs} the same`,
  }),
  'duplicate-id': item<{ id: string; usedBy: string }>({
    severity: 'error',
    message: ({ id, usedBy }) => `the id "${id}" is already used by ${usedBy}`,
    hint: () => 'give each item its own id; if both files describe the same thing, merge them',
  }),
  'unknown-language': item<{ code: string; known: string }>({
    severity: 'error',
    message: ({ code }) => `"${code}" is not one of the languages in languages.yaml`,
    hint: ({ known }) => `use one of ${known}, or add the language to languages.yaml first`,
  }),
  'unknown-reference': item<{ kind: string; id: string; nearest: string }>({
    severity: 'error',
    message: ({ kind, id }) => `there is no ${kind} with the id "${id}"`,
    hint: ({ kind, nearest }) =>
      `check the spelling${nearest ? ` (did you mean ${nearest}?)` : ''}, or write the ${kind} first`,
  }),
  'link-to-invalid': item<{ kind: string; id: string }>({
    severity: 'warning',
    message: ({ kind, id }) => `links to the ${kind} "${id}", which is left out because its own file has errors`,
    hint: () => 'fix the errors reported for that file; the link comes back by itself',
  }),
  'missing-source-language': item<{ lang: string; folder: string }>({
    severity: 'error',
    message: ({ lang }) => `the entry has no text in its source language "${lang}"`,
    hint: ({ lang, folder }) =>
      `add ${folder}/${lang}.md, or change "sourceLang" in entry.yaml to a language that has a file`,
  }),
  'missing-entry-yaml': item({
    severity: 'error',
    message: () => 'this entry folder has no entry.yaml',
    hint: () =>
      'add entry.yaml with id, kind, country, appliesTo, category, sources and updated (see knowledge/README.md)',
  }),
  'reviewed-at-renamed': item({
    severity: 'error',
    message: () => '"reviewedAt" is no longer used: it was the date the text was written, not a lawyer\'s review',
    hint: () =>
      'rename it to "updated" (the date the text last changed); add "legalReview: { by: <lawyer or organisation>, date: YYYY-MM-DD }" only when a lawyer has signed the entry off',
  }),
  'flow-cycle': item<{ cycle: string }>({
    severity: 'error',
    message: ({ cycle }) => `the flow goes round in a circle: ${cycle}`,
    hint: () => 'every path must end in an answer; point one of these options to a new node instead',
  }),
  'flow-unreachable': item<{ node: string }>({
    severity: 'error',
    message: ({ node }) => `no option leads to the node "${node}"`,
    hint: () => 'point an option to it with "next", or delete the node',
  }),
  'flow-missing-node': item<{ node: string; known: string }>({
    severity: 'error',
    message: ({ node }) => `there is no node called "${node}" in this flow`,
    hint: ({ known }) => `use one of the node names in this file: ${known}`,
  }),
  'translation-outdated': item<{ lang: string; source: string; file: string }>({
    severity: 'warning',
    message: ({ lang, source }) => `the ${lang} translation was made from an older version of the ${source} text`,
    hint: ({ file }) =>
      `update the translation to match the source text, then run "npm run knowledge:stamp -- ${file}"`,
  }),
  'translation-unstamped': item<{ file: string }>({
    severity: 'warning',
    message: () => 'the translation does not say which version of the source text it was made from ("translatedFrom")',
    hint: ({ file }) => `check it against the source text, then run "npm run knowledge:stamp -- ${file}"`,
  }),
  'translation-number-missing': item<{ lang: string; source: string; numbers: string }>({
    severity: 'warning',
    message: ({ lang, source, numbers }) =>
      `the ${lang} translation does not have ${numbers}, which the ${source} text has`,
    hint: () =>
      'write each number in the translation as the source text has it, in the digits 0-9 (a phone number, fee, year or article must never be lost or changed in translation)',
  }),
  'review-old': item<{ date: string }>({
    severity: 'warning',
    message: ({ date }) => `the last legal review was on ${date}, more than 12 months ago`,
    hint: () =>
      'ask a lawyer to check the text against the current law, then set "legalReview" to their name and the date of that check',
  }),
  'contacts-old': item<{ date: string }>({
    severity: 'warning',
    message: ({ date }) => `the contacts were last verified on ${date}, more than 12 months ago`,
    hint: () =>
      'check that every phone number, address and web page still works, then set "reviewedAt" to the date of that check',
  }),
  'no-source': item({
    severity: 'warning',
    message: () => 'the entry cites no source',
    hint: () => 'add at least one source with a title and a https:// address under "sources"',
  }),
};

export type DiagnosticCode = keyof typeof catalogue;

/** The named arguments the item `code` is written from. */
export type DiagnosticArgs<C extends DiagnosticCode> =
  (typeof catalogue)[C] extends CatalogueItem<infer Args> ? Args : never;

/** Builds a diagnostic from the catalogue; `args` fill the item's message and hint (items without arguments take none). */
export function diagnose<C extends DiagnosticCode>(
  code: C,
  where: Where,
  ...[args]: Record<string, never> extends DiagnosticArgs<C> ? [] : [args: DiagnosticArgs<C>]
): Diagnostic {
  const item = catalogue[code] as CatalogueItem<DiagnosticArgs<C>>;
  const named = (args ?? {}) as DiagnosticArgs<C>;
  return { severity: item.severity, code, ...where, message: item.message(named), hint: item.hint(named) };
}

/** Lists up to `max` ids in quotes, for hints that suggest what was probably meant. */
export function listIds(ids: Iterable<string>, max = 8): string {
  const all = [...ids];
  const shown = all
    .slice(0, max)
    .map((id) => `"${id}"`)
    .join(', ');
  return all.length > max ? `${shown} and ${all.length - max} more` : shown;
}

/** The known ids closest in spelling to `id` (at most three edits away), for "did you mean" hints. */
export function nearestIds(id: string, known: Iterable<string>): string {
  const scored = [...known].map((k) => ({ k, d: editDistance(id, k) })).filter(({ d }) => d <= 3);
  return listIds(
    scored
      .sort((a, b) => a.d - b.d)
      .slice(0, 3)
      .map(({ k }) => k),
  );
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length]!;
}
