import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import * as schema from './schema.pg';

export type PgDb = NodePgDatabase<typeof schema> & { $client: pg.Pool };

export interface PgOptions {
  /**
   * Connections per node. Ten covers one node's group commit, API requests
   * and socket.io handlers; mind PostgreSQL's max_connections (100 by
   * default) across all nodes.
   */
  max?: number;
}

/** An open PostgreSQL database: drizzle over the pool, the pool itself (for raw queries), and a way out. */
export interface OpenPg {
  db: PgDb;
  pool: pg.Pool;
  close(): Promise<void>;
}

const MIGRATIONS = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'drizzle-pg');

/**
 * A query that runs this long is stuck (a lock never released, a runaway
 * scan); failing it frees the connection and shows up in the log, where
 * waiting would stall every room's group commit behind it.
 */
const STATEMENT_TIMEOUT_MS = 30_000;
/** A transaction left open by a crashed handler would hold its locks forever. */
const IDLE_IN_TRANSACTION_TIMEOUT_MS = 60_000;
const CONNECT_TIMEOUT_MS = 10_000;

/**
 * Key of the session advisory lock held while migrating (the two-key form,
 * apart from the room locks of yjsLogPg.ts). Nodes that start together take
 * turns: the first applies the migrations, the others then find nothing to do.
 */
const MIGRATION_LOCK = [0x4c424442 /* "LBDB" */, 1] as const;

/**
 * Opens a pool on `url` (postgres://…) and brings the schema up to date with
 * the migrations in drizzle-pg/ before resolving.
 */
export async function openPg(url: string, opts: PgOptions = {}): Promise<OpenPg> {
  const pool = new pg.Pool({
    connectionString: url,
    max: opts.max ?? 10,
    statement_timeout: STATEMENT_TIMEOUT_MS,
    idle_in_transaction_session_timeout: IDLE_IN_TRANSACTION_TIMEOUT_MS,
    connectionTimeoutMillis: CONNECT_TIMEOUT_MS,
    application_name: 'leerbord',
  });
  // An idle connection that breaks (database restart, network) is reported
  // here; without a listener the pool's 'error' event would end the process.
  // The pool drops that connection and opens a fresh one when needed.
  pool.on('error', (err) => console.error('[db] PostgreSQL-verbinding verbroken:', err.message));
  try {
    await migrateLocked(pool);
  } catch (err) {
    await pool.end().catch(() => undefined);
    throw err;
  }
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}

/**
 * Runs the migrations on one connection under a session advisory lock: the
 * migrator's statements (CREATE SCHEMA, its bookkeeping table, then each
 * migration) must all run on the connection that holds the lock.
 */
async function migrateLocked(pool: pg.Pool): Promise<void> {
  const client = await pool.connect();
  let kapot: Error | undefined;
  try {
    // Waiting for another node's migrations, or a long migration itself, may
    // take longer than the statement timeout meant for ordinary queries.
    await client.query('SET statement_timeout = 0');
    await client.query('SELECT pg_advisory_lock($1::int4, $2::int4)', [...MIGRATION_LOCK]);
    try {
      await migrate(drizzle(client, { schema }), { migrationsFolder: MIGRATIONS });
    } finally {
      await client.query('SELECT pg_advisory_unlock($1::int4, $2::int4)', [...MIGRATION_LOCK]);
    }
    await client.query('RESET statement_timeout');
  } catch (err) {
    // A connection in an unknown state (maybe still holding the lock) must not
    // go back into the pool; closing it releases the lock with the session.
    kapot = err instanceof Error ? err : new Error(String(err));
    throw err;
  } finally {
    client.release(kapot);
  }
}
