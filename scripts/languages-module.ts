// Writes the widget's copy of the language registry (widget/languages.generated.ts) from the one source,
// knowledge/languages.yaml: codes, writing direction and native names, without a YAML reader or zod in the bundle.
// `npm run build` runs it (vite.config.ts); tests/widget/languages.test.ts fails when the copy is out of date.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { LanguagesFile } from '../server/knowledge/schema.ts';

export const REGISTRY = 'knowledge/languages.yaml';
export const GENERATED = 'widget/languages.generated.ts';

/** The TypeScript module for the registry text `yamlText`. */
export function languagesModule(yamlText: string): string {
  const { languages } = LanguagesFile.parse(parse(yamlText));
  const list = (codes: string[]) => `[${codes.map((code) => `'${code}'`).join(', ')}]`;
  const names = languages.map(({ code, name }) => `  ${code}: ${JSON.stringify(name)},`);
  return `// Generated from ${REGISTRY} by scripts/languages-module.ts (\`npm run build\`): do not edit.

/** Every language the widget speaks, in the registry's order. */
export const LANGS = ${list(languages.map((l) => l.code))} as const;

/** The languages written right to left. */
export const RTL_LANGS: readonly string[] = ${list(languages.filter((l) => l.dir === 'rtl').map((l) => l.code))};

/** Each language's name for itself, as the language picker shows it. */
export const NATIVE_NAMES = {
${names.join('\n')}
} as const;
`;
}

/** Writes the module under `root` when the registry changed it; true when it did. */
export function writeLanguagesModule(root: string): boolean {
  const text = languagesModule(readFileSync(join(root, REGISTRY), 'utf8'));
  const path = join(root, GENERATED);
  if (existsSync(path) && readFileSync(path, 'utf8') === text) return false;
  writeFileSync(path, text);
  return true;
}
