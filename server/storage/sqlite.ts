// Feedback and insights in a real SQLite file (better-sqlite3, WAL). Synchronous: a write is on disk in the
// WAL before the caller acknowledges it, so a killed process loses nothing it confirmed.
import Database from 'better-sqlite3';
import type { AnsweredQuestion, FeedbackStore, FeedbackVote, Insights, UnansweredQuestion } from './types.ts';
import { migrate } from './migrations.ts';
import { TABLES, createAnsweredBuffer, createRowMaker } from './rows.ts';

export interface SqliteOptions {
  file: string;
  retentionDays: number;
  /** For tests; the store only ever keeps the day. */
  now?: () => Date;
  /** Caps the file size in 4 KiB pages, so a runaway database cannot fill the disk; unlimited by default. */
  maxPages?: number;
}

export const ANSWERED_FLUSH_MS = 5000;

/** better-sqlite3 is synchronous, so this store answers insights directly and can purge on demand. */
export interface SqliteFeedbackStore extends FeedbackStore {
  insights(options?: { limit?: number }): Insights;
  purge(): number;
}

export function openSqliteStore(options: SqliteOptions): SqliteFeedbackStore {
  const now = options.now ?? (() => new Date());
  // A short busy timeout: better-sqlite3 waits synchronously, and a locked file must not stall the server.
  const db = new Database(options.file, { timeout: 100 });
  db.pragma('journal_mode = WAL');
  if (options.maxPages) db.pragma(`max_page_count = ${options.maxPages}`);
  db.pragma('synchronous = NORMAL');
  db.pragma('quick_check');
  migrate(db);

  const statements = {
    unanswered: db.prepare(
      `INSERT INTO unanswered (day, lang, country, query, count) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT DO UPDATE SET count = count + 1`,
    ),
    vote: db.prepare(
      `INSERT INTO votes (day, entry_id, lang, flow_id, helpful, not_helpful) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET helpful = helpful + excluded.helpful, not_helpful = not_helpful + excluded.not_helpful`,
    ),
    unhelpfulQuery: db.prepare(
      `INSERT INTO unhelpful_queries (day, entry_id, lang, query, count) VALUES (?, ?, ?, ?, 1)
       ON CONFLICT DO UPDATE SET count = count + 1`,
    ),
    answered: db.prepare(
      `INSERT INTO answered (day, lang, country, asked, fell_back) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT DO UPDATE SET asked = asked + excluded.asked, fell_back = fell_back + excluded.fell_back`,
    ),
  };
  const rows = createRowMaker(now);
  const answered = createAnsweredBuffer(now);
  const flushAnswered = () => {
    const pending = answered.take();
    if (pending.length === 0) return;
    db.transaction(() => {
      for (const r of pending) statements.answered.run(r.day, r.lang, r.country, r.asked, r.fellBack);
    })();
  };
  const flushTimer = setInterval(flushAnswered, ANSWERED_FLUSH_MS).unref();

  const purge = () => {
    const cutoff = rows.cutoff(options.retentionDays);
    return db.transaction(() =>
      TABLES.reduce(
        (removed, table) => removed + db.prepare(`DELETE FROM ${table} WHERE day < ?`).run(cutoff).changes,
        0,
      ),
    )();
  };
  purge();

  return {
    purge,
    recordUnanswered(q: UnansweredQuestion) {
      const row = rows.unanswered(q);
      if (row) statements.unanswered.run(row.day, row.lang, row.country, row.query);
    },
    recordAnswered: (q: AnsweredQuestion) => answered.add(q),
    recordFeedback(v: FeedbackVote) {
      const { vote, unhelpful } = rows.vote(v);
      db.transaction(() => {
        statements.vote.run(vote.day, vote.entryId, vote.lang, vote.flowId, vote.helpful, vote.notHelpful);
        if (unhelpful) statements.unhelpfulQuery.run(unhelpful.day, unhelpful.entryId, unhelpful.lang, unhelpful.query);
      })();
    },
    insights({ limit = 20 } = {}): Insights {
      flushAnswered();
      return {
        unanswered: db
          .prepare(
            `SELECT lang, NULLIF(country, '') AS country, query, SUM(count) AS count FROM unanswered
             GROUP BY lang, country, query ORDER BY count DESC, query LIMIT ?`,
          )
          .all(limit) as Insights['unanswered'],
        leastHelpful: db
          .prepare(
            `SELECT entry_id AS entryId, lang, SUM(helpful) AS helpful, SUM(not_helpful) AS notHelpful,
               ROUND(1.0 * SUM(helpful) / (SUM(helpful) + SUM(not_helpful)), 3) AS ratio
             FROM votes GROUP BY entry_id, lang ORDER BY ratio ASC, notHelpful DESC LIMIT ?`,
          )
          .all(limit) as Insights['leastHelpful'],
        fallbacks: db
          .prepare(
            `SELECT lang, SUM(asked) AS asked, SUM(fell_back) AS fellBack, ROUND(1.0 * SUM(fell_back) / SUM(asked), 3) AS ratio
             FROM answered GROUP BY lang HAVING fellBack > 0 ORDER BY ratio DESC, asked DESC LIMIT ?`,
          )
          .all(limit) as Insights['fallbacks'],
      };
    },
    close() {
      clearInterval(flushTimer);
      if (!db.open) return;
      flushAnswered();
      db.close();
    },
  };
}
