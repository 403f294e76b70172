import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import * as Y from 'yjs';

/**
 * Direct looks at a test server's SQLite file (DATA_DIR/leerbord.sqlite), for
 * tests that must judge what is on disk rather than what the server says.
 */

export const dbPad = (dataDir: string) => path.join(dataDir, 'leerbord.sqlite');

/**
 * Opens the database file. `readonly` is safe next to a running server (WAL
 * allows readers); without it, only open a file whose server is stopped.
 */
export function openDbFile(dataDir: string, opts: { readonly?: boolean } = {}): Database.Database {
  const db = new Database(dbPad(dataDir), { readonly: opts.readonly ?? false, fileMustExist: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** `PRAGMA integrity_check` and `foreign_key_check`: an empty list when the file is sound. */
export function dbProblemen(db: Database.Database): string[] {
  const problemen: string[] = [];
  for (const r of db.pragma('integrity_check') as { integrity_check: string }[]) {
    if (r.integrity_check !== 'ok') problemen.push(`integrity_check: ${r.integrity_check}`);
  }
  for (const r of db.pragma('foreign_key_check') as Record<string, unknown>[]) problemen.push(`foreign_key_check: ${JSON.stringify(r)}`);
  return problemen;
}

/** The Yjs document of a room as stored: snapshot plus the logged updates after it. */
export function roomUitDb(db: Database.Database, room: string): Y.Doc {
  const doc = new Y.Doc();
  const snap = db.prepare('SELECT state, tot FROM yjs_snapshots WHERE room = ?').get(room) as { state: Buffer; tot: number } | undefined;
  if (snap) Y.applyUpdate(doc, new Uint8Array(snap.state));
  const rows = db.prepare('SELECT "update" AS u FROM yjs_updates WHERE room = ? AND id > ? ORDER BY id').all(room, snap?.tot ?? 0) as { u: Buffer }[];
  for (const r of rows) Y.applyUpdate(doc, new Uint8Array(r.u));
  return doc;
}

/** Every room name that has anything stored. */
export function alleRooms(db: Database.Database): string[] {
  const rows = db.prepare('SELECT room FROM yjs_snapshots UNION SELECT DISTINCT room FROM yjs_updates').all() as { room: string }[];
  return rows.map((r) => r.room);
}

/** The stored server-decided state of a room (kamers.toestand, parsed), or null. */
export function kamerUitDb(db: Database.Database, bijeenkomstId: string): { toestand: any; versie: number } | null {
  const rij = db.prepare('SELECT toestand, versie FROM kamers WHERE bijeenkomst_id = ?').get(bijeenkomstId) as
    | { toestand: string; versie: number }
    | undefined;
  return rij ? { toestand: JSON.parse(rij.toestand), versie: rij.versie } : null;
}

/** Every file under `dir` (the database, its -wal and -shm, anything else the server wrote). */
export function alleBestanden(dir: string): string[] {
  const uit: string[] = [];
  for (const naam of readdirSync(dir)) {
    const p = path.join(dir, naam);
    const st = statSync(p);
    if (st.isDirectory()) uit.push(...alleBestanden(p));
    else uit.push(p);
  }
  return uit;
}

/**
 * Which of `markers` occur in the raw bytes of any file under `dir`, as UTF-8
 * or as UTF-16 (LE/BE), with the file they were found in.
 */
export function vindMarkers(dir: string, markers: readonly string[]): { marker: string; bestand: string }[] {
  const gevonden: { marker: string; bestand: string }[] = [];
  for (const bestand of alleBestanden(dir)) {
    if (!existsSync(bestand)) continue;
    const bytes = readFileSync(bestand);
    for (const marker of markers) {
      const vormen = [Buffer.from(marker, 'utf8'), Buffer.from(marker, 'utf16le'), Buffer.from(marker, 'utf16le').swap16()];
      if (vormen.some((v) => bytes.includes(v))) gevonden.push({ marker, bestand: path.basename(bestand) });
    }
  }
  return gevonden;
}
