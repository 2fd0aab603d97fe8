// Checks parsed YAML against a zod schema and turns every zod issue into words content staff can act on.
import type { z } from 'zod';
import type { Diagnostic } from './snapshot.ts';
import type { FieldPath, ParsedYaml } from './parse-yaml.ts';
import { diagnose } from './diagnostics.ts';

type Issue = z.core.$ZodIssue;

/** Validates `parsed.data`; on failure returns every problem, each with its line and field. */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
): { value?: z.infer<S>; diagnostics: Diagnostic[] } {
  // Inputs are only needed to describe problems, and asking for them doubles the cost of every check.
  const quick = schema.safeParse(parsed.data);
  if (quick.success) return { value: quick.data, diagnostics: [] };
  const result = schema.safeParse(parsed.data, { reportInput: true });
  if (result.success) return { value: result.data, diagnostics: [] };
  const diagnostics = flatten(result.error.issues).map((issue) => {
    const { field, path, message, hint } = describe(issue);
    return diagnose(
      'schema',
      { file, line: parsed.lineOf(path), field: field || undefined },
      { problem: message, fix: hint },
    );
  });
  return { diagnostics };
}

/** A union fails with the issues of every branch; the branch with the fewest issues is what the writer meant. */
function flatten(issues: readonly Issue[]): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const closest = [...issue.errors].sort((a, b) => a.length - b.length)[0]!;
    return flatten(closest.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue));
  });
}

/** Writes a field path the way content staff see it in the file: `sources[0].url`. */
export function formatPath(path: FieldPath): string {
  return path
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

function describe(issue: Issue): { field: string; path: FieldPath; message: string; hint: string } {
  const path = issue.path;
  const field = formatPath(path);
  const input = 'input' in issue ? issue.input : undefined;
  const found = input === undefined ? 'nothing' : show(input);
  switch (issue.code) {
    case 'unrecognized_keys': {
      const keys = issue.keys.map((k) => `"${k}"`).join(', ');
      return {
        field: formatPath([...path, issue.keys[0]!]),
        path: [...path, issue.keys[0]!],
        message: `unknown field ${keys}`,
        hint: 'check the spelling and the indentation of the field, or remove it (knowledge/README.md lists every field)',
      };
    }
    case 'invalid_type':
      if (input === undefined) {
        return {
          field,
          path,
          message: 'this required field is missing',
          hint: `add "${String(path.at(-1))}:" with ${expectedWords(issue.expected, issue.message)}`,
        };
      }
      return {
        field,
        path,
        message: `expected ${expectedWords(issue.expected, issue.message)}, found ${found}`,
        hint:
          issue.expected === 'array'
            ? 'write a list: [a, b] or one "- item" per line'
            : `write ${expectedWords(issue.expected, issue.message)}`,
      };
    case 'invalid_value':
      return {
        field,
        path,
        message: `expected one of ${issue.values.map((v) => `"${String(v)}"`).join(', ')}, found ${found}`,
        hint: 'use exactly one of the listed values (lower case, with hyphens)',
      };
    case 'invalid_format':
      return { field, path, message: `expected ${issue.message}, found ${found}`, hint: fixFor(issue.format, input) };
    case 'too_small':
      return {
        field,
        path,
        message: issue.origin === 'array' ? `the list needs at least ${String(issue.minimum)} item(s)` : 'it is empty',
        hint: 'fill it in',
      };
    case 'too_big':
      return {
        field,
        path,
        message: `it is too long (at most ${String(issue.maximum)} ${issue.origin === 'array' ? 'items' : 'characters'})`,
        hint: 'shorten it: titles and summaries are read on small phones',
      };
    default:
      return { field, path, message: issue.message, hint: 'see knowledge/README.md for what this field takes' };
  }
}

function expectedWords(expected: string, message: string): string {
  // Custom messages from the schema ("a web address starting with https://") are already plain words.
  if (!message.startsWith('Invalid input')) return message;
  const words: Record<string, string> = {
    string: 'some text',
    number: 'a number',
    boolean: 'true or false',
    array: 'a list',
    object: 'a group of fields (one "name: value" per line, indented)',
  };
  return words[expected] ?? expected;
}

function fixFor(format: string, input: unknown): string {
  if (format === 'url' && typeof input === 'string' && !/^https?:\/\//.test(input)) return 'add https:// in front';
  if (format === 'url') return 'write the full address as shown in the browser, starting with https://';
  return 'rewrite it in the form shown';
}

function show(value: unknown): string {
  if (typeof value === 'string') return `"${value.length > 60 ? `${value.slice(0, 57)}…` : value}"`;
  if (Array.isArray(value)) return 'a list';
  if (value === null) return 'an empty value';
  if (typeof value === 'object') return 'a group of fields';
  return String(value);
}
