import type { Db } from './client';
import type { YjsStore } from './yjsStore';

/**
 * The Yjs update log of each room: append in one transaction per tick
 * (group commit), read back as snapshot + updates, compact into a snapshot.
 */
export class YjsLog implements YjsStore {
  private readonly insert;
  private readonly selectSnapshot;
  private readonly selectUpdates;
  private readonly upsertSnapshot;
  private readonly deleteUpTo;
  private readonly appendMany;

  constructor(db: Db) {
    const c = db.$leerbord.sqlite!;
    this.insert = c.prepare<[string, Buffer]>('INSERT INTO yjs_updates (room, "update") VALUES (?, ?)');
    this.selectSnapshot = c.prepare<[string], { state: Buffer; tot: number }>('SELECT state, tot FROM yjs_snapshots WHERE room = ?');
    this.selectUpdates = c.prepare<[string, number], { id: number; update: Buffer }>(
      'SELECT id, "update" FROM yjs_updates WHERE room = ? AND id > ? ORDER BY id',
    );
    this.upsertSnapshot = c.prepare<[string, Buffer, number]>(
      'INSERT INTO yjs_snapshots (room, state, tot) VALUES (?, ?, ?) ON CONFLICT(room) DO UPDATE SET state = excluded.state, tot = excluded.tot',
    );
    this.deleteUpTo = c.prepare<[string, number]>('DELETE FROM yjs_updates WHERE room = ? AND id <= ?');
    this.appendMany = c.transaction((rows: readonly { room: string; update: Uint8Array }[]) => {
      let laatste = 0;
      for (const r of rows) laatste = Number(this.insert.run(r.room, Buffer.from(r.update.buffer, r.update.byteOffset, r.update.byteLength)).lastInsertRowid);
      return laatste;
    });
    this.compactTx = c.transaction((room: string, state: Uint8Array, tot: number) => {
      this.upsertSnapshot.run(room, Buffer.from(state), tot);
      this.deleteUpTo.run(room, tot);
    });
  }

  private readonly compactTx;

  /** Commits the rows in one transaction (synchronous=FULL) and returns the last row id. */
  async append(rows: readonly { room: string; update: Uint8Array }[]): Promise<number> {
    return this.appendMany(rows);
  }

  /** The same commit, synchronously (the benchmark measures SQLite alone with it). */
  appendSync(rows: readonly { room: string; update: Uint8Array }[]): number {
    return this.appendMany(rows);
  }

  async load(room: string): Promise<{ snapshot: Uint8Array | null; updates: Uint8Array[]; tot: number }> {
    const snap = this.selectSnapshot.get(room);
    const tot = snap?.tot ?? 0;
    const rows = this.selectUpdates.all(room, tot);
    return {
      snapshot: snap ? new Uint8Array(snap.state) : null,
      updates: rows.map((r) => new Uint8Array(r.update)),
      tot: rows.length ? rows[rows.length - 1]!.id : tot,
    };
  }

  /** Replaces every update up to `tot` by one snapshot that contains them. */
  async compact(room: string, state: Uint8Array, tot: number): Promise<void> {
    this.compactTx(room, state, tot);
  }
}
