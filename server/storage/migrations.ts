// Versioned schema changes, applied in order on start. Never edit a released migration: add the next one.
import type Database from 'better-sqlite3';

/**
 * Everything is counted per day, never per event: no table has a timestamp finer than a day, a client
 * identifier, an IP address, a user agent or a page URL.
 */
const MIGRATIONS: readonly string[] = [
  `CREATE TABLE unanswered (
     day TEXT NOT NULL, lang TEXT NOT NULL, country TEXT NOT NULL DEFAULT '', query TEXT NOT NULL,
     count INTEGER NOT NULL, PRIMARY KEY (day, lang, country, query)) WITHOUT ROWID;
   CREATE TABLE votes (
     day TEXT NOT NULL, entry_id TEXT NOT NULL, lang TEXT NOT NULL, flow_id TEXT NOT NULL DEFAULT '',
     helpful INTEGER NOT NULL, not_helpful INTEGER NOT NULL, PRIMARY KEY (day, entry_id, lang, flow_id)) WITHOUT ROWID;
   CREATE TABLE unhelpful_queries (
     day TEXT NOT NULL, entry_id TEXT NOT NULL, lang TEXT NOT NULL, query TEXT NOT NULL,
     count INTEGER NOT NULL, PRIMARY KEY (day, entry_id, lang, query)) WITHOUT ROWID;
   CREATE TABLE answered (
     day TEXT NOT NULL, lang TEXT NOT NULL, country TEXT NOT NULL DEFAULT '',
     asked INTEGER NOT NULL, fell_back INTEGER NOT NULL, PRIMARY KEY (day, lang, country)) WITHOUT ROWID;`,
];

/** Applies the migrations the database has not seen yet, each in its own transaction. */
export function migrate(db: Database.Database): number {
  const current = db.pragma('user_version', { simple: true }) as number;
  MIGRATIONS.slice(current).forEach((sql, i) => {
    db.transaction(() => {
      db.exec(sql);
      db.pragma(`user_version = ${current + i + 1}`);
    })();
  });
  return MIGRATIONS.length - current;
}
