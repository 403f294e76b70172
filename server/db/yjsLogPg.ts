import { createHash } from 'node:crypto';
import type { Pool, PoolClient } from 'pg';
import * as Y from 'yjs';
import type { YjsStore, YjsStoredRoom, YjsUpdateRow } from './yjsStore';

/**
 * Namespace of the per-room advisory locks (the two-key form, so it cannot
 * meet the one-key locks or the migration lock in server/db/pg.ts).
 */
const ROOM_LOCK_NAMESPACE = 0x594a5300; // "YJS\0"

/**
 * Rows per INSERT: two parameters each, well under PostgreSQL's 65 535
 * parameters per statement. A group commit is one tick's updates, so this
 * nearly always means one statement.
 */
const ROWS_PER_INSERT = 1000;

/**
 * The Yjs update log on PostgreSQL, with the semantics of the SQLite YjsLog
 * (yjsLog.ts): append in one transaction per tick (group commit), read back
 * as snapshot + updates, compact into a snapshot.
 *
 * Several nodes write to one log here, which SQLite never had to face:
 * - Ids come from a sequence, and a sequence hands out ids before commit, so
 *   two transactions could commit ids 10 and 11 of a room in the order 11, 10.
 *   A reader that saw 11 (and later compacts or loads "after 11") would miss
 *   10 for good. Every write to a room's log therefore holds the room's
 *   transaction-scoped advisory lock: within a room, ids become visible in
 *   increasing order, as they do in SQLite.
 * - A node compacts with the state of its own copy of the document, which may
 *   not yet hold an update another node logged a moment ago (it is still on
 *   its way through Redis). Compaction therefore folds the stored snapshot and
 *   the logged rows it replaces into the new snapshot, so it never drops
 *   anything that was in the database. Yjs updates are idempotent, so on a
 *   single node this changes nothing.
 */
export class YjsLogPg implements YjsStore {
  constructor(private readonly pool: Pool) {}

  /** Commits the rows in one transaction and returns the last row id (0 for no rows). */
  async append(rows: readonly YjsUpdateRow[]): Promise<number> {
    if (rows.length === 0) return 0;
    return inTransaction(this.pool, async (c) => {
      await lockRooms(c, rows.map((r) => r.room));
      let laatste = 0;
      for (let begin = 0; begin < rows.length; begin += ROWS_PER_INSERT) {
        const deel = rows.slice(begin, begin + ROWS_PER_INSERT);
        const params: (string | Buffer)[] = [];
        const waarden = deel.map((r, i) => {
          params.push(r.room, asBuffer(r.update));
          return `($${2 * i + 1}, $${2 * i + 2})`;
        });
        const res = await c.query<{ id: string }>(`INSERT INTO yjs_updates (room, "update") VALUES ${waarden.join(', ')} RETURNING id`, params);
        for (const r of res.rows) laatste = Math.max(laatste, Number(r.id));
      }
      return laatste;
    });
  }

  /**
   * The snapshot and the updates after it, read in one statement so both come
   * from the same moment: a compaction committing between two reads would
   * otherwise hide the updates it folded away.
   */
  async load(room: string): Promise<YjsStoredRoom> {
    const res = await this.pool.query<{ id: string | null; data: Buffer; tot: string | null }>(
      `WITH snap AS (SELECT state, tot FROM yjs_snapshots WHERE room = $1)
       SELECT NULL::bigint AS id, state AS data, tot FROM snap
       UNION ALL
       SELECT id, "update", NULL FROM yjs_updates
        WHERE room = $1 AND id > COALESCE((SELECT tot FROM snap), 0)
       ORDER BY id NULLS FIRST`,
      [room],
    );
    let snapshot: Uint8Array | null = null;
    let tot = 0;
    const updates: Uint8Array[] = [];
    for (const r of res.rows) {
      if (r.id === null) {
        snapshot = new Uint8Array(r.data);
        tot = Number(r.tot);
      } else {
        updates.push(new Uint8Array(r.data));
        tot = Number(r.id);
      }
    }
    return { snapshot, updates, tot };
  }

  /**
   * Replaces every update of `room` up to id `tot` by one snapshot that
   * contains them (see the class comment for why the stored ones are folded in).
   * A snapshot already further along than `tot` is left alone: it holds all
   * that this one would.
   */
  async compact(room: string, state: Uint8Array, tot: number): Promise<void> {
    await inTransaction(this.pool, async (c) => {
      await lockRooms(c, [room]);
      const oud = await c.query<{ state: Buffer; tot: string }>('SELECT state, tot FROM yjs_snapshots WHERE room = $1', [room]);
      const vorige = oud.rows[0];
      if (vorige && Number(vorige.tot) > tot) return;
      const gelogd = await c.query<{ update: Buffer }>('SELECT "update" FROM yjs_updates WHERE room = $1 AND id <= $2 ORDER BY id', [room, tot]);
      const samen = fold(state, [...(vorige ? [vorige.state] : []), ...gelogd.rows.map((r) => r.update)]);
      await c.query(
        `INSERT INTO yjs_snapshots (room, state, tot) VALUES ($1, $2, $3)
         ON CONFLICT (room) DO UPDATE SET state = excluded.state, tot = excluded.tot`,
        [room, asBuffer(samen), tot],
      );
      await c.query('DELETE FROM yjs_updates WHERE room = $1 AND id <= $2', [room, tot]);
    });
  }
}

/** `state` with `stored` applied: a fresh, garbage-collected encoding of the whole document. */
function fold(state: Uint8Array, stored: readonly Uint8Array[]): Uint8Array {
  if (stored.length === 0) return state;
  const doc = new Y.Doc({ gc: true });
  try {
    Y.applyUpdate(doc, state);
    for (const u of stored) Y.applyUpdate(doc, u);
    return Y.encodeStateAsUpdate(doc);
  } finally {
    doc.destroy();
  }
}

/**
 * Takes the advisory lock of each room until the transaction ends, in
 * ascending key order (unnest yields the sorted array in order) so that two
 * transactions locking overlapping rooms cannot deadlock. A hash collision
 * only makes two rooms take turns.
 */
async function lockRooms(c: PoolClient, rooms: readonly string[]): Promise<void> {
  const keys = [...new Set(rooms.map(roomKey))].sort((a, b) => a - b);
  await c.query('SELECT count(pg_advisory_xact_lock($1::int4, k)) FROM unnest($2::int4[]) AS k', [ROOM_LOCK_NAMESPACE, keys]);
}

function roomKey(room: string): number {
  return createHash('sha256').update(room).digest().readInt32BE(0);
}

function asBuffer(u: Uint8Array): Buffer {
  return Buffer.isBuffer(u) ? u : Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

/**
 * Runs `fn` between BEGIN and COMMIT on one pooled connection, ROLLBACK on
 * error. A connection whose ROLLBACK fails is broken and is dropped from the
 * pool instead of being handed out again.
 */
async function inTransaction<T>(pool: Pool, fn: (c: PoolClient) => Promise<T>): Promise<T> {
  const c = await pool.connect();
  let kapot: Error | undefined;
  try {
    await c.query('BEGIN');
    const uit = await fn(c);
    await c.query('COMMIT');
    return uit;
  } catch (err) {
    try {
      await c.query('ROLLBACK');
    } catch (rollbackErr) {
      kapot = rollbackErr instanceof Error ? rollbackErr : new Error(String(rollbackErr));
    }
    throw err;
  } finally {
    c.release(kapot);
  }
}
