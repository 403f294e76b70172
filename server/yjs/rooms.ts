import * as Y from 'yjs';
import type { YjsLog } from '../db/yjsLog';
import { Room, type Conn } from './room';

/** After this many logged updates a room's log is folded into its snapshot. */
const COMPACT_AFTER = 500;

/**
 * All loaded rooms. Loads a room completely (synchronously, from SQLite)
 * before its first connection is served; commits the updates of all rooms
 * that arrived in one tick in one transaction; unloads empty rooms.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly dirty = new Set<Room>();
  private scheduled = false;

  constructor(
    private readonly log: YjsLog,
    private readonly isReadOnly: (room: string) => boolean,
    /** Runs once when a room is loaded, before its first client is served (layout migrations). */
    private readonly onLoad: (room: Room) => void = () => {},
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  loaded(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  join(name: string, conn: Conn): Room {
    let room = this.rooms.get(name);
    if (!room) {
      room = new Room(name, this.log, (r) => this.schedule(r));
      room.readOnly = this.isReadOnly(name);
      this.rooms.set(name, room);
      if (!room.readOnly) this.onLoad(room);
    }
    room.join(conn);
    return room;
  }

  leave(room: Room, conn: Conn): void {
    room.leave(conn);
    if (room.conns.size === 0) this.unload(room);
  }

  /** The committed document of a room: the live one, else a fresh copy read from disk. */
  read(name: string): Y.Doc {
    const room = this.rooms.get(name);
    if (room) return room.doc;
    const doc = new Y.Doc();
    const stored = this.log.load(name);
    if (stored.snapshot) Y.applyUpdate(doc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(doc, u);
    return doc;
  }

  setReadOnly(name: string, readOnly: boolean): void {
    const room = this.rooms.get(name);
    if (room) room.readOnly = readOnly;
  }

  /** Drops connections of a room (e.g. a deleted traject) and forgets it without storing. */
  evict(name: string, reason: string): void {
    const room = this.rooms.get(name);
    if (!room) return;
    this.dirty.delete(room);
    room.pending = [];
    for (const c of room.conns.keys()) c.close(4404, reason);
    this.rooms.delete(name);
    room.destroy();
  }

  private schedule(room: Room): void {
    this.dirty.add(room);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
  }

  /** Group commit: one transaction for everything that arrived since the last flush, then broadcast. */
  flush(): void {
    this.scheduled = false;
    if (this.dirty.size === 0) return;
    const rooms = [...this.dirty];
    this.dirty.clear();
    const batches = rooms.map((r) => {
      const batch = r.pending;
      r.pending = [];
      return { room: r, batch };
    });
    const rows = batches.flatMap(({ room, batch }) => batch.map((b) => ({ room: room.name, update: b.update })));
    let lastId: number;
    try {
      lastId = this.log.append(rows);
    } catch (err) {
      console.error('[yjs] opslaan mislukt, verbindingen worden gesloten:', err);
      for (const { room } of batches) {
        room.failed();
        this.rooms.delete(room.name);
        room.destroy();
      }
      return;
    }
    for (const { room, batch } of batches) {
      room.committed(batch, lastId);
      if (room.logSize >= COMPACT_AFTER) this.compact(room);
    }
  }

  private compact(room: Room): void {
    try {
      const state = Y.encodeStateAsUpdate(room.doc);
      this.log.compact(room.name, state, room.tot);
      room.logSize = 0;
      room.bytes = state.byteLength;
    } catch (err) {
      // The log stays valid without the snapshot; the next compaction retries.
      console.error(`[yjs] compacteren van ${room.name} mislukt:`, err);
    }
  }

  private unload(room: Room): void {
    if (room.pending.length > 0) this.flush();
    if (this.rooms.get(room.name) !== room) return;
    if (room.logSize > 0) this.compact(room);
    this.rooms.delete(room.name);
    room.destroy();
  }

  /** Commits what is pending and compacts every room (clean shutdown). */
  close(): void {
    this.flush();
    for (const room of this.rooms.values()) {
      if (room.logSize > 0) this.compact(room);
      for (const c of room.conns.keys()) c.close(1001, 'Server stopt');
      room.destroy();
    }
    this.rooms.clear();
  }
}
