// Parses YAML text while keeping the way to where every field stands, so each problem can name its line.
// Two readers: speed matters at 100,000 files, so the kind the knowledge format is written in (block mappings,
// lists, flow lists and flow mappings of text) is read by simple-yaml.ts (~10 µs a file); anything else (comments,
// block scalars, escapes) by the `yaml` package (~200 µs), which also knows every node's position: it reads a
// file that needed no full parse only when a problem in it needs a line number.
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Diagnostic } from './snapshot.ts';
import { diagnose } from './diagnostics.ts';
import { readSimpleYaml } from './simple-yaml.ts';

export type FieldPath = readonly PropertyKey[];

/** The 1-based line of the field at `path` in the file, or of its nearest parent that exists. */
export type LineOf = (path: FieldPath) => number | undefined;

export interface ParsedYaml {
  data: unknown;
  lineOf: LineOf;
}

interface Located {
  doc: Document;
  toLine(offset: number): number;
}

function locate(text: string, firstLine: number): Located {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  return { doc, toLine: (offset) => counter.linePos(offset).line + firstLine - 1 };
}

/** `firstLine` is the file line where the YAML text starts (2 for Markdown front matter). */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  let data: unknown = readSimpleYaml(text);
  let located: Located | undefined;
  if (data === undefined) {
    located = locate(text, firstLine);
    const { doc, toLine } = located;
    if (doc.errors.length > 0) {
      // Later parse errors are nearly always echoes of the first one: report the first, precisely.
      const first = doc.errors[0]!;
      return {
        diagnostics: [
          diagnose('yaml-syntax', { file, line: toLine(first.pos[0]) }, { detail: firstSentence(first.message) }),
        ],
      };
    }
    data = doc.toJS();
  }
  return { parsed: { data, lineOf: lineFinder(text, firstLine, located) }, diagnostics: [] };
}

/** Finds the lines of fields in `text`, which is parsed for positions only when first asked. */
export function lineFinder(text: string, firstLine = 1, located?: Located): LineOf {
  return (path) => {
    located ??= locate(text, firstLine);
    const offset = offsetOf(located.doc, path);
    return offset === undefined ? undefined : located.toLine(offset);
  };
}

/** The start offset of the deepest node on `path` that exists (the key's position for map fields). */
function offsetOf(doc: Document, path: FieldPath): number | undefined {
  let node: unknown = doc.contents;
  let offset = (doc.contents as Node | null)?.range?.[0];
  for (const key of path) {
    if (!isMap(node) && !(node && typeof node === 'object' && 'items' in node)) break;
    const items = (node as { items: unknown[] }).items;
    const next = isMap(node)
      ? items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key)
      : items[key as number];
    if (next === undefined) break;
    if (isPair(next)) {
      offset = (next.key as Node).range?.[0] ?? offset;
      node = next.value;
    } else {
      offset = (next as Node).range?.[0] ?? offset;
      node = next;
    }
  }
  return offset;
}

function firstSentence(message: string): string {
  return message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
}
