// A fast reader for the plain kind of YAML most knowledge files are written in: block mappings of `key: value`
// lines and `- item` lists, nested by indentation, whose values are plain or quoted text (on one line or
// several) or `[a, b]` lists of text. It exists for speed alone: at 100,000 files js-yaml spends 80–200 µs a
// file, this ~10 µs. It answers `undefined` for anything outside that kind (flow mappings, comments, escapes,
// anchors, block scalars, tabs, a repeated key…), and the caller then asks a full YAML parser, so it never has
// to be right about anything but the plain kind. A test compares it with the `yaml` package on every knowledge
// file and on thousands of mutations of them.

type Scalar = string | number | boolean | null;
type Value = Scalar | Value[] | { [key: string]: Value };

/** Thrown to decline the document (the caller falls back to a full parser); not an Error, which would capture a
 *  stack trace each time: entry.yaml files are declined 10,000 times in a large knowledge base. */
const DECLINED = Symbol('declined');
const decline = (): never => {
  throw DECLINED;
};

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
/** Characters that may not start a plain scalar in our kind (YAML indicators, quotes and anything unusual). */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
/** A plain scalar may not have ":" before white space or at its end, nor "#" after white space (mappings, comments). */
const PLAIN_INSIDE = /:\s|\s#|:$|\t/;
const FLOW_INDICATOR = /[[\]{},]/;
const OTHER_SPACE = /[^\S \n]/;

