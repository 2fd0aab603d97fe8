// Urgency: does the question speak of danger (detention, deportation, violence, trafficking, self-harm, a child
// alone)? Then the API shows emergency contacts first. Phrases of every language are tried whatever the detected
// language, because a missed emergency costs far more than emergency numbers shown once too often.
import { words } from './tokenize.ts';
import { URGENCY_PHRASES, type UrgencyKind } from './urgency-phrases.ts';

interface Pattern {
  kind: UrgencyKind;
  /** Normalised words; `prefix[i]` says word i matches any word starting with it. */
  words: readonly string[];
  prefix: readonly boolean[];
}

function compile(): Pattern[] {
  const patterns: Pattern[] = [];
  for (const [lang, byKind] of Object.entries(URGENCY_PHRASES)) {
    for (const [kind, phrases] of Object.entries(byKind) as [UrgencyKind, string][]) {
      for (const phrase of phrases.split(';')) {
        // Each part normalises to one word, or to none where the tokenizer drops it (single letters such as
        // Kurmanji "û"), exactly as it does in the question.
        const parts = phrase
          .trim()
          .split(/\s+/)
          .map((part) => ({ word: words(part.replace(/\*$/, ''), lang).join(''), prefix: part.endsWith('*') }))
          .filter((part) => part.word);
        patterns.push({ kind, words: parts.map((p) => p.word), prefix: parts.map((p) => p.prefix) });
      }
    }
  }
  return patterns;
}

const PATTERNS = compile();

function matchesAt(query: readonly string[], at: number, pattern: Pattern): boolean {
  return pattern.words.every((word, i) => {
    const candidate = query[at + i];
    return candidate !== undefined && (pattern.prefix[i] ? candidate.startsWith(word) : candidate === word);
  });
}

/** The kinds of danger `text` speaks of (empty when none); `lang` only decides how apostrophes split words. */
export function urgencyOf(text: string, lang: string): UrgencyKind[] {
  const query = words(text, lang);
  const kinds = new Set<UrgencyKind>();
  for (const pattern of PATTERNS) {
    if (kinds.has(pattern.kind)) continue;
    for (let at = 0; at + pattern.words.length <= query.length; at++) {
      if (matchesAt(query, at, pattern)) {
        kinds.add(pattern.kind);
        break;
      }
    }
  }
  return [...kinds];
}
