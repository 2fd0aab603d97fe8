// The version of an entry's source-language text, recorded by translations as `translatedFrom`.
import { createHash } from 'node:crypto';

/** Keywords are left out on purpose: they are written per language, so changing them never outdates a translation. */
export function sourceVersion(text: { title: string; summary: string; body: string }): string {
  const canonical = [text.title.trim(), text.summary.trim(), text.body.trim()].join('\n\u0000\n');
  return createHash('sha256').update(canonical.normalize('NFC')).digest('hex').slice(0, 8);
}