// YAML 1.2 core schema: which plain scalars are not text.
const NULL = /^(?:~|null|Null|NULL)$/;
const TRUE = /^(?:true|True|TRUE)$/;
const FALSE = /^(?:false|False|FALSE)$/;
const DECIMAL = /^[-+]?[0-9]+$/;
const OCTAL = /^0o[0-7]+$/;
const HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?$/;
const SPECIAL_FLOAT = /^(?:[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;

/** Only text starting like a number, `~`, null, true or false can be anything but text; most start otherwise. */
const MAYBE_NOT_TEXT = /^[-+.0-9~nNtTfF]/;

function resolvePlain(text: string): Scalar {
  if (text === '') return null;
  if (!MAYBE_NOT_TEXT.test(text)) return text;
  if (NULL.test(text)) return null;
  if (TRUE.test(text)) return true;
  if (FALSE.test(text)) return false;
  if (DECIMAL.test(text) || FLOAT.test(text)) return Number(text);
  if (OCTAL.test(text)) return parseInt(text.slice(2), 8);
  if (HEX.test(text)) return parseInt(text.slice(2), 16);
  if (SPECIAL_FLOAT.test(text)) return text.includes('nan') || text.includes('NaN') || text.includes('NAN') ? NaN : text.startsWith('-') ? -Infinity : Infinity;
  return text;
}

/** Joins the lines of a multi-line scalar the YAML way: one line break is a space, each empty line a newline. */
function fold(lines: readonly string[]): string {
  let out = lines[0]!;
  let breaks = 0;
  for (const line of lines.slice(1)) {
    if (line === '') breaks++;
    else {
      out += breaks === 0 ? ` ${line}` : '\n'.repeat(breaks) + line;
      breaks = 0;
    }
  }
  return out + '\n'.repeat(breaks);
}

function plain(text: string, flow: boolean): string {
  if (!PLAIN_START.test(text) || PLAIN_INSIDE.test(text) || (flow && FLOW_INDICATOR.test(text))) decline();
  return text;
}

/** A quoted scalar spread over `lines` (the opening quote starts the first); `rest` is what follows the close. */
function quoted(lines: readonly string[]): { value: string; rest: string; used: number } {
  const quote = lines[0]![0]!;
  const parts: string[] = [];
  let text = lines[0]!.slice(1);
  for (let used = 1; ; used++) {
    // Backslash escapes are left to the full parser.
    if (quote === '"' && text.includes('\\')) decline();
    let end = -1;
    for (let i = text.indexOf(quote); i >= 0; i = text.indexOf(quote, i + 2)) {
      if (quote === "'" && text[i + 1] === "'") continue;
      end = i;
      break;
    }
    const body = end >= 0 ? text.slice(0, end) : text;
    // Spaces around a line break fold away; the ones inside the line the quote opens and closes on stay.
    const first = used === 1;
    parts.push(end >= 0 ? (first ? body : body.trimStart()) : first ? body.trimEnd() : body.trim());
    if (end >= 0) {
      // A quote that opens or closes a line of its own folds differently; rare enough to leave to the full parser.
      if (parts.length > 1 && (parts[0] === '' || parts.at(-1) === '')) decline();
      const value = fold(parts);
      return { value: quote === "'" ? value.replaceAll("''", "'") : value, rest: text.slice(end + 1).trim(), used };
    }
    if (used >= lines.length) decline();
    text = lines[used]!;
  }
}

/** `[a, "b c", d]`, possibly over several lines. */
function flowSequence(lines: readonly string[]): Scalar[] {
  let text = lines.join('\n').trim();
  if (!text.startsWith('[') || !text.endsWith(']') || text.includes('#')) decline();
  text = text.slice(1, -1);
  const items: Scalar[] = [];
  while (text.trim() !== '') {
    text = text.trimStart();
    if (text[0] === '"' || text[0] === "'") {
      const { value, rest, used } = quoted(text.split('\n'));
      items.push(value);
      const after = [rest, ...text.split('\n').slice(used)].join('\n').trimStart();
      if (after !== '' && after[0] !== ',') decline();
      text = after.slice(1);
    } else {
      const comma = text.indexOf(',');
      const raw = (comma >= 0 ? text.slice(0, comma) : text).split('\n').map((l) => l.trim());
      items.push(resolvePlain(plain(fold(raw).trim(), true)));
      text = comma >= 0 ? text.slice(comma + 1) : '';
    }
  }
  return items;
}

function scalar(lines: readonly string[]): Scalar {
  const first = lines[0]!;
  if (first.startsWith('"') || first.startsWith("'")) {
    const { value, rest, used } = quoted(lines);
    if (rest !== '' || used !== lines.length) decline();
    return value;
  }
  return resolvePlain(plain(fold(lines.map((line) => line.trim())), false));
}

/** The document's lines, each with its indent, and a cursor. */
class Lines {
  readonly indents: number[];
  readonly texts: string[];
  at = 0;

  constructor(text: string) {
    const lines = text.split('\n');
    this.indents = lines.map((line) => line.length - line.trimStart().length);
    this.texts = lines.map((line) => line.trim());
    // A comment line (or one that might be, inside text that goes on over lines) is left to the full parser.
    if (this.texts.some((line) => line.startsWith('#'))) decline();
  }

  /** The next line with text, or -1; blank lines are skipped. */
  nextFilled(): number {
    while (this.at < this.texts.length && this.texts[this.at] === '') this.at++;
    return this.at < this.texts.length ? this.at : -1;
  }

  /** The texts of the lines that go on a value started at `indent`: more indented ones, and blank ones between. */
  continuation(indent: number): string[] {
    let end = this.at;
    while (end < this.texts.length && (this.texts[end] === '' || this.indents[end]! > indent)) end++;
    while (end > this.at && this.texts[end - 1] === '') end--;
    const lines = this.texts.slice(this.at, end);
    this.at = end;
    return lines;
  }
}

const isItem = (text: string) => text.startsWith('- ');

/** `key: value` lines at `indent`, the first of which may have been moved past a list item's dash. */
function mapping(lines: Lines, indent: number): Record<string, Value> {
  const data: Record<string, Value> = {};
  for (let i = lines.nextFilled(); i >= 0 && lines.indents[i] === indent && !isItem(lines.texts[i]!); i = lines.nextFilled()) {
    const [, key, inline = ''] = KEY_LINE.exec(lines.texts[i]!) ?? decline();
    if (Object.hasOwn(data, key!) || key === '__proto__') decline();
    lines.at++;
    data[key!] = value(lines, indent, inline.trim());
  }
  return data;
}

/** `- item` lines at `indent`. */
function sequence(lines: Lines, indent: number): Value[] {
  const items: Value[] = [];
  for (let i = lines.nextFilled(); i >= 0 && lines.indents[i] === indent && isItem(lines.texts[i]!); i = lines.nextFilled()) {
    const content = lines.texts[i]!.slice(2).trimStart();
    if (KEY_LINE.test(content)) {
      // A mapping as the item: its first key stands after the dash, the others below it at the same column.
      lines.indents[i] = indent + lines.texts[i]!.length - content.length;
      lines.texts[i] = content;
      items.push(mapping(lines, lines.indents[i]!));
    } else {
      lines.at++;
      items.push(value(lines, indent, content));
    }
  }
  return items;
}

/** The value after `key:` (or `- `) at `indent`: `inline` is the text on the same line. */
function value(lines: Lines, indent: number, inline: string): Value {
  if (inline !== '') {
    const more = lines.continuation(indent);
    // A `#` after the indent would start a comment.
    if (more.some((line) => line.startsWith('#'))) decline();
    return inline.startsWith('[') ? flowSequence([inline, ...more]) : scalar([inline, ...more]);
  }
  const next = lines.nextFilled();
  if (next < 0 || lines.indents[next]! < indent) return null;
  const [own, text] = [lines.indents[next]!, lines.texts[next]!];
  // A list may stand at its key's own indent; anything else that belongs to the key is indented further.
  if (isItem(text) && own >= indent) return sequence(lines, own);
  if (own === indent) return null;
  if (text.startsWith('[')) return flowSequence(lines.continuation(indent));
  if (KEY_LINE.test(text)) return mapping(lines, own);
  return decline();
}

/** The document as data, or `undefined` when it is not of the plain kind this reader knows. */
export function readSimpleYaml(text: string): Record<string, Value> | undefined {
  try {
    // White space other than spaces and line breaks (tabs, carriage returns, no-break spaces…) has rules of its own
    // in YAML; without it, trimming a line in JavaScript trims exactly what YAML trims.
    if (OTHER_SPACE.test(text)) decline();
    const lines = new Lines(text);
    const data = mapping(lines, 0);
    // Everything must have been read: a line left over is something this reader does not know.
    if (lines.nextFilled() >= 0) decline();
    return Object.keys(data).length > 0 ? data : undefined;
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}
