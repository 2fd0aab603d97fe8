// Splits a Markdown knowledge file into its YAML front matter and body, keeping line numbers.
import { utf8Text } from './text-file.ts';

export interface FrontMatterParts {
  /** YAML text between the two `---` lines. */
  yaml: string;
  body: string;
  /** 1-based line in the file where the YAML starts (for mapping YAML errors to file lines). */
  yamlStartLine: number;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
}

const OPENING = /^---[ \t]*(?:\n|$)/;

/** Where the closing `---` line starts (at or after `from`, at the start of a line), or -1. */
function closingFence(text: string, from: number): number {
  // indexOf, not a regular expression with look-behind: this runs for each of 110,000 translations.
  for (let at = text.indexOf('\n---', from - 1); at >= 0; at = text.indexOf('\n---', at + 1)) {
    let end = at + 4;
    while (text[end] === ' ' || text[end] === '\t') end++;
    if (end === text.length || text[end] === '\n') return at + 1;
  }
  return -1;
}

/** Returns null when the file does not start with a `---` front matter block. Line ends come out as `\n`. */
export function splitFrontMatter(source: string): FrontMatterParts | null {
  // Found by searching rather than by splitting every line: bodies are most of the text and need no splitting.
  let text = source.charCodeAt(0) === 0xfeff ? source.slice(1) : source;
  if (text.includes('\r\n')) text = text.replaceAll('\r\n', '\n');
  const opening = OPENING.exec(text);
  if (!opening) return null;
  const yamlStart = opening[0].length;
  const closing = closingFence(text, yamlStart);
  if (closing < 0) return null;
  const lineEnd = text.indexOf('\n', closing);
  const bodyStart = lineEnd < 0 ? text.length : lineEnd + 1;
  return {
    yaml: text.slice(yamlStart, Math.max(yamlStart, closing - 1)),
    body: text.slice(bodyStart),
    yamlStartLine: 2,
    bodyStartLine: linesBefore(text, closing) + 2,
  };
}

/** How many line ends stand before `end`. */
function linesBefore(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

const NEWLINE_FENCE = Buffer.from('\n---');

/**
 * The same split for a file's bytes, decoding only the front matter: the body, most of the file and seldom
 * read, stays bytes (decoding every body was a tenth of the time to load 110,000 translations).
 */
export function splitFrontMatterBytes(bytes: Uint8Array): { parts: FrontMatterParts; body: Uint8Array } | null {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = buffer.indexOf(NEWLINE_FENCE); at >= 0; at = buffer.indexOf(NEWLINE_FENCE, at + 1)) {
    let end = at + NEWLINE_FENCE.length;
    while (buffer[end] === 0x20 || buffer[end] === 0x09) end++;
    if (buffer[end] === 0x0d && buffer[end + 1] === 0x0a) end++;
    if (end < buffer.length && buffer[end] !== 0x0a) continue;
    // The head ends with the closing line, so splitting it finds the same front matter as the whole text would.
    const parts = splitFrontMatter(utf8Text(bytes.subarray(0, end + 1)));
    return parts && { parts, body: bytes.subarray(end + 1) };
  }
  return null;
}
