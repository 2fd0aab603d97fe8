// Knowledge files written from a compact, typed description, built by the real builder (issue 15 item 7): tests get
// the snapshot the server would serve, and a change to the file format breaks every fixture loudly.
import { stringify } from 'yaml';
import type { z } from 'zod';
import { buildSnapshot, type KnowledgeFile } from '../../server/knowledge/build.ts';
import type { Concept } from '../../server/knowledge/lexicon.ts';
import type {
  Category,
  Country,
  EmergencyContact,
  EntryMeta,
  Flow,
  Language,
  Organisation,
} from '../../server/knowledge/schema.ts';
import type { Snapshot } from '../../server/knowledge/snapshot.ts';
import { sourceVersion } from '../../server/knowledge/source-version.ts';

/** One language's text of an entry: the front matter and body of `<lang>.md`. */
export interface EntryText {
  title: string;
  summary: string;
  keywords?: string[];
  /** The Markdown body; the summary when left out. */
  body?: string;
  reviewed?: boolean;
  /** A translation is made from the current source text unless it is 'outdated' (made from an older one). */
  status?: 'translated' | 'outdated';
}

/** One entry folder: entry.yaml and a text per language. */
export interface EntryDescription {
  meta: z.input<typeof EntryMeta>;
  texts: Record<string, EntryText>;
}

/** What the knowledge folder holds, as the schemas read it. */
export interface KnowledgeDescription {
  languages: z.input<typeof Language>[];
  countries: z.input<typeof Country>[];
  categories: z.input<typeof Category>[];
  emergency: z.input<typeof EmergencyContact>[];
  organisations?: z.input<typeof Organisation>[];
  flows?: z.input<typeof Flow>[];
  entries?: EntryDescription[];
  lexicon?: Concept[];
  notCovered?: Concept[];
}

const yamlFile = (path: string, data: unknown): KnowledgeFile => ({ path, bytes: Buffer.from(stringify(data)) });

function entryFiles({ meta, texts }: EntryDescription): KnowledgeFile[] {
  const folder = `entries/${meta.country.toLowerCase()}/${meta.id}`;
  const bodyOf = (text: EntryText) => text.body ?? text.summary;
  const source = texts[meta.sourceLang];
  if (!source) throw new Error(`${folder}: no text in the source language "${meta.sourceLang}"`);
  const current = sourceVersion({ ...source, body: bodyOf(source) });
  const older = sourceVersion({ ...source, body: `${bodyOf(source)} (before the last change)` });
  const textFiles = Object.entries(texts).map(([lang, text]): KnowledgeFile => {
    const { body, status, ...front } = text;
    const translatedFrom = lang === meta.sourceLang ? undefined : status === 'outdated' ? older : current;
    const frontMatter = stringify({ ...front, ...(translatedFrom && { translatedFrom }) });
    return { path: `${folder}/${lang}.md`, bytes: Buffer.from(`---\n${frontMatter}---\n${bodyOf(text)}\n`) };
  });
  return [yamlFile(`${folder}/entry.yaml`, meta), ...textFiles];
}

/** The files a knowledge folder with this content holds, laid out as content staff write them. */
function knowledgeFiles(k: KnowledgeDescription): KnowledgeFile[] {
  return [
    yamlFile('languages.yaml', { languages: k.languages }),
    yamlFile('countries.yaml', { countries: k.countries }),
    yamlFile('categories.yaml', { categories: k.categories }),
    yamlFile('emergency.yaml', { contacts: k.emergency }),
    ...(k.organisations ?? []).map((o) => yamlFile(`organisations/${o.id}.yaml`, o)),
    ...(k.flows ?? []).map((f) => yamlFile(`flows/${f.id}.yaml`, f)),
    ...(k.lexicon?.length ? [yamlFile('lexicon/concepts.yaml', { concepts: k.lexicon })] : []),
    ...(k.notCovered?.length ? [yamlFile('lexicon/not-covered.yaml', { notCovered: k.notCovered })] : []),
    ...(k.entries ?? []).flatMap(entryFiles),
  ];
}

// Writing the files takes longer than building them; many tests build the same knowledge, so it is written once.
const written = new WeakMap<KnowledgeDescription, KnowledgeFile[]>();

function filesOf(knowledge: KnowledgeDescription, edit?: (copy: KnowledgeDescription) => void): KnowledgeFile[] {
  if (edit) {
    const copy = structuredClone(knowledge);
    edit(copy);
    return knowledgeFiles(copy);
  }
  let files = written.get(knowledge);
  if (!files) {
    files = knowledgeFiles(knowledge);
    written.set(knowledge, files);
  }
  return files;
}

/**
 * The snapshot the real builder makes of this knowledge, after `edit` changes a copy of it; a new one each call.
 * Throws on any error, so a fixture never serves less than it describes.
 */
export function buildKnowledge(
  knowledge: KnowledgeDescription,
  options: { now: Date; edit?: (copy: KnowledgeDescription) => void },
): Snapshot {
  const snapshot = buildSnapshot(filesOf(knowledge, options.edit), { now: options.now });
  const errors = snapshot.problems.filter((p) => p.severity === 'error');
  if (errors.length)
    throw new Error(`the fixture knowledge has errors:\n${errors.map((e) => `${e.file}: ${e.message}`).join('\n')}`);
  return snapshot;
}
