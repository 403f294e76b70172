import { randomBytes } from 'node:crypto';
import pg from 'pg';

/**
 * Throwaway PostgreSQL databases for tests, on the cluster that
 * `TEST_DATABASE_URL` points at (scripts/ci-services.sh starts one and
 * .ci/run always sets it). Each test server gets its own empty database, so
 * tests never see each other's rows, as with a fresh DATA_DIR on SQLite.
 */

/** Prefix of every database made here; anything left by a crashed run is easy to spot and drop. */
const PREFIX = 'leerbord_test_';

/** The maintenance URL, or null when no test cluster is configured. */
export function testDatabaseUrl(): string | null {
  const url = process.env.TEST_DATABASE_URL;
  return url && url.trim() !== '' ? url : null;
}

function requireTestDatabaseUrl(): string {
  const url = testDatabaseUrl();
  if (!url) throw new Error('TEST_DATABASE_URL is not set: start the services with scripts/ci-services.sh and source the env file it prints');
  return url;
}

async function onMaintenance<T>(fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: requireTestDatabaseUrl(), connectionTimeoutMillis: 10_000 });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/** Creates a new, empty, uniquely named database and returns its URL. */
export async function freshDatabase(): Promise<string> {
  const naam = `${PREFIX}${Date.now().toString(36)}_${randomBytes(6).toString('hex')}`;
  // Identifiers cannot be parameters; the name is ours and only [a-z0-9_].
  await onMaintenance((c) => c.query(`CREATE DATABASE "${naam}"`));
  const url = new URL(requireTestDatabaseUrl());
  url.pathname = `/${naam}`;
  return url.toString();
}

/** Drops a database made by freshDatabase, closing whatever connections it still has. */
export async function dropDatabase(url: string): Promise<void> {
  const naam = decodeURIComponent(new URL(url).pathname.slice(1));
  if (!naam.startsWith(PREFIX) || !/^[a-z0-9_]+$/.test(naam)) {
    throw new Error(`refusing to drop ${JSON.stringify(naam)}: not a database made by freshDatabase()`);
  }
  // WITH (FORCE) (PostgreSQL 13+): a killed test server may leave sessions behind.
  await onMaintenance((c) => c.query(`DROP DATABASE IF EXISTS "${naam}" WITH (FORCE)`));
}
