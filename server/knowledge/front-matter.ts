// Splits a Markdown knowledge file into its YAML front matter and body, keeping line numbers.

export interface FrontMatterParts {
  /** YAML text between the two `---` lines. */
  yaml: string;
  body: string;
  /** 1-based line in the file where the YAML starts (for mapping YAML errors to file lines). */
  yamlStartLine: number;
  /** 1-based line in the file where the body starts. */
  bodyStartLine: number;
}

const FENCE = /^---[ \t]*$/;

/** Returns null when the file does not start with a `---` front matter block. */
export function splitFrontMatter(source: string): FrontMatterParts | null {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  if (!FENCE.test(lines[0] ?? '')) return null;
  const end = lines.findIndex((line, i) => i > 0 && FENCE.test(line));
  if (end < 0) return null;
  return {
    yaml: lines.slice(1, end).join('\n'),
    body: lines.slice(end + 1).join('\n'),
    yamlStartLine: 2,
    bodyStartLine: end + 2,
  };
}
