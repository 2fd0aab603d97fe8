// Writes a synthetic knowledge folder of N entries × every language, made from the real entries so that text
// lengths and vocabulary are realistic. Two kinds (issue 13): `copies` repeat the real entries with one unique
// reference word each, so keywords and summaries repeat (which the index's caches absorb) and the YAML is
// block-style (which the fast reader takes); `distinct` entries change a share of every text's words into words
// of their own, and write their YAML in the flow style the real files use.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Document, isCollection, parse, stringify, visit } from 'yaml';
import { splitFrontMatter } from '../server/knowledge/front-matter.ts';
import { sourceVersion } from '../server/knowledge/source-version.ts';
import { random } from './random.ts';

interface Text {
  title: string;
  summary: string;
  keywords: string[];
  body: string;
}

interface Template {
  country: string;
  meta: Record<string, unknown>;
  texts: Map<string, Text>;
}

async function readTemplates(knowledge: string): Promise<Template[]> {
  const templates: Template[] = [];
  for (const country of await readdir(join(knowledge, 'entries'))) {
    for (const id of await readdir(join(knowledge, 'entries', country))) {
      if (id.startsWith('_') || id.startsWith('.')) continue;
      const folder = join(knowledge, 'entries', country, id);
      const meta = parse(await readFile(join(folder, 'entry.yaml'), 'utf8')) as Record<string, unknown>;
      const texts = new Map<string, Text>();
      for (const file of (await readdir(folder)).filter((f) => f.endsWith('.md'))) {
        const parts = splitFrontMatter(await readFile(join(folder, file), 'utf8'));
        if (!parts) continue;
        const front = parse(parts.yaml) as Text;
        texts.set(file.slice(0, -3), {
          title: front.title,
          summary: front.summary,
          keywords: front.keywords ?? [],
          body: parts.body,
        });
      }
      if (texts.has('en')) templates.push({ country, meta, texts });
    }
  }
  return templates;
}

export type SyntheticKind = 'copies' | 'distinct';

/** YAML as the real files write it: a block mapping at the top, every collection inside it on one flow line. */
function flowStyle(value: unknown): string {
  const doc = new Document(value);
  visit(doc, {
    Collection(_key, node, path) {
      if (path.length > 1 && isCollection(node)) node.flow = true;
    },
  });
  return doc.toString({ lineWidth: 0 });
}

function markdown(text: Text, extra: Record<string, unknown>, kind: SyntheticKind): string {
  const front = { title: text.title, summary: text.summary, keywords: text.keywords, ...extra };
  return `---\n${kind === 'distinct' ? flowStyle(front) : stringify(front)}---\n${text.body}\n`;
}

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'ti', 'vo', 'ze', 'da', 'be', 'fu', 'gi', 'ho', 'ja', 'ye'];
/** A quarter of the words of four or more letters become words of this entry's own (a letter-only suffix, so
 *  the tokenizer keeps them whole); Markdown marks and numbers are left as they are. */
const CHANGED_SHARE = 0.25;

function distinctText(text: string, next: () => number): string {
  return text.replace(/\p{L}{4,}/gu, (word) =>
    next() < CHANGED_SHARE ? word + SYLLABLES[Math.floor(next() * 16)]! + SYLLABLES[Math.floor(next() * 16)]! : word,
  );
}

/** Writes `count` entries in every language of languages.yaml into `out`; returns the number of files written. */
export async function writeSyntheticKnowledge(
  knowledge: string,
  out: string,
  count: number,
  kind: SyntheticKind = 'copies',
): Promise<number> {
  for (const single of ['languages.yaml', 'countries.yaml', 'categories.yaml', 'emergency.yaml'])
    await cp(join(knowledge, single), join(out, single));
  await cp(join(knowledge, 'organisations'), join(out, 'organisations'), { recursive: true });
  const { languages } = parse(await readFile(join(knowledge, 'languages.yaml'), 'utf8')) as {
    languages: { code: string }[];
  };
  const templates = await readTemplates(knowledge);
  let files = 0;
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const id = `${String(template.meta.id)}-s${i}`;
    const folder = join(out, 'entries', template.country, id);
    await mkdir(folder, { recursive: true });
    const tag = `ref${i.toString(36)}`;
    const next = random(i + 1);
    const vary = (text: Text): Text =>
      kind === 'copies'
        ? { ...text, title: `${text.title} ${tag}`.slice(0, 140), body: `${text.body}\n\n${tag}` }
        : {
            title: `${distinctText(text.title, next)} ${tag}`.slice(0, 140),
            summary: distinctText(text.summary, next).slice(0, 400),
            keywords: text.keywords.map((k) => distinctText(String(k), next)),
            body: `${distinctText(text.body, next)}\n\n${tag}`,
          };
    const en = vary(template.texts.get('en')!);
    const version = sourceVersion({ title: en.title, summary: en.summary, body: en.body });
    const meta = {
      ...template.meta,
      id,
      sourceLang: 'en',
      related: {
        entries: [],
        organisations: (template.meta.related as { organisations?: string[] })?.organisations ?? [],
      },
    };
    const writes = [writeFile(join(folder, 'entry.yaml'), kind === 'distinct' ? flowStyle(meta) : stringify(meta))];
    for (const { code } of languages) {
      const text = code === 'en' ? en : vary(template.texts.get(code) ?? template.texts.get('en')!);
      writes.push(
        writeFile(join(folder, `${code}.md`), markdown(text, code === 'en' ? {} : { translatedFrom: version }, kind)),
      );
    }
    await Promise.all(writes);
    files += writes.length;
  }
  return files;
}
