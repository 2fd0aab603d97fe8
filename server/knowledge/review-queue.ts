// What reviewers should look at first (issue 12): entries no lawyer has signed off, and translations no native
// speaker has checked, urgent first and then the languages most read where the entry applies.
import type { Entry, Snapshot } from './snapshot.ts';
import { formatTable } from '../text-table.ts';

interface QueuedEntry {
  /** `entries/<country>/<id>`, relative to the knowledge folder. */
  folder: string;
  urgency: Entry['urgency'];
  title: string;
}

interface QueuedTranslation {
  /** The translation's file, relative to the knowledge folder. */
  file: string;
  lang: string;
  urgency: Entry['urgency'];
  /** An outdated translation must be brought up to date with the source text before anyone checks it. */
  outdated: boolean;
}

export interface ReviewQueue {
  /** Entries without a legal review. */
  entries: QueuedEntry[];
  /** Translations not yet marked `reviewed: true`. */
  translations: QueuedTranslation[];
}

/** How many entries no lawyer has signed off. */
export function withoutLegalReview(snapshot: Snapshot): number {
  return [...snapshot.entries.values()].filter((e) => !e.legalReview).length;
}

/** The queue, each list in the order to work through it. */
export function reviewQueue(snapshot: Snapshot): ReviewQueue {
  const readers = new Map(snapshot.countries.map((c) => [c.code, c.readers]));
  // Languages nobody listed as read in the country come after those listed, in code order.
  const readerRank = (country: string, lang: string) => {
    const rank = readers.get(country)?.indexOf(lang) ?? -1;
    return rank === -1 ? Infinity : rank;
  };
  const entries = [...snapshot.entries.values()].sort(byUrgencyThenFolder);
  const queued = entries
    .filter((e) => !e.legalReview)
    .map((e) => ({
      folder: folderOf(e),
      urgency: e.urgency,
      title: e.translations[e.sourceLang]!.title,
    }));
  const translations = entries
    .flatMap((e) =>
      Object.values(e.translations)
        .filter((t) => t.status !== 'original' && !t.reviewed)
        .map((t) => ({ entry: e, t, rank: readerRank(e.country, t.lang) })),
    )
    .sort(
      (a, b) =>
        urgencyRank(a.entry) - urgencyRank(b.entry) ||
        a.rank - b.rank ||
        compare(a.t.lang, b.t.lang) ||
        compare(folderOf(a.entry), folderOf(b.entry)),
    )
    .map(({ entry, t }) => ({ file: t.file, lang: t.lang, urgency: entry.urgency, outdated: t.status === 'outdated' }));
  return { entries: queued, translations };
}

/** The queue as plain text for `npm run knowledge:check -- --review-queue`. */
export function formatReviewQueue(queue: ReviewQueue, total: number, dir = 'knowledge'): string {
  const lines = [
    `Legal review: ${queue.entries.length} of ${total} entries have not been reviewed by a lawyer (urgent first).`,
  ];
  if (queue.entries.length > 0) {
    lines.push(
      formatTable(
        [['urgency', 'entry', 'title'], ...queue.entries.map((e) => [e.urgency, `${dir}/${e.folder}`, e.title])],
        '  ',
      ),
    );
  }
  lines.push(
    '',
    `Translations: ${queue.translations.length} have not been checked by a native speaker (urgent first, then the languages most read in the country).`,
  );
  if (queue.translations.length > 0) {
    const rows = queue.translations.map((t) => [
      t.urgency,
      t.lang,
      `${dir}/${t.file}`,
      t.outdated ? 'outdated: update it to the source text first' : '',
    ]);
    lines.push(formatTable([['urgency', 'lang', 'file', 'note'], ...rows], '  '));
  }
  return lines.join('\n');
}

function folderOf(entry: Entry): string {
  return `entries/${entry.country.toLowerCase()}/${entry.id}`;
}

function urgencyRank(entry: Entry): number {
  return entry.urgency === 'urgent' ? 0 : 1;
}

function byUrgencyThenFolder(a: Entry, b: Entry): number {
  return urgencyRank(a) - urgencyRank(b) || compare(folderOf(a), folderOf(b));
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
