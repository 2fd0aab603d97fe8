// Parses YAML text while remembering where every field stands, so each problem can name its line.
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document, type Node } from 'yaml';
import type { Diagnostic } from './snapshot.ts';
import { diagnose } from './diagnostics.ts';

export type FieldPath = readonly PropertyKey[];

export interface ParsedYaml {
  data: unknown;
  /** The 1-based line of the field at `path` in the file, or of its nearest parent that exists. */
  lineOf(path: FieldPath): number | undefined;
}

/** `firstLine` is the file line where the YAML text starts (2 for Markdown front matter). */
export function parseYaml(
  text: string,
  file: string,
  firstLine = 1,
): { parsed?: ParsedYaml; diagnostics: Diagnostic[] } {
  const counter = new LineCounter();
  const doc = parseDocument(text, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const toLine = (offset: number) => counter.linePos(offset).line + firstLine - 1;
  if (doc.errors.length > 0) {
    // Later parse errors are nearly always echoes of the first one: report the first, precisely.
    const first = doc.errors[0]!;
    return { diagnostics: [diagnose('yaml-syntax', { file, line: toLine(first.pos[0]) }, [firstSentence(first.message)])] };
  }
  const lineOf = (path: FieldPath) => {
    const offset = offsetOf(doc, path);
    return offset === undefined ? undefined : toLine(offset);
  };
  return { parsed: { data: doc.toJS(), lineOf }, diagnostics: [] };
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
