// Everyday topics the knowledge does not cover (`notCovered:` in knowledge/lexicon/): "Ehliyet sınavı sonuçları ne
// zaman açıklanır?" (when are driving-test results out?) shares "when" and "results" with the entry on how long an
// asylum decision takes, and scored as its answer. A question holding a phrase of such a topic is answered with
// "did you mean" at most. Phrases are compared as whole normalised words, as the lexicon's concepts are, in the
// question's language and the reader's (people write "ehliyet" inside a Persian question, and the Persian list
// holds it).
import type { Concept } from '../knowledge/lexicon.ts';
import type { Diagnostic, Snapshot } from '../knowledge/snapshot.ts';
import { padded, phraseOf } from './tokenize.ts';

/** A function telling which not-covered topic, if any, a question's normalised words hold, in any of `langs`. */
export function notCoveredFinder(topics: readonly Concept[]) {
  const byLang = new Map<string, { topic: string; phrase: string }[]>();
  for (const topic of topics) {
    for (const [lang, list] of Object.entries(topic.words)) {
      const phrases = byLang.get(lang) ?? [];
      for (const text of list) {
        const { words } = phraseOf(text, lang);
        if (words.length) phrases.push({ topic: topic.id, phrase: padded(words) });
      }
      byLang.set(lang, phrases);
    }
  }
  return (wordList: readonly string[], langs: Iterable<string>): string | undefined => {
    const text = padded(wordList);
    for (const lang of langs) {
      const found = byLang.get(lang)?.find(({ phrase }) => text.includes(phrase));
      if (found) return found.topic;
    }
    return undefined;
  };
}

/** Warnings for entry titles and keywords holding a not-covered phrase: the topic is covered after all, and the
 *  entry could never be a direct answer to a question on it. For `npm run knowledge:check`. */
export function notCoveredConflicts(kb: Snapshot): Diagnostic[] {
  const find = notCoveredFinder(kb.notCovered ?? []);
  const found: Diagnostic[] = [];
  for (const entry of kb.entries.values()) {
    for (const t of Object.values(entry.translations)) {
      const fields: [string, string][] = [
        ['title', t.title],
        ...t.keywords.map((k, i): [string, string] => [`keywords[${i}]`, k]),
      ];
      for (const [field, text] of fields) {
        const topic = find(phraseOf(text, t.lang).words, [t.lang]);
        if (topic === undefined) continue;
        found.push({
          severity: 'warning',
          code: 'covered-not-covered',
          file: t.file,
          field,
          message: `holds a phrase of "${topic}", a topic listed under notCovered: in knowledge/lexicon/, so this entry is never a direct answer to a question on it.`,
          hint: `If this entry answers such questions, remove "${topic}" (or the phrase) from notCovered:; otherwise reword the ${field.replace(/\[.*/, '')}.`,
        });
      }
    }
  }
  return found;
}
