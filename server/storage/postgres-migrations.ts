// Versioned PostgreSQL schema changes, applied in order on start under an advisory lock, so replicas that start
// together migrate once. Never edit a released migration: add the next one. Same tables as SQLite (migrations.ts).
import type pg from 'pg';

/** Held for the whole migration by the replica that applies it; the others wait, then find nothing to do. */
const MIGRATION_LOCK = 0x4875_7175_0001n;

/**
 * Everything is counted per day, never per event: no column holds a time finer than a day, a client identifier,
 * an IP address, a user agent or a page URL.
 */
export const PG_MIGRATIONS: readonly string[] = [
  `CREATE TABLE unanswered (
     day date NOT NULL, lang text NOT NULL, country text NOT NULL DEFAULT '', query text NOT NULL,
     count integer NOT NULL, PRIMARY KEY (day, lang, country, query));
   CREATE TABLE votes (
     day date NOT NULL, entry_id text NOT NULL, lang text NOT NULL, flow_id text NOT NULL DEFAULT '',
     helpful integer NOT NULL, not_helpful integer NOT NULL, PRIMARY KEY (day, entry_id, lang, flow_id));
   CREATE TABLE unhelpful_queries (
     day date NOT NULL, entry_id text NOT NULL, lang text NOT NULL, query text NOT NULL,
     count integer NOT NULL, PRIMARY KEY (day, entry_id, lang, query));
   CREATE TABLE answered (
     day date NOT NULL, lang text NOT NULL, country text NOT NULL DEFAULT '',
     asked integer NOT NULL, fell_back integer NOT NULL, PRIMARY KEY (day, lang, country));`,
];

/** Applies the migrations the database has not seen yet, each in its own transaction; returns how many ran. */
export async function migratePostgres(pool: pg.Pool, migrations: readonly string[]): Promise<number> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS huquq_migrations (version integer PRIMARY KEY)');
    const { rows } = await client.query<{ v: number | null }>('SELECT max(version) AS v FROM huquq_migrations');
    const current = rows[0]?.v ?? 0;
    for (const [i, sql] of migrations.slice(current).entries()) {
      await client.query('BEGIN');
      try {
        await client.query(sql);
        await client.query('INSERT INTO huquq_migrations (version) VALUES ($1)', [current + i + 1]);
        await client.query('COMMIT');
      } catch (error) {
        await client.query('ROLLBACK');
        throw error;
      }
    }
    return migrations.length - current;
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]).catch(() => {});
    client.release();
  }
}
