import pg from 'pg';
import * as Y from 'yjs';
import type { TestServer } from './server';
import { alleRooms, dbProblemen, kamerUitDb, openDbFile, roomUitDb } from './dbfile';

/**
 * A direct look at what a test server has stored, on whichever database it
 * runs (SQLite in DATA_DIR, or its PostgreSQL database): for tests that must
 * judge what is stored rather than what the server says.
 */
export interface Opslag {
  /** Integrity problems (SQLite's integrity and foreign-key checks; PostgreSQL keeps these itself). */
  problemen(): Promise<string[]>;
  /** The Yjs document of a room as stored: snapshot plus the logged updates after it. */
  room(room: string): Promise<Y.Doc>;
  /** Every room name that has anything stored. */
  rooms(): Promise<string[]>;
  /** The stored server-decided state of a room, or null. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- asserted by the tests
  kamer(bijeenkomstId: string): Promise<{ toestand: any; versie: number } | null>;
  /** The names of the tables, and of one table's columns (sorted). */
  tabellen(): Promise<string[]>;
  kolommen(tabel: string): Promise<string[]>;
  /** The rows of one table as the database returns them (column names as stored). */
  rijenVan(tabel: string): Promise<Record<string, unknown>[]>;
  /** Every row of every table as text (bytes as latin1), for leak searches. */
  rijen(): Promise<{ tabel: string; tekst: string }[]>;
  /** Audit entries whose details mention `tekst`. */
  auditOver(tekst: string): Promise<{ wie: string; actie: string; details: string }[]>;
  /** Every stored room state as text, by bijeenkomst. */
  kamers(): Promise<{ id: string; toestand: string }[]>;
  close(): Promise<void>;
}

export async function openOpslag(server: Pick<TestServer, 'dataDir' | 'databaseUrl'>): Promise<Opslag> {
  if (!server.databaseUrl) {
    const db = openDbFile(server.dataDir, { readonly: true });
    const sqliteTabellen = () =>
      (db.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    return {
      problemen: async () => dbProblemen(db),
      room: async (room) => roomUitDb(db, room),
      rooms: async () => alleRooms(db),
      kamer: async (id) => kamerUitDb(db, id),
      kamers: async () => db.prepare('SELECT bijeenkomst_id AS id, toestand FROM kamers').all() as { id: string; toestand: string }[],
      tabellen: async () => sqliteTabellen(),
      kolommen: async (tabel) => (db.prepare(`PRAGMA table_info("${tabel}")`).all() as { name: string }[]).map((k) => k.name).sort(),
      rijenVan: async (tabel) => db.prepare(`SELECT * FROM "${tabel}"`).all() as Record<string, unknown>[],
      rijen: async () => {
        return sqliteTabellen().flatMap((tabel) => (db.prepare(`SELECT * FROM "${tabel}"`).all() as Record<string, unknown>[]).map((r) => ({ tabel, tekst: rijTekst(r) })));
      },
      auditOver: async (tekst) =>
        db.prepare('SELECT wie, actie, details FROM audit WHERE details LIKE ?').all(`%${tekst}%`) as { wie: string; actie: string; details: string }[],
      close: async () => void db.close(),
    };
  }
  const c = new pg.Client({ connectionString: server.databaseUrl, connectionTimeoutMillis: 10_000 });
  await c.connect();
  const pgTabellen = async () => (await c.query<{ t: string }>("SELECT tablename AS t FROM pg_tables WHERE schemaname = 'public'")).rows.map((r) => r.t);
  return {
    problemen: async () => {
      await c.query('SELECT 1');
      return [];
    },
    room: async (room) => {
      const doc = new Y.Doc();
      const snap = await c.query<{ state: Buffer; tot: string }>('SELECT state, tot FROM yjs_snapshots WHERE room = $1', [room]);
      const tot = snap.rows[0] ? Number(snap.rows[0].tot) : 0;
      if (snap.rows[0]) Y.applyUpdate(doc, new Uint8Array(snap.rows[0].state));
      const rows = await c.query<{ u: Buffer }>('SELECT "update" AS u FROM yjs_updates WHERE room = $1 AND id > $2 ORDER BY id', [room, tot]);
      for (const r of rows.rows) Y.applyUpdate(doc, new Uint8Array(r.u));
      return doc;
    },
    rooms: async () =>
      (await c.query<{ room: string }>('SELECT room FROM yjs_snapshots UNION SELECT DISTINCT room FROM yjs_updates')).rows.map((r) => r.room),
    kamer: async (id) => {
      const r = await c.query<{ toestand: string; versie: number }>('SELECT toestand, versie FROM kamers WHERE bijeenkomst_id = $1', [id]);
      return r.rows[0] ? { toestand: JSON.parse(r.rows[0].toestand), versie: Number(r.rows[0].versie) } : null;
    },
    kamers: async () => (await c.query<{ id: string; toestand: string }>('SELECT bijeenkomst_id AS id, toestand FROM kamers')).rows,
    tabellen: () => pgTabellen(),
    kolommen: async (tabel) =>
      (await c.query<{ k: string }>('SELECT column_name AS k FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2', ['public', tabel])).rows
        .map((r) => r.k)
        .sort(),
    rijenVan: async (tabel) => (await c.query(`SELECT * FROM "${tabel}"`)).rows as Record<string, unknown>[],
    rijen: async () => {
      const tabellen = await pgTabellen();
      const uit: { tabel: string; tekst: string }[] = [];
      for (const tabel of tabellen) for (const r of (await c.query(`SELECT * FROM "${tabel}"`)).rows) uit.push({ tabel, tekst: rijTekst(r) });
      return uit;
    },
    auditOver: async (tekst) =>
      (await c.query<{ wie: string; actie: string; details: string }>('SELECT wie, actie, details FROM audit WHERE details LIKE $1', [`%${tekst}%`])).rows,
    close: () => c.end(),
  };
}

function rijTekst(r: Record<string, unknown>): string {
  return JSON.stringify(r, (_k, v: unknown) => (Buffer.isBuffer(v) ? v.toString('latin1') : v));
}
