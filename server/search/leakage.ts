// Leakage check (issue 11): a keyword or summary holding 4 or more consecutive words of an eval question makes
// the eval measure memory, not search. Words are compared as the search reads them, so it lives with the search. Pure: the callers pass the questions and a way to read a file's text
// (for the line number); reported as warnings, in `npm run knowledge:check` and in `npm run eval`.
import type { EvalText } from '../knowledge/eval-questions.ts';
import type { Diagnostic, Snapshot } from '../knowledge/snapshot.ts';
import { words } from './tokenize.ts';

/** This many consecutive words shared with a question count as copied. */
const LEAK_WORDS = 4;

const gramsOf = (list: readonly string[]): string[] =>
  list.length < LEAK_WORDS ? [] : list.slice(LEAK_WORDS - 1).map((_, i) => list.slice(i, i + LEAK_WORDS).join(' '));

/** The 1-based line of `text` holding `needle`, if any. */
function lineOf(text: string | undefined, needle: string): number | undefined {
  const at = text?.indexOf(needle) ?? -1;
  return at < 0 ? undefined : text!.slice(0, at).split('\n').length;
}

/** Runs of words that name things: entry titles and organisation names, in every language. A question that names a
 *  decision or an office as the knowledge does ("sınır dışı etme kararı", "Devlet Göç Hizmeti") has not been
 *  copied into the knowledge; it uses the official name. */
function namesOf(kb: Snapshot): Set<string> {
  const names = new Set<string>();
  const add = (text: string, lang: string) => {
    for (const gram of gramsOf(words(text, lang))) names.add(gram);
  };
  for (const entry of kb.entries.values()) for (const t of Object.values(entry.translations)) add(t.title, t.lang);
  for (const org of kb.organisations.values()) for (const [lang, name] of Object.entries(org.name)) add(name, lang);
  return names;
}

/** Warnings for every lexicon word or phrase (concepts and not-covered topics) sharing 4+ consecutive words with an
 *  eval question: the lexicon is read like keywords, so a phrase copied from a question leaks the same way. */
function lexiconLeaks(
  kb: Snapshot,
  copied: ReadonlyMap<string, string>,
  source: (file: string) => string | undefined,
  files: readonly string[],
): Diagnostic[] {
  const lexiconFiles = files.filter((f) => f.startsWith('lexicon/'));
  const found: Diagnostic[] = [];
  const lists = [
    ['concepts', kb.lexicon ?? []],
    ['notCovered', kb.notCovered ?? []],
  ] as const;
  for (const [list, concepts] of lists) {
    for (const concept of concepts) {
      for (const [lang, phrases] of Object.entries(concept.words)) {
        for (const phrase of phrases) {
          const gram = gramsOf(words(phrase, lang)).find((g) => copied.has(g));
          if (gram === undefined) continue;
          const file = lexiconFiles.find((f) => source(f)?.includes(phrase)) ?? 'lexicon/';
          found.push({
            severity: 'warning',
            code: 'eval-leak',
            file,
            line: lineOf(source(file), phrase),
            field: `${list}[${concept.id}].words.${lang}`,
            message: `"${phrase}" contains "${gram}", words of the eval question ${copied.get(gram)}.`,
            hint: 'Write lexicon phrases from how people speak in general, not from eval questions: shorten or reword it.',
          });
        }
      }
    }
  }
  return found;
}

/** Warnings for every keyword, summary and lexicon phrase sharing 4+ consecutive words with an eval question,
 *  official names aside. `files`: the knowledge folder's files (disk.ts `listFiles`), to find a lexicon phrase's line. */
export function leaks(
  kb: Snapshot,
  questions: readonly EvalText[],
  source: (file: string) => string | undefined,
  files: readonly string[] = [],
): Diagnostic[] {
  const names = namesOf(kb);
  const copied = new Map<string, string>();
  for (const { where, q } of questions) {
    for (const gram of gramsOf(words(q, ''))) if (!copied.has(gram) && !names.has(gram)) copied.set(gram, where);
  }
  const found: Diagnostic[] = [];
  for (const entry of kb.entries.values()) {
    for (const t of Object.values(entry.translations)) {
      const fields: [string, string][] = [
        ...t.keywords.map((k, i): [string, string] => [`keywords[${i}]`, k]),
        ['summary', t.summary],
      ];
      for (const [field, text] of fields) {
        const gram = gramsOf(words(text, t.lang)).find((g) => copied.has(g));
        if (gram === undefined) continue;
        found.push({
          severity: 'warning',
          code: 'eval-leak',
          file: t.file,
          line: lineOf(source(t.file), text) ?? lineOf(source(t.file), `\n${field.replace(/\[.*/, '')}:`)! + 1,
          field,
          message: `contains "${gram}", words of the eval question ${copied.get(gram)}.`,
          hint: 'Write keywords from how people ask in general, not from eval questions: reword it, or let the concept lexicon (knowledge/lexicon/) carry the word.',
        });
      }
    }
  }
  return [...found, ...lexiconLeaks(kb, copied, source, files)];
}
