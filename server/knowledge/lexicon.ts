// The concept lexicon (issue 11): `knowledge/lexicon/*.yaml`, edited by content staff. Each concept lists the
// words and phrases people use for one thing, per language (dialect and colloquial forms, transliterations,
// Turkish institution names as foreigners write them, common misspellings). The search matches an entry through
// the concepts its text contains, in every language, so one line here helps every entry on that concept.
import { z } from 'zod';
import { Id, LangCode } from './schema.ts';

export const Concept = z.strictObject({
  id: Id,
  /** Language code → words and phrases. A concept needs at least two languages to connect anything. */
  words: z
    .record(
      LangCode,
      z.array(z.string().trim().min(1, 'a word or phrase (it is empty)')).min(1, 'at least one word or phrase'),
    )
    .refine((w) => Object.keys(w).length >= 2, {
      message: 'words in at least two languages (a concept connects languages)',
    }),
});
export type Concept = z.infer<typeof Concept>;

/** `knowledge/lexicon/<name>.yaml`: concepts the knowledge covers, and everyday topics it does not (`notCovered`:
 *  driving licences, bus fares, the weather). A question on a topic it does not cover gets no direct answer, only
 *  "did you mean", even when an ordinary word of it ("exam", "ticket", "when") matches a legal entry. */
export const LexiconFile = z
  .strictObject({
    concepts: z.array(Concept).min(1, 'at least one concept, or leave out "concepts:"').optional(),
    notCovered: z.array(Concept).min(1, 'at least one topic, or leave out "notCovered:"').optional(),
  })
  .refine((file) => file.concepts || file.notCovered, {
    message: 'a list of "concepts:" or of "notCovered:" topics',
  });
