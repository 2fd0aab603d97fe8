// Writes a synthetic knowledge folder of N entries × every language, made from the real entries so that text
// lengths and vocabulary are realistic; each copy gets a unique reference word so the index really grows.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { splitFrontMatter } from '../server/knowledge/front-matter.ts';
import { sourceVersion } from '../server/knowledge/source-version.ts';

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
        texts.set(file.slice(0, -3), { title: front.title, summary: front.summary, keywords: front.keywords ?? [], body: parts.body });
      }
      if (texts.has('en')) templates.push({ country, meta, texts });
    }
  }
  return templates;
}

function markdown(text: Text, extra: Record<string, unknown>): string {
  return `---\n${stringify({ title: text.title, summary: text.summary, keywords: text.keywords, ...extra })}---\n${text.body}\n`;
}

/** Writes `count` entries in every language of languages.yaml into `out`; returns the number of files written. */
export async function writeSyntheticKnowledge(knowledge: string, out: string, count: number): Promise<number> {
  for (const single of ['languages.yaml', 'countries.yaml', 'categories.yaml', 'emergency.yaml']) await cp(join(knowledge, single), join(out, single));
  await cp(join(knowledge, 'organisations'), join(out, 'organisations'), { recursive: true });
  const { languages } = parse(await readFile(join(knowledge, 'languages.yaml'), 'utf8')) as { languages: { code: string }[] };
  const templates = await readTemplates(knowledge);
  let files = 0;
  for (let i = 0; i < count; i++) {
    const template = templates[i % templates.length]!;
    const id = `${String(template.meta.id)}-s${i}`;
    const folder = join(out, 'entries', template.country, id);
    await mkdir(folder, { recursive: true });
    const tag = `ref${i.toString(36)}`;
    const source = { ...template.texts.get('en')!, sourceLang: 'en' };
    const en = { ...source, title: `${source.title} ${tag}`.slice(0, 140), body: `${source.body}\n\n${tag}` };
    const version = sourceVersion({ title: en.title, summary: en.summary, body: en.body });
    const meta = { ...template.meta, id, sourceLang: 'en', related: { entries: [], organisations: (template.meta.related as { organisations?: string[] })?.organisations ?? [] } };
    const writes = [writeFile(join(folder, 'entry.yaml'), stringify(meta))];
    for (const { code } of languages) {
      const own = template.texts.get(code) ?? template.texts.get('en')!;
      const text = code === 'en' ? en : { ...own, title: `${own.title} ${tag}`.slice(0, 140), body: `${own.body}\n\n${tag}` };
      writes.push(writeFile(join(folder, `${code}.md`), markdown(text, code === 'en' ? {} : { translatedFrom: version })));
    }
    await Promise.all(writes);
    files += writes.length;
  }
  return files;
}
