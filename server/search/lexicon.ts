// Concept documents (issue 11): an entry whose text, in any language, contains a word of a lexicon concept gets
// one extra search document per language of that concept, holding the concept's words in that language. A
// Somali question then finds an entry written only in English and Turkish, and a Persian question carrying
// "kimlik" finds the ID-card entries. A concept attaches where one of its words is written (normalised, not
// stemmed): stems collide (Arabic مثلي "gay" and مثل "for example"), and a stem match put the LGBTI+ words on
// every Arabic entry that gave an example (dev sets: written R@3 0.69 → 0.71, the others unchanged). It attaches
// through titles and keywords, which say what an entry is about, and not through summaries, which also name what an
// entry is not about ("after two years you can ask for permanent residence" in the temporary-residence entry):
// written R@1 0.75 → 0.77, R@3 0.90 → 0.92, project R@3 0.98 → 1.00, follow-ups R@3 0.86 → 0.91; one more
// out-of-scope question of 22 answered.
import type { Concept } from '../knowledge/lexicon.ts';
import type { SearchDocument } from './documents.ts';
import { padded, phraseOf } from './tokenize.ts';

/** Per language, each concept's phrases as padded word strings (`concept`: its index in `lexicon`). */
export function phrasesByLang(lexicon: readonly Concept[]): Map<string, { concept: number; phrase: string }[]> {
  const byLang = new Map<string, { concept: number; phrase: string }[]>();
  lexicon.forEach((concept, i) => {
    for (const [lang, list] of Object.entries(concept.words)) {
      const phrases = byLang.get(lang) ?? [];
      for (const text of list) {
        const { words } = phraseOf(text, lang);
        if (words.length) phrases.push({ concept: i, phrase: padded(words) });
      }
      byLang.set(lang, phrases);
    }
  });
  return byLang;
}

/** The concept documents for `documents` (which are not changed). */
export function conceptDocuments(documents: readonly SearchDocument[], lexicon: readonly Concept[]): SearchDocument[] {
  if (!lexicon.length) return [];
  const phrases = phrasesByLang(lexicon);
  const found = new Map<number, Set<number>>();
  for (const doc of documents) {
    const candidates = phrases.get(doc.lang);
    if (!candidates) continue;
    const text = [doc.title, ...doc.keywords].map((t) => padded(phraseOf(t, doc.lang).words)).join('');
    for (const { concept, phrase } of candidates) {
      if (!text.includes(phrase)) continue;
      const set = found.get(doc.target) ?? new Set();
      found.set(doc.target, set.add(concept));
    }
  }
  const out: SearchDocument[] = [];
  for (const [target, concepts] of found) {
    const byLang = new Map<string, string[]>();
    for (const i of concepts) {
      for (const [lang, list] of Object.entries(lexicon[i]!.words))
        byLang.set(lang, [...(byLang.get(lang) ?? []), ...list]);
    }
    for (const [lang, keywords] of byLang) out.push({ target, lang, title: '', keywords, summary: '', concept: true });
  }
  return out;
}
