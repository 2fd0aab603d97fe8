// A fast reader for the kind of YAML the knowledge format is written in: block mappings of `key: value` lines and
// `- item` lists, nested by indentation, whose values are plain or quoted text (on one line or several), simple
// block scalars (`>-`, `|`) or flow collections (`[a, b]`, `{ title: "…", url: "…" }`, nested); comment lines. It
// exists for speed alone: at 100,000 files the `yaml` package spends ~200 µs a file, this ~10 µs. It answers
// `undefined` for anything outside that kind (comments after text, rare escapes, anchors, block scalars with more
// indented lines, tabs, a repeated key…), and the caller then asks the `yaml` package, so it never has to be right
// about anything but its own kind. A test compares it with the `yaml` package on every knowledge file and on
// thousands of mutations of them.

type Scalar = string | number | boolean | null;
type Value = Scalar | Value[] | { [key: string]: Value };

/** Thrown to decline the document (the caller falls back to a full parser); not an Error, which would capture a
 *  stack trace each time, and a large knowledge base may have thousands of files this reader declines. */
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
  if (SPECIAL_FLOAT.test(text))
    return text.includes('nan') || text.includes('NaN') || text.includes('NAN')
      ? NaN
      : text.startsWith('-')
        ? -Infinity
        : Infinity;
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

/** The escapes of double-quoted text this reader knows; any other is left to the full parser. */
const ESCAPES: Readonly<Record<string, string>> = { '"': '"', '\\': '\\', '/': '/', n: '\n', t: '\t' };
const ESCAPE = /\\([\s\S])/g;

/** Where the quoted scalar opening at `text[start]` closes: `''` is a quote inside single quotes, `\"` inside double. */
function closingQuote(text: string, start: number): number {
  const quote = text[start]!;
  for (let close = text.indexOf(quote, start + 1); close >= 0; close = text.indexOf(quote, close + 1)) {
    if (quote === "'") {
      if (text[close + 1] !== "'") return close;
      close++;
    } else {
      let backslashes = 0;
      while (text[close - 1 - backslashes] === '\\') backslashes++;
      if (backslashes % 2 === 0) return close;
    }
  }
  return decline();
}

/**
 * The quoted scalar whose opening quote is `text[start]`; `text` may go on over lines (joined by `\n`, each already
 * trimmed). `end` is the index just after the closing quote.
 */
function quoted(text: string, start: number): { value: string; end: number } {
  const close = closingQuote(text, start);
  const lines = text.slice(start + 1, close).split('\n');
  // Spaces around a line break fold away; the ones inside the line the quote opens and closes on stay.
  const last = lines.length - 1;
  const parts = lines.map((line, i) =>
    last === 0 ? line : i === 0 ? line.trimEnd() : i === last ? line.trimStart() : line.trim(),
  );
  // A quote that opens or closes a line of its own folds differently; rare enough to leave to the full parser.
  if (last > 0 && (parts[0] === '' || parts[last] === '')) decline();
  const value = fold(parts);
  // Escapes come after folding: an escaped character is text, never folded (an escaped line break is declined).
  if (text[start] === '"')
    return {
      value: value.includes('\\') ? value.replace(ESCAPE, (_, c: string) => ESCAPES[c] ?? decline()) : value,
      end: close + 1,
    };
  return { value: value.replaceAll("''", "'"), end: close + 1 };
}

/** A cursor over the text of a flow collection (`[a, b]`, `{ key: value }`), its lines joined by `\n`. */
interface Flow {
  readonly text: string;
  at: number;
}

/** The next flow indicator, where a plain scalar in a flow collection ends. */
const FLOW_END = /[[\]{},]/g;
/** A key of a flow mapping: a name, then ":" and white space. */
const FLOW_KEY = /([A-Za-z_][A-Za-z0-9_-]*):[ \n]/y;

function skipSpace(flow: Flow): void {
  while (flow.text[flow.at] === ' ' || flow.text[flow.at] === '\n') flow.at++;
}

/** After an item: a comma, or the bracket that closes the collection (which is left for the caller). */
function separator(flow: Flow, close: string): void {
  skipSpace(flow);
  if (flow.text[flow.at] === ',') flow.at++;
  else if (flow.text[flow.at] !== close) decline();
}

function flowNode(flow: Flow): Value {
  skipSpace(flow);
  const first = flow.text[flow.at];
  if (first === '[') return flowSequence(flow);
  if (first === '{') return flowMapping(flow);
  if (first === '"' || first === "'") {
    const { value, end } = quoted(flow.text, flow.at);
    flow.at = end;
    return value;
  }
  FLOW_END.lastIndex = flow.at;
  const end = FLOW_END.exec(flow.text)?.index ?? flow.text.length;
  const lines = flow.text
    .slice(flow.at, end)
    .split('\n')
    .map((line) => line.trim());
  flow.at = end;
  return resolvePlain(plain(fold(lines).trim(), true));
}

/** `[a, "b c", [d]]`; a comma may follow the last item. */
function flowSequence(flow: Flow): Value[] {
  const items: Value[] = [];
  flow.at++;
  for (skipSpace(flow); flow.text[flow.at] !== ']'; skipSpace(flow)) {
    items.push(flowNode(flow));
    separator(flow, ']');
  }
  flow.at++;
  return items;
}

