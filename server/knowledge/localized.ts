// Finds the translatable texts (`{ en: "…", tr: "…" }`) inside any knowledge item.
import type { FieldPath } from './parse-yaml.ts';

/** A plain object whose keys are language codes and whose values are strings, English among them. */
function isLocalizedText(value: unknown): value is Record<string, string> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const record = value as Record<string, unknown>;
  return (
    typeof record.en === 'string' &&
    Object.entries(record).every(([k, v]) => /^[a-z]{2,3}$/.test(k) && typeof v === 'string')
  );
}

/** Every translatable text inside `item`, with its path from `at`. */
export function localizedTexts(item: unknown, at: FieldPath = []): { path: FieldPath; text: Record<string, string> }[] {
  if (isLocalizedText(item)) return [{ path: at, text: item }];
  if (Array.isArray(item)) return item.flatMap((v, i) => localizedTexts(v, [...at, i]));
  if (!item || typeof item !== 'object' || item instanceof Map) return [];
  return Object.entries(item).flatMap(([k, v]) => localizedTexts(v, [...at, k]));
}
