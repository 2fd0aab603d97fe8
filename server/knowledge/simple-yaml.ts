// A fast reader for the plain kind of YAML most knowledge files are written in: a mapping of `key: value` lines
// whose values are plain or quoted text (on one line or several), lists of such text as `- item` lines or as
// `[a, b]`. It exists for speed alone: at 100,000 files, js-yaml spends ~80 µs a file, this ~10 µs. It answers
// `undefined` for anything outside that kind (nested mappings, comments after a value, escapes, anchors, block
// scalars, tabs, a repeated key…), and the caller then asks a full YAML parser, so it never has to be right
// about anything but the plain kind. A test compares it with the `yaml` package on every knowledge file.

type Scalar = string | number | boolean | null;
type Value = Scalar | Scalar[];

/** Thrown to decline the document (the caller falls back to a full parser); not an Error, which would capture a
 *  stack trace each time: entry.yaml files are declined 10,000 times in a large knowledge base. */
const DECLINED = Symbol('declined');
const decline = (): never => {
  throw DECLINED;
};

const KEY_LINE = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +(.*))?$/;
const ITEM_LINE = /^( *)- +(.*)$/;
/** Characters that may not start a plain scalar in our kind (YAML indicators, quotes and anything unusual). */
const PLAIN_START = /^[^-?:,[\]{}#&*!|>'"%@`\s]/;
/** A plain scalar may not contain ": " or " #", nor end with ":" (they mean mappings and comments). */
const PLAIN_INSIDE = /: |\s#|:$|\t/;
const FLOW_INDICATOR = /[[\]{},]/;

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

/** Lines that go on a value must be indented (the `- ` of a list may stand at the key's own indent). */
const indented = (lines: readonly string[]) => lines.every((line) => line === '' || line.startsWith(' '));

/** The value of a key, given the text after `key:` and the lines that follow it up to the next key. */
function valueOf(inline: string, more: readonly string[]): Value {
  if (inline === '') {
    if (more.length === 0) return null;
    if (more[0]!.trimStart().startsWith('[')) return indented(more) ? flowSequence(more) : decline();
    const items = more.map((line) => ITEM_LINE.exec(line) ?? decline());
    const indent = items[0]![1]!.length;
    return items.map(([, own, item]) => {
      if (own!.length !== indent) decline();
      return scalar([item!.trimEnd()]);
    });
  }
  // A `#` after the indent would start a comment.
  if (!indented(more) || more.some((line) => line.trimStart().startsWith('#'))) decline();
  if (inline.startsWith('[')) return flowSequence([inline, ...more]);
  return scalar([inline, ...more.map((line) => line.trim())]);
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

/** The document as data, or `undefined` when it is not of the plain kind this reader knows. */
export function readSimpleYaml(text: string): Record<string, Value> | undefined {
  try {
    const data: Record<string, Value> = {};
    const lines = text.split('\n').map((line) => line.trimEnd());
    let i = 0;
    while (i < lines.length) {
      const line = lines[i]!;
      i++;
      if (line === '' || line.startsWith('#')) continue;
      const match = KEY_LINE.exec(line) ?? decline();
      const [, key, inline = ''] = match;
      if (Object.hasOwn(data, key!) || key === '__proto__') decline();
      const more: string[] = [];
      while (i < lines.length && (lines[i] === '' || lines[i]!.startsWith(' ') || lines[i]!.startsWith('-'))) more.push(lines[i++]!);
      while (more.at(-1) === '') more.pop();
      if (more.some((l) => l.trimStart().startsWith('#') || l.includes('\t'))) decline();
      data[key!] = valueOf(inline, more);
    }
    return Object.keys(data).length > 0 ? data : undefined;
  } catch (error) {
    if (error === DECLINED) return undefined;
    throw error;
  }
}