/** `{ key: value, key: [a, b] }`: keys are names, every key has a value, a comma may follow the last pair. */
function flowMapping(flow: Flow): Record<string, Value> {
  const data: Record<string, Value> = {};
  flow.at++;
  for (skipSpace(flow); flow.text[flow.at] !== '}'; skipSpace(flow)) {
    FLOW_KEY.lastIndex = flow.at;
    const key = FLOW_KEY.exec(flow.text)?.[1] ?? decline();
    if (Object.hasOwn(data, key) || key === '__proto__') decline();
    flow.at = FLOW_KEY.lastIndex;
    data[key] = flowNode(flow);
    separator(flow, '}');
  }
  flow.at++;
  return data;
}

/** A flow collection that makes up the whole of a value, possibly over several lines. */
function flowCollection(lines: readonly string[]): Value {
  const flow: Flow = { text: lines.join('\n'), at: 0 };
  const data = flowNode(flow);
  skipSpace(flow);
  if (flow.at !== flow.text.length) decline();
  return data;
}

function scalar(lines: readonly string[]): Scalar {
  const first = lines[0]!;
  if (first.startsWith('"') || first.startsWith("'")) {
    const text = lines.join('\n');
    const { value, end } = quoted(text, 0);
    if (end !== text.length) decline();
    return value;
  }
  return resolvePlain(plain(fold(lines.map((line) => line.trim())), false));
}

/** The document's lines, each with its indent, and a cursor. */
class Lines {
  readonly raw: string[];
  readonly indents: number[];
  readonly texts: string[];
  at = 0;

  constructor(text: string) {
    this.raw = text.split('\n');
    this.indents = this.raw.map((line) => line.length - line.trimStart().length);
    this.texts = this.raw.map((line) => line.trim());
  }

  /** The next line with text, or -1; blank lines and comment lines are skipped. */
  nextFilled(): number {
    while (this.at < this.texts.length && (this.texts[this.at] === '' || this.texts[this.at]!.startsWith('#')))
      this.at++;
    return this.at < this.texts.length ? this.at : -1;
  }

  /**
   * The texts of the lines that go on a value started at `indent`: more indented ones, and blank ones between. A
   * comment line ends the value, except in a block scalar, where it is text: a line after it that is indented
   * further is then left over, and the document declined.
   */
  continuation(indent: number, commentsAreText = false): string[] {
    let end = this.at;
    // No closure here: tsx names every closure it creates (`__name`), which cost more than the loop itself.
    for (; end < this.texts.length; end++) {
      const text = this.texts[end]!;
      if (text !== '' && (this.indents[end]! <= indent || (!commentsAreText && text.startsWith('#')))) break;
    }
    while (end > this.at && this.texts[end - 1] === '') end--;
    const lines = this.texts.slice(this.at, end);
    this.at = end;
    return lines;
  }
}

const BLOCK_HEADER = /^[>|]-?$/;

/**
 * A folded (`>`) or literal (`|`) block scalar, clipped or stripped (`-`), whose lines all stand at one indent: more
 * indented lines, trailing spaces and spaces in blank lines are text with rules of their own, left to the full parser.
 */
function blockScalar(lines: Lines, indent: number, header: string): string {
  const start = lines.at;
  const texts = lines.continuation(indent, true);
  if (texts.length === 0 || texts[0] === '') decline();
  const column = lines.indents[start]!;
  texts.forEach((text, i) => {
    const raw = lines.raw[start + i]!;
    if (text === '' ? raw.length > column : lines.indents[start + i] !== column || raw.length !== column + text.length)
      decline();
  });
  const body = header.startsWith('>') ? fold(texts) : texts.join('\n');
  return header.endsWith('-') ? body : `${body}\n`;
}

const isItem = (text: string) => text.startsWith('- ');
const isFlow = (text: string) => text.startsWith('[') || text.startsWith('{');

/** `key: value` lines at `indent`, the first of which may have been moved past a list item's dash. */
function mapping(lines: Lines, indent: number): Record<string, Value> {
  const data: Record<string, Value> = {};
  for (
    let i = lines.nextFilled();
    i >= 0 && lines.indents[i] === indent && !isItem(lines.texts[i]!);
    i = lines.nextFilled()
  ) {
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
  for (
    let i = lines.nextFilled();
    i >= 0 && lines.indents[i] === indent && isItem(lines.texts[i]!);
    i = lines.nextFilled()
  ) {
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
  if (BLOCK_HEADER.test(inline)) return blockScalar(lines, indent, inline);
  if (inline !== '') {
    const more = lines.continuation(indent);
    return isFlow(inline) ? flowCollection([inline, ...more]) : scalar([inline, ...more]);
  }
  const next = lines.nextFilled();
  if (next < 0 || lines.indents[next]! < indent) return null;
  const [own, text] = [lines.indents[next]!, lines.texts[next]!];
  // A list may stand at its key's own indent; anything else that belongs to the key is indented further.
  if (isItem(text) && own >= indent) return sequence(lines, own);
  if (own === indent) return null;
  if (isFlow(text)) return flowCollection(lines.continuation(indent));
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
