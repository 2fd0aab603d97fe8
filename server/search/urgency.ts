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

// Patterns are looked up by their first word, so a question is checked against the few that can start at each
// of its words instead of all of them: whole first words by the word, prefixes by their first three letters.
const KEY_LENGTH = 3;
const byWord = new Map<string, Pattern[]>();
const byStart = new Map<string, Pattern[]>();
for (const pattern of compile()) {
  const [first] = pattern.words;
  if (first === undefined) continue;
  if (pattern.prefix[0] && first.length < KEY_LENGTH)
    throw new Error(`urgency phrase "${first}*": a prefix needs ${KEY_LENGTH}+ letters`);
  const [map, key] = pattern.prefix[0] ? [byStart, first.slice(0, KEY_LENGTH)] : [byWord, first];
  map.set(key, [...(map.get(key) ?? []), pattern]);
}

/** Words this long are also found with one typo ("traficked", "detenion"): a missed emergency costs more than
 *  emergency numbers shown once too often. Shorter ones would catch everyday words ("deport" → "depart"). */
const TYPO_LENGTH = 7;

/** Whether `a` becomes `b` by at most one inserted, deleted, replaced or swapped letter. */
function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const swapped = a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  return swapped || a.slice(i + 1) === b.slice(i + 1) || a.slice(i) === b.slice(i + 1) || a.slice(i + 1) === b.slice(i);
}

function wordMatches(candidate: string, word: string, prefix: boolean): boolean {
  if (prefix ? candidate.startsWith(word) : candidate === word) return true;
  if (word.length < TYPO_LENGTH) return false;
  if (!prefix) return withinOneEdit(candidate, word);
  return [word.length - 1, word.length, word.length + 1].some((n) => withinOneEdit(candidate.slice(0, n), word));
}

function matchesAt(query: readonly string[], at: number, pattern: Pattern): boolean {
  return pattern.words.every((word, i) => {
    const candidate = query[at + i];
    return candidate !== undefined && wordMatches(candidate, word, pattern.prefix[i]!);
  });
}

/** The kinds of danger `text` speaks of (empty when none); `lang` only decides how apostrophes split words. */
export function urgencyOf(text: string, lang: string): UrgencyKind[] {
  const query = words(text, lang);
  const kinds = new Set<UrgencyKind>();
  query.forEach((word, at) => {
    for (const pattern of [...(byWord.get(word) ?? []), ...(byStart.get(word.slice(0, KEY_LENGTH)) ?? [])]) {
      if (matchesAt(query, at, pattern)) kinds.add(pattern.kind);
    }
  });
  return [...kinds];
}
