// Everyday topics the knowledge does not cover (`notCovered:` in knowledge/lexicon/): "Ehliyet sınavı sonuçları ne
// zaman açıklanır?" (when are driving-test results out?) shares "when" and "results" with the entry on how long an
// asylum decision takes, and scored as its answer. A question holding a phrase of such a topic is answered with
// "did you mean" at most. Phrases are compared as whole normalised words, as the lexicon's concepts are, in the
// question's language and the reader's (people write "ehliyet" inside a Persian question, and the Persian list
// holds it). A phrase inside a longer title or keyword of the knowledge does not count where the question holds
// that one: "ehliyet" (driving licence) in "evlenme ehliyet belgesi" (certificate of capacity to marry).
import type { Diagnostic, Snapshot } from '../knowledge/snapshot.ts';
import { phrasesByLang } from './lexicon.ts';
import { padded, phraseOf } from './tokenize.ts';

interface NotCoveredPhrase {
  topic: string;
  /** Padded normalised words. */
  phrase: string;
  /** The knowledge's titles and keywords (padded) that hold the phrase. */
  within: string[];
}

/** Per language, the padded titles and keywords of every entry. */
function knowledgePhrases(kb: Snapshot): Map<string, { phrase: string; file: string; field: string }[]> {
  const byLang = new Map<string, { phrase: string; file: string; field: string }[]>();
  for (const entry of kb.entries.values()) {
    for (const t of Object.values(entry.translations)) {
      const list = byLang.get(t.lang) ?? [];
      const fields: [string, string][] = [
        ['title', t.title],
        ...t.keywords.map((k, i): [string, string] => [`keywords[${i}]`, k]),
      ];
      for (const [field, text] of fields)
        list.push({ phrase: padded(phraseOf(text, t.lang).words), file: t.file, field });
      byLang.set(t.lang, list);
    }
  }
  return byLang;
}

/** Per language, every not-covered phrase with the knowledge phrases (`knowledgePhrases`) that hold it. */
function notCoveredPhrases(kb: Snapshot, known = knowledgePhrases(kb)): Map<string, NotCoveredPhrase[]> {
  const topics = kb.notCovered ?? [];
  const byLang = new Map<string, NotCoveredPhrase[]>();
  for (const [lang, phrases] of phrasesByLang(topics)) {
    const texts = known.get(lang) ?? [];
    byLang.set(
      lang,
      phrases.map(({ concept, phrase }) => ({
        topic: topics[concept]!.id,
        phrase,
        within: [...new Set(texts.filter((k) => k.phrase.includes(phrase)).map((k) => k.phrase))],
      })),
    );
  }
  return byLang;
}

/** A function telling which not-covered topic, if any, a question's normalised words hold, in any of `langs`. */
export function notCoveredFinder(kb: Snapshot) {
  // By language and first word: a question looks up its own words (at most a few dozen) instead of testing every
  // phrase of the list (~200 a language), which cost a first-time question 40-80 µs.
  const byFirstWord = new Map<string, Map<string, NotCoveredPhrase[]>>();
  for (const [lang, phrases] of notCoveredPhrases(kb)) {
    const index = new Map<string, NotCoveredPhrase[]>();
    for (const p of phrases) {
      const first = p.phrase.slice(1, p.phrase.indexOf(' ', 1));
      index.set(first, [...(index.get(first) ?? []), p]);
    }
    byFirstWord.set(lang, index);
  }
  return (wordList: readonly string[], langs: Iterable<string>): string | undefined => {
    const text = padded(wordList);
    for (const lang of langs) {
      const index = byFirstWord.get(lang);
      if (!index) continue;
      for (const word of wordList) {
        const held = index
          .get(word)
          ?.find(({ phrase, within }) => text.includes(phrase) && !within.some((k) => text.includes(k)));
        if (held) return held.topic;
      }
    }
    return undefined;
  };
}

/** Warnings for a not-covered phrase that is itself a title or keyword of an entry: it can never count, as every
 *  question holding it holds that keyword. For `npm run knowledge:check`. */
export function notCoveredConflicts(kb: Snapshot): Diagnostic[] {
  const known = knowledgePhrases(kb);
  const warnings: Diagnostic[] = [];
  for (const [lang, phrases] of notCoveredPhrases(kb, known)) {
    for (const { topic, phrase } of phrases) {
      for (const same of (known.get(lang) ?? []).filter((k) => k.phrase === phrase)) {
        warnings.push({
          severity: 'warning',
          code: 'covered-not-covered',
          file: same.file,
          field: same.field,
          message: `is "${phrase.trim()}", a phrase of "${topic}" listed under notCovered: in knowledge/lexicon/; the entry answers it, so the phrase there has no effect.`,
          hint: `Remove "${phrase.trim()}" from "${topic}" in notCovered:, or, if the entry does not answer questions on it, from this entry.`,
        });
      }
    }
  }
  return warnings;
}
