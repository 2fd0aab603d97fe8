// Feedback and insights in PostgreSQL, for several replicas sharing one database (issue 14). Same rows and
// guarantees as the SQLite store (rows.ts): day-level counts, redacted text, no client identity. A vote is
// committed before the caller acknowledges it; answered-question counts are summed and flushed every few seconds.
import pg from 'pg';
import type { AnsweredQuestion, FeedbackStore, FeedbackVote, Insights, UnansweredQuestion } from './types.ts';
import { PG_MIGRATIONS, migratePostgres } from './postgres-migrations.ts';
import { TABLES, createAnsweredBuffer, createRowMaker } from './rows.ts';
import { ANSWERED_FLUSH_MS } from './sqlite.ts';

export interface PostgresOptions {
  url: string;
  retentionDays: number;
  /** For tests; the store only ever keeps the day. */
  now?: () => Date;
  /** Pool size per replica. */
  maxConnections?: number;
}

/** Held (per transaction) by the replica that purges, so two replicas never purge at the same time. */
const PURGE_LOCK = 0x4875_7175_0002n;

export interface PostgresFeedbackStore extends FeedbackStore {
  recordUnanswered(question: UnansweredQuestion): Promise<void>;
  recordFeedback(vote: FeedbackVote): Promise<void>;
  insights(options?: { limit?: number }): Promise<Insights>;
  /** Deletes rows older than the retention period; 0 when another replica is purging. */
  purge(): Promise<number>;
  /** Writes the summed answered-question counts now. */
  flush(): Promise<void>;
  close(): Promise<void>;
}

/** Connects, applies migrations under an advisory lock (replicas starting together migrate once) and returns the store. */
export async function openPostgresStore(options: PostgresOptions): Promise<PostgresFeedbackStore> {
  const now = options.now ?? (() => new Date());
  const pool = new pg.Pool({
    connectionString: options.url,
    max: options.maxConnections ?? 10,
    // An unreachable database must answer "unavailable" quickly rather than hold a person's request.
    connectionTimeoutMillis: 2000,
    query_timeout: 5000,
    idleTimeoutMillis: 30_000,
    application_name: 'huquq',
  });
  // An idle connection that dies (database restarted) emits here; without a listener it would crash the process.
  pool.on('error', () => {});
  try {
    await migratePostgres(pool, PG_MIGRATIONS);
  } catch (error) {
    await pool.end();
    throw error;
  }

  const rows = createRowMaker(now);
  const answered = createAnsweredBuffer(now);

  const flush = async () => {
    const pending = answered.take();
    if (pending.length === 0) return;
    try {
      await pool.query(
        `INSERT INTO answered (day, lang, country, asked, fell_back)
         SELECT * FROM UNNEST($1::date[], $2::text[], $3::text[], $4::int[], $5::int[])
         ON CONFLICT (day, lang, country) DO UPDATE
           SET asked = answered.asked + excluded.asked, fell_back = answered.fell_back + excluded.fell_back`,
        [
          pending.map((r) => r.day),
          pending.map((r) => r.lang),
          pending.map((r) => r.country),
          pending.map((r) => r.asked),
          pending.map((r) => r.fellBack),
        ],
      );
    } catch (error) {
      answered.restore(pending);
      throw error;
    }
  };
  const flushTimer = setInterval(() => flush().catch(() => {}), ANSWERED_FLUSH_MS).unref();

  const purge = async () => {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      const { rows: lock } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [
        PURGE_LOCK,
      ]);
      let removed = 0;
      if (lock[0]?.ok) {
        const cutoff = rows.cutoff(options.retentionDays);
        for (const table of TABLES)
          removed += (await client.query(`DELETE FROM ${table} WHERE day < $1`, [cutoff])).rowCount ?? 0;
      }
      await client.query('COMMIT');
      return removed;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  };
  await purge();

  const count = (sql: string) => `${sql}::float8`;
  return {
    purge,
    flush,
    async recordUnanswered(q) {
      const row = rows.unanswered(q);
      if (!row) return;
      await pool.query(
        `INSERT INTO unanswered (day, lang, country, query, count) VALUES ($1, $2, $3, $4, 1)
         ON CONFLICT (day, lang, country, query) DO UPDATE SET count = unanswered.count + 1`,
        [row.day, row.lang, row.country, row.query],
      );
    },
    recordAnswered: (q: AnsweredQuestion) => answered.add(q),
    async recordFeedback(v) {
      const { vote, unhelpful } = rows.vote(v);
      // One statement, so the vote and its question are committed together without a transaction round trip.
      await pool.query(
        `WITH vote AS (
           INSERT INTO votes (day, entry_id, lang, flow_id, helpful, not_helpful) VALUES ($1, $2, $3, $4, $5, $6)
           ON CONFLICT (day, entry_id, lang, flow_id) DO UPDATE
             SET helpful = votes.helpful + excluded.helpful, not_helpful = votes.not_helpful + excluded.not_helpful)
         INSERT INTO unhelpful_queries (day, entry_id, lang, query, count)
           SELECT $1::date, $2::text, $3::text, $7::text, 1 WHERE $7::text IS NOT NULL
         ON CONFLICT (day, entry_id, lang, query) DO UPDATE SET count = unhelpful_queries.count + 1`,
        [vote.day, vote.entryId, vote.lang, vote.flowId, vote.helpful, vote.notHelpful, unhelpful?.query ?? null],
      );
    },
    async insights({ limit = 20 } = {}) {
      await flush();
      const [unanswered, leastHelpful, fallbacks] = await Promise.all([
        pool.query(
          `SELECT lang, NULLIF(country, '') AS country, query, ${count('SUM(count)')} AS count FROM unanswered
           GROUP BY lang, country, query ORDER BY count DESC, query LIMIT $1`,
          [limit],
        ),
        pool.query(
          `SELECT entry_id AS "entryId", lang, ${count('SUM(helpful)')} AS helpful, ${count('SUM(not_helpful)')} AS "notHelpful",
             ${count('ROUND(1.0 * SUM(helpful) / (SUM(helpful) + SUM(not_helpful)), 3)')} AS ratio
           FROM votes GROUP BY entry_id, lang ORDER BY ratio ASC, "notHelpful" DESC LIMIT $1`,
          [limit],
        ),
        pool.query(
          `SELECT lang, ${count('SUM(asked)')} AS asked, ${count('SUM(fell_back)')} AS "fellBack",
             ${count('ROUND(1.0 * SUM(fell_back) / SUM(asked), 3)')} AS ratio
           FROM answered GROUP BY lang HAVING SUM(fell_back) > 0 ORDER BY ratio DESC, asked DESC LIMIT $1`,
          [limit],
        ),
      ]);
      return {
        unanswered: unanswered.rows as Insights['unanswered'],
        leastHelpful: leastHelpful.rows as Insights['leastHelpful'],
        fallbacks: fallbacks.rows as Insights['fallbacks'],
      };
    },
    async close() {
      clearInterval(flushTimer);
      await flush().catch(() => {});
      await pool.end();
    },
  };
}
