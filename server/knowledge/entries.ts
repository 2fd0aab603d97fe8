// Builds one entry from its folder: entry.yaml plus one Markdown file per language.
import { EntryMeta, EntryTranslationFrontMatter } from './schema.ts';
import type { Diagnostic, Entry, EntryTranslation, TranslationStatus } from './snapshot.ts';
import { diagnose, listIds } from './diagnostics.ts';
import { splitFrontMatterBytes } from './front-matter.ts';
import { parseYaml, type ParsedYaml } from './parse-yaml.ts';
import { validate } from './validate.ts';
import { missingNumbers, numbersOf } from './numbers.ts';
import { sourceVersion } from './source-version.ts';
import { trimmedCopy, utf8Text, type TextFile } from './text-file.ts';

export interface EntryFolder {
  folder: string;
  country: string;
  id: string;
  meta?: TextFile;
  texts: { file: string; lang: string; bytes: Uint8Array }[];
}

type Draft = Omit<EntryTranslation, 'status'>;

/** The entry, when its entry.yaml and source-language text are valid; translations with problems are left out. */
export function buildEntry(
  folder: EntryFolder,
  languages: ReadonlySet<string>,
): { entry?: Entry; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const drafts = new Map<string, Draft>();
  for (const text of folder.texts) {
    if (!languages.has(text.lang)) {
      diagnostics.push(
        diagnose('unknown-language', { file: text.file }, { code: text.lang, known: listIds(languages, 20) }),
      );
      continue;
    }
    const result = readTranslation(text.file, text.bytes, text.lang);
    diagnostics.push(...result.diagnostics);
    if (result.draft) drafts.set(text.lang, result.draft);
  }

  if (!folder.meta) {
    diagnostics.push(diagnose('missing-entry-yaml', { file: `${folder.folder}/entry.yaml` }));
    return { diagnostics };
  }
  const { parsed, diagnostics: yamlProblems } = parseYaml(folder.meta.text, folder.meta.file);
  diagnostics.push(...yamlProblems);
  if (!parsed) return { diagnostics };
  const { value: meta, diagnostics: schemaProblems } = validate(
    EntryMeta,
    withoutOldReviewDate(parsed, folder.meta.file, diagnostics),
    folder.meta.file,
  );
  diagnostics.push(...schemaProblems);
  if (!meta) return { diagnostics };

  const where = (field: string) => ({ file: folder.meta!.file, line: parsed.lineOf([field]), field });
  if (meta.id !== folder.id) {
    diagnostics.push(
      diagnose('id-mismatch', where('id'), {
        id: meta.id,
        comparedWith: `folder name "${folder.id}"`,
        sameAs: 'folder name',
      }),
    );
  }
  if (meta.country.toLowerCase() !== folder.country) {
    diagnostics.push(
      diagnose('id-mismatch', where('country'), {
        id: meta.country,
        comparedWith: `country folder "${folder.country}"`,
        sameAs: 'country folder (in lower case)',
      }),
    );
  }
  if (!languages.has(meta.sourceLang)) {
    diagnostics.push(
      diagnose('unknown-language', where('sourceLang'), { code: meta.sourceLang, known: listIds(languages, 20) }),
    );
  }
  // A wrong id, country or language in entry.yaml makes every link to the entry doubtful: leave it out.
  if (diagnostics.some((d) => d.severity === 'error' && d.file === folder.meta!.file)) return { diagnostics };
  const source = drafts.get(meta.sourceLang);
  if (!source) {
    diagnostics.push(
      diagnose('missing-source-language', where('sourceLang'), {
        lang: meta.sourceLang,
        folder: `knowledge/${folder.folder}`,
      }),
    );
    return { diagnostics };
  }
  if (meta.sources.length === 0) diagnostics.push(diagnose('no-source', where('sources')));

  const version = sourceVersion({ title: source.title, summary: source.summary, body: utf8Text(source.body) });
  const translations: Record<string, EntryTranslation> = {};
  // What a reader sees of a text is its summary and body (keywords are search terms, not content).
  let sourceNumbers: Map<string, string> | undefined;
  for (const [lang, draft] of drafts) {
    const status = statusOf(lang, meta.sourceLang, draft.translatedFrom, version);
    if (status === 'outdated') {
      const code = draft.translatedFrom ? 'translation-outdated' : 'translation-unstamped';
      diagnostics.push(
        diagnose(
          code,
          { file: draft.file, field: 'translatedFrom' },
          { lang, source: meta.sourceLang, file: `knowledge/${draft.file}` },
        ),
      );
    }
    if (status === 'translated') {
      sourceNumbers ??= numbersOf(source.body, numbersOf(Buffer.from(source.summary)));
      const missing = missingNumbers(sourceNumbers, [Buffer.from(draft.summary), draft.body]);
      if (missing.length) {
        diagnostics.push(
          diagnose(
            'translation-number-missing',
            { file: draft.file },
            { lang, source: meta.sourceLang, numbers: missing.join(', ') },
          ),
        );
      }
    }
    translations[lang] = Object.freeze({ ...draft, status });
  }
  const entry: Entry = { ...meta, sourceVersion: version, translations: Object.freeze(translations) };
  return { entry, diagnostics };
}

/**
 * Before issue 12, entry.yaml had `reviewedAt`, which was only ever the day the text was written: report the one
 * clear fix instead of the schema's "unknown field" and "missing updated", and check the rest as if it were renamed.
 */
function withoutOldReviewDate(parsed: ParsedYaml, file: string, diagnostics: Diagnostic[]): ParsedYaml {
  const data = parsed.data;
  if (!data || typeof data !== 'object' || !('reviewedAt' in data)) return parsed;
  diagnostics.push(diagnose('reviewed-at-renamed', { file, line: parsed.lineOf(['reviewedAt']), field: 'reviewedAt' }));
  const { reviewedAt, ...rest } = data as Record<string, unknown>;
  return { ...parsed, data: 'updated' in rest ? rest : { ...rest, updated: reviewedAt } };
}

function statusOf(
  lang: string,
  sourceLang: string,
  translatedFrom: string | undefined,
  version: string,
): TranslationStatus {
  if (lang === sourceLang) return 'original';
  return translatedFrom === version ? 'translated' : 'outdated';
}

function readTranslation(file: string, bytes: Uint8Array, lang: string): { draft?: Draft; diagnostics: Diagnostic[] } {
  const split = splitFrontMatterBytes(bytes);
  if (!split) return { diagnostics: [diagnose('no-front-matter', { file, line: 1 })] };
  const { parts } = split;
  const { parsed, diagnostics } = parseYaml(parts.yaml, file, parts.yamlStartLine);
  if (!parsed) return { diagnostics };
  const { value, diagnostics: schemaProblems } = validate(EntryTranslationFrontMatter, parsed, file);
  if (!value) return { diagnostics: schemaProblems };
  return {
    draft: { ...value, lang, body: trimmedCopy(split.body), file },
    diagnostics: [],
  };
}
