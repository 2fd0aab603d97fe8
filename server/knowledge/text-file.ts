// A knowledge file as text: checked to be UTF-8 and not empty, with a byte-order mark dropped.
import { isUtf8 } from 'node:buffer';
import type { Diagnostic } from './snapshot.ts';
import { diagnose } from './diagnostics.ts';

export interface KnowledgeFile {
  /** Relative to the knowledge folder, with forward slashes. */
  path: string;
  bytes: Uint8Array;
}

export interface TextFile {
  file: string;
  text: string;
}

/** UTF-8 bytes as text (a byte-order mark kept). */
export function utf8Text(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

const isAsciiSpace = (byte: number) => byte === 0x20 || (byte >= 0x09 && byte <= 0x0d);

/** Whether the file is text at all; the problem goes to `problems` when it is not. Decodes nothing if it can help it. */
export function isText(raw: KnowledgeFile, problems: Diagnostic[]): boolean {
  // isUtf8 is several times faster than a fatal TextDecoder, which was a tenth of the load time.
  if (!isUtf8(raw.bytes)) {
    problems.push(diagnose('not-utf8', { file: raw.path }));
    return false;
  }
  const first = raw.bytes.findIndex((byte) => !isAsciiSpace(byte));
  // Only other kinds of space (or a byte-order mark) can still make it blank, which decoding tells.
  const blank =
    first < 0 ||
    (raw.bytes[first]! >= 0x80 &&
      utf8Text(raw.bytes)
        .replace(/^\uFEFF/, '')
        .trim() === '');
  if (blank) problems.push(diagnose('empty-file', { file: raw.path }));
  return !blank;
}

/** The file's text, or undefined (with the problem in `problems`) when it cannot be read as text. */
export function decode(raw: KnowledgeFile, problems: Diagnostic[]): TextFile | undefined {
  if (!isText(raw, problems)) return undefined;
  const text = utf8Text(raw.bytes);
  return { file: raw.path, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

/** A copy of `bytes` without ASCII white space at either end. */
export function trimmedCopy(bytes: Uint8Array): Uint8Array {
  let [start, end] = [0, bytes.length];
  while (start < end && isAsciiSpace(bytes[start]!)) start++;
  while (end > start && isAsciiSpace(bytes[end - 1]!)) end--;
  // A plain Uint8Array (not a Buffer), so a body is the same whichever thread read it.
  return new Uint8Array(bytes.subarray(start, end));
}
