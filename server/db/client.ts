import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import type { SQL } from 'drizzle-orm';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Pool } from 'pg';
import * as sqliteSchema from './schema.sqlite';
import { dialect } from './schema';

interface Verbinding {
  readonly dialect: 'sqlite' | 'pg';
  readonly sqlite?: Database.Database;
  readonly pool?: Pool;
  /** Set on the handle a transaction callback gets: nested `atomair` calls join it. */
  readonly inTx?: boolean;
}

/**
 * The database handle every query in server/db takes. Its query builder is
 * typed as drizzle's SQLite one; on PostgreSQL it is drizzle's node-postgres
 * instance with the same table names and JS types (see schema.ts). Queries
 * are always awaited (`await db.select()…`), never `.get()`/`.all()`/`.run()`,
 * so the same code runs on both.
 */
export type Db = BetterSQLite3Database<typeof sqliteSchema> & { readonly $leerbord: Verbinding };

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle');

/**
 * Opens (and migrates) the SQLite file in `dataDir`. WAL with synchronous=FULL:
 * a committed transaction survives a kill -9 and a power cut.
 */
export function openDb(dataDir: string): Db {
  mkdirSync(dataDir, { recursive: true });
  const sqlite = new Database(path.join(dataDir, 'leerbord.sqlite'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  // Deleted rows are overwritten, so a deleted traject leaves nothing in the file (AVG).
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema: sqliteSchema });
  migrate(db, { migrationsFolder: MIGRATIONS });
  return Object.assign(db, { $leerbord: { dialect: 'sqlite' as const, sqlite } });
}

/** Wraps drizzle's node-postgres instance (server/db/pg.ts) as a Db. */
export function alsDb(pgDb: object, pool: Pool): Db {
  return Object.assign(pgDb, { $leerbord: { dialect: 'pg' as const, pool } }) as unknown as Db;
}

/** The dialect of this process (DATABASE_URL); a Db opened by openDb is always SQLite. */
export { dialect };

/** The first row of a query, or null. */
export async function eerste<T>(rows: PromiseLike<T[]>): Promise<T | null> {
  return (await rows)[0] ?? null;
}

/** Runs a raw statement that returns no rows. */
export async function voerUit(db: Db, statement: SQL): Promise<void> {
  if (db.$leerbord.dialect === 'sqlite') db.run(statement);
  else await (db as unknown as { execute(s: SQL): Promise<unknown> }).execute(statement);
}

const sqliteRijen = new WeakMap<Database.Database, Promise<unknown>>();

/**
 * Runs `fn` in one transaction: all of it or nothing. On PostgreSQL this is
 * drizzle's transaction on one pooled connection. better-sqlite3 has one
 * connection and synchronous transactions only, so on SQLite the
 * transactions of this process take turns (a promise chain per file) and
 * run between BEGIN IMMEDIATE and COMMIT; SQLite queries complete
 * synchronously, so the callback only awaits queries, never other I/O.
 */
export async function atomair<T>(db: Db, fn: (tx: Db) => Promise<T>): Promise<T> {
  const v = db.$leerbord;
  if (v.inTx) return fn(db);
  if (v.dialect === 'pg') {
    const pg = db as unknown as { transaction<R>(f: (tx: object) => Promise<R>): Promise<R> };
    for (let poging = 1; ; poging++) {
      try {
        return await pg.transaction((tx) => fn(Object.assign(tx, { $leerbord: { ...v, inTx: true } }) as unknown as Db));
      } catch (err) {
        // Two transactions that waited on each other: PostgreSQL rolled this one back whole, so it may simply run again.
        if (poging >= 4 || !opnieuwTeProberen(err)) throw err;
      }
    }
  }
  const sqlite = v.sqlite!;
  const vorige = sqliteRijen.get(sqlite) ?? Promise.resolve();
  const beurt = vorige.then(async () => {
    const tx = Object.create(db, { $leerbord: { value: { ...v, inTx: true } } }) as Db;
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const uit = await fn(tx);
      sqlite.exec('COMMIT');
      return uit;
    } catch (err) {
      if (sqlite.inTransaction) sqlite.exec('ROLLBACK');
      throw err;
    }
  });
  sqliteRijen.set(
    sqlite,
    beurt.catch(() => undefined),
  );
  return beurt;
}

/** A deadlock (40P01) or serialization failure (40001), also when drizzle wraps the driver's error. */
function opnieuwTeProberen(err: unknown): boolean {
  for (let e: unknown = err, diepte = 0; e && diepte < 4; e = (e as { cause?: unknown }).cause, diepte++) {
    const code = (e as { code?: unknown }).code;
    if (code === '40P01' || code === '40001') return true;
  }
  return false;
}

/** Folds the SQLite WAL into the file and empties it (after deleting personal data); nothing to do on PostgreSQL. */
export function leegWal(db: Db): void {
  if (db.$leerbord.dialect === 'sqlite') db.$leerbord.sqlite!.pragma('wal_checkpoint(TRUNCATE)');
}

/** A cheap query that fails when the database is unreachable or unreadable (health check). */
export async function ping(db: Db): Promise<void> {
  if (db.$leerbord.dialect === 'sqlite') db.$leerbord.sqlite!.prepare('SELECT 1').get();
  else await db.$leerbord.pool!.query('SELECT 1');
}
