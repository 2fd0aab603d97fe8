import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, parseDocument, stringify } from 'yaml';
import { splitFrontMatter } from '../../../server/knowledge/front-matter.ts';
import { readSimpleYaml } from '../../../server/knowledge/simple-yaml.ts';

const KNOWLEDGE = join(import.meta.dirname, '..', '..', '..', 'knowledge');

/** The YAML text of every knowledge file: whole .yaml files and the front matter of .md files. */
function yamlTexts(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && (d.name.endsWith('.yaml') || (d.name.endsWith('.md') && d.name !== 'README.md')))
    .map((d) => readFileSync(join(d.parentPath, d.name), 'utf8'))
    .map((text) => splitFrontMatter(text)?.yaml ?? text);
}

/** What the `yaml` package, the reference, reads; 'error' when it refuses the text. */
function reference(text: string): unknown {
  const doc = parseDocument(text, { uniqueKeys: true });
  return doc.errors.length > 0 ? 'error' : doc.toJS();
}

const written = yamlTexts(KNOWLEDGE);
// The same data in block style too (nested mappings, lists of mappings), the way tools such as `yaml` write it.
const texts = [...written, ...written.map((text) => stringify(parse(text)))];

describe('readSimpleYaml', () => {
  it('reads nearly every knowledge file, exactly as the yaml package does', () => {
    const read = texts.map((text) => ({ text, data: readSimpleYaml(text) })).filter((r) => r.data !== undefined);
    expect(read.length).toBeGreaterThan(texts.length * 0.97);
    for (const { text, data } of read) expect(data).toEqual(reference(text));
  });

  it.each([
    ['a title with a colon: inside', 'title: "Appeal: how"\n', { title: 'Appeal: how' }],
    ['folded plain text', 'summary: one\n  two\n\n  three\n', { summary: 'one two\nthree' }],
    ['a flow list over lines', 'keywords:\n  [\n    a,\n    "b, c",\n    157\n  ]\n', { keywords: ['a', 'b, c', 157] }],
    ['a block list at the key indent', 'keywords:\n- a\n- b\n', { keywords: ['a', 'b'] }],
    [
      'typed plain scalars',
      'a: true\nb: ~\nc: 0x1F\nd: 1e3\ne: .inf\nf: 2026-11-22\n',
      { a: true, b: null, c: 31, d: 1000, e: Infinity, f: '2026-11-22' },
    ],
    ['escapes in double quotes', 'a: "say \\"hi\\" \\\\ \\/ \\t"\n', { a: 'say "hi" \\ / \t' }],
    ["single quotes with ''", "a: 'it''s'\n", { a: "it's" }],
    [
      'flow mappings in a list, with lists inside',
      'sources:\n  - { title: "A: b", url: "https://x.org/#a" }\nrelated: { entries: [a, b], organisations: [] }\n',
      { sources: [{ title: 'A: b', url: 'https://x.org/#a' }], related: { entries: ['a', 'b'], organisations: [] } },
    ],
    [
      'a flow mapping over lines',
      'label: {\n    en: Website,\n    tr: "Web sitesi"\n  }\n',
      { label: { en: 'Website', tr: 'Web sitesi' } },
    ],
    ['comment lines', '# a list\na:\n  # first\n  - b\n\n# end\n', { a: ['b'] }],
    [
      'folded and literal block scalars',
      'a: >-\n  one\n  two\n\n  three\nb: |\n  x\n  # y\nc: >\n  z\n',
      { a: 'one two\nthree', b: 'x\n# y\n', c: 'z\n' },
    ],
    [
      'nested mappings and lists of mappings',
      'related:\n  entries: []\n  organisations:\n    - rrt\nsources:\n  - title: "A: b"\n    url: https://x.org\n',
      { related: { entries: [], organisations: ['rrt'] }, sources: [{ title: 'A: b', url: 'https://x.org' }] },
    ],
  ])('reads %s', (_, text, expected) => {
    expect(readSimpleYaml(text)).toEqual(expected);
    expect(reference(text)).toEqual(expected);
  });

  it.each([
    ['text on the line after its key', 'title:\n  Appeal\n'],
    ['a comment after a value', 'title: x # note\n'],
    ['a comment in a flow mapping', 'a: { b: c # note\n  }\n'],
    ['a flow key without a value', 'a: { b, c: d }\n'],
    ['a quoted flow key', 'a: { "b": c }\n'],
    ['a single-pair mapping in a flow list', 'a: [b: c]\n'],
    ['a rare escape', 'title: "a\\x41b"\n'],
    ['an escaped line break', 'title: "a\\\n  b"\n'],
    ['a repeated key', 'a: 1\na: 2\n'],
    ['a block scalar with a more indented line', 'a: >-\n  x\n    y\n'],
    ['a block scalar with trailing spaces', 'a: |\n  x  \n'],
    ['a line after a comment that goes on the value', 'a: b\n# note\n  c\n'],
    ['an anchor', 'a: &x 1\nb: *x\n'],
    ['an empty document', ''],
    ['a tab', 'a:\tx\n'],
    ['a no-break space (YAML keeps it, JavaScript would trim it)', 'a: x\u00a0\n'],
    ['a carriage return', 'a: x\r\nb: y\n'],
  ])('declines %s (a full parser reads it)', (_, text) => {
    expect(readSimpleYaml(text)).toBeUndefined();
  });

  it('never reads differently from the yaml package, on 30,000 seeded mutations of real files', () => {
    let seed = 20261204;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    const pieces = [
      '"',
      "'",
      ':',
      ' ',
      '\n',
      '\n  ',
      '-',
      '#',
      '[',
      ']',
      ',',
      '{',
      '\\',
      '\t',
      '&',
      '*',
      '!',
      '|',
      '>',
      '?',
      '~',
      '0',
      '.',
      '\n- ',
      ': ',
      ' #',
      "''",
      '\n\n',
      '\u00a0',
      '\r',
      '\u200c',
      '\\"',
      '\\n',
      '>-\n  ',
      '|\n  ',
      '\n# ',
    ];
    let read = 0;
    for (let n = 0; n < 30_000; n++) {
      let text = texts[n % texts.length]!;
      for (let k = 1 + Math.floor(random() * 3); k > 0; k--) {
        const at = Math.floor(random() * text.length);
        text =
          text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at + (random() < 0.3 ? 1 : 0));
      }
      const data = readSimpleYaml(text);
      if (data === undefined) continue;
      read++;
      expect(data, text).toEqual(reference(text));
    }
    expect(read).toBeGreaterThan(1000);
  }, 60_000);
});
