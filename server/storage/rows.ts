// What every feedback store writes, decided once for SQLite and PostgreSQL alike: the day (never a time), the
// redacted question, the once-a-day cap per client, and answered-question counts summed in memory.
import type { AnsweredQuestion, FeedbackVote, UnansweredQuestion } from './types.ts';
import { redactQuery } from './redact.ts';
import { createRepeatCap } from './repeat-cap.ts';

const dayOf = (date: Date) => date.toISOString().slice(0, 10);

export interface UnansweredRow {
  day: string;
  lang: string;
  country: string;
  query: string;
}
export interface VoteRow {
  day: string;
  entryId: string;
  lang: string;
  flowId: string;
  helpful: number;
  notHelpful: number;
}
export interface UnhelpfulQueryRow {
  day: string;
  entryId: string;
  lang: string;
  query: string;
}
export interface AnsweredRow {
  day: string;
  lang: string;
  country: string;
  asked: number;
  fellBack: number;
}

/** Turns what the API reports into the rows a store keeps; `undefined` means nothing is to be written. */
export function createRowMaker(now: () => Date = () => new Date()) {
  const repeats = createRepeatCap();
  return {
    unanswered(q: UnansweredQuestion): UnansweredRow | undefined {
      const day = dayOf(now());
      const query = redactQuery(q.query, q.lang);
      if (!query || !repeats.allow(day, q.clientKey, query)) return undefined;
      return { day, lang: q.lang, country: q.country ?? '', query };
    },
    vote(v: FeedbackVote): { vote: VoteRow; unhelpful?: UnhelpfulQueryRow } {
      const day = dayOf(now());
      const vote = {
        day,
        entryId: v.entryId,
        lang: v.lang,
        flowId: v.flowId ?? '',
        helpful: v.helpful ? 1 : 0,
        notHelpful: v.helpful ? 0 : 1,
      };
      const query = v.query && !v.helpful ? redactQuery(v.query, v.lang) : '';
      const counted = query && repeats.allow(day, v.clientKey, `${v.entryId}|${query}`);
      return counted ? { vote, unhelpful: { day, entryId: v.entryId, lang: v.lang, query } } : { vote };
    },
    /** The cutoff day for the retention purge: rows of earlier days are deleted. */
    cutoff(retentionDays: number): string {
      return dayOf(new Date(now().getTime() - retentionDays * 86_400_000));
    },
  };
}

/**
 * Every answered question counts, so the counts are summed in memory and written a few seconds later in one go:
 * a crash loses at most those seconds of a statistic, never an acknowledged vote.
 */
export function createAnsweredBuffer(now: () => Date = () => new Date()) {
  const pending = new Map<string, AnsweredRow>();
  return {
    add(q: AnsweredQuestion): void {
      const day = dayOf(now());
      const country = q.country ?? '';
      const key = `${day}|${q.lang}|${country}`;
      const row = pending.get(key) ?? { day, lang: q.lang, country, asked: 0, fellBack: 0 };
      row.asked++;
      if (q.fellBack) row.fellBack++;
      pending.set(key, row);
    },
    /** Hands over the summed rows and forgets them. */
    take(): AnsweredRow[] {
      const rows = [...pending.values()];
      pending.clear();
      return rows;
    },
    /** Puts rows back after a failed write, so a short outage does not lose them. */
    restore(rows: AnsweredRow[]): void {
      for (const r of rows) {
        const key = `${r.day}|${r.lang}|${r.country}`;
        const row = pending.get(key);
        if (row) {
          row.asked += r.asked;
          row.fellBack += r.fellBack;
        } else pending.set(key, { ...r });
      }
    },
  };
}

/** The tables, oldest data first to go; each has a `day` column that the retention purge compares. */
export const TABLES = ['unanswered', 'votes', 'unhelpful_queries', 'answered'] as const;
