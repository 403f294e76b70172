import * as Y from 'yjs';
import type { YjsStore } from '../db/yjsStore';
import { Room, type Conn, type StoredRoom } from './room';

/** After this many logged updates a room's log is folded into its snapshot. */
const COMPACT_AFTER = 500;

/**
 * How rooms reach the other nodes serving them (server/scale/yjsFanout.ts
 * over Redis). Absent on a single node.
 */
export interface RoomFanout {
  /** `onGap`: messages for this room may have been lost (Redis was away); the room catches up from the database. */
  subscribe(room: string, onMessage: (m: { kind: 'update' | 'awareness'; data: Uint8Array }) => void, onGap?: () => void): Promise<void>;
  unsubscribe(room: string): Promise<void>;
  publish(room: string, kind: 'update' | 'awareness', data: Uint8Array, tot?: number): Promise<void>;
}

/**
 * All loaded rooms. Loads a room completely from the database before its
 * first connection is served; commits the updates of all rooms that arrived
 * in one tick in one transaction, one commit at a time; unloads empty rooms.
 * With a fan-out, every committed update is also published to the other
 * nodes, and theirs are applied here.
 */
export class Rooms {
  private readonly rooms = new Map<string, Room>();
  private readonly loading = new Map<string, Promise<Room>>();
  private readonly dirty = new Set<Room>();
  private scheduled = false;
  private committing: Promise<void> | null = null;

  constructor(
    private readonly log: YjsStore,
    private readonly isReadOnly: (room: string) => Promise<boolean>,
    /** Runs once when a room is loaded, before its first client is served (layout migrations). */
    private readonly onLoad: (room: Room) => void = () => {},
    private readonly fanout: RoomFanout | null = null,
  ) {}

  get size(): number {
    return this.rooms.size;
  }

  loaded(name: string): Room | undefined {
    return this.rooms.get(name);
  }

  async join(name: string, conn: Conn): Promise<Room> {
    const room = this.rooms.get(name) ?? (await this.load(name));
    room.join(conn);
    return room;
  }

  private async load(name: string): Promise<Room> {
    const bezig = this.loading.get(name);
    if (bezig) return bezig;
    const laden = (async () => {
      // Subscribe before reading, so nothing another node commits in between is missed;
      // what arrives meanwhile is applied after the read (Yjs updates are idempotent).
      const buffered: { kind: 'update' | 'awareness'; data: Uint8Array }[] = [];
      let room: Room | null = null;
      if (this.fanout) {
        await this.fanout.subscribe(
          name,
          (m) => {
            if (room) this.fromOtherNode(room, m);
            else buffered.push(m);
          },
          () => void this.catchUp(name),
        );
      }
      let stored: StoredRoom;
      let readOnly: boolean;
      try {
        [stored, readOnly] = await Promise.all([this.log.load(name), this.isReadOnly(name)]);
      } catch (err) {
        if (this.fanout) void this.fanout.unsubscribe(name).catch(() => {});
        throw err;
      }
      room = new Room(name, stored, (r) => this.schedule(r));
      room.readOnly = readOnly;
      if (this.fanout) {
        const fanout = this.fanout;
        room.publishAwareness = (update) => void fanout.publish(name, 'awareness', update).catch(logPublishError);
      }
      this.rooms.set(name, room);
      if (!readOnly) this.onLoad(room);
      for (const m of buffered) this.fromOtherNode(room, m);
      return room;
    })().finally(() => this.loading.delete(name));
    this.loading.set(name, laden);
    return laden;
  }

  private fromOtherNode(room: Room, m: { kind: 'update' | 'awareness'; data: Uint8Array }): void {
    if (m.kind === 'update') room.applyFromOtherNode(m.data);
    else room.applyAwarenessFromOtherNode(m.data);
  }

  /** Applies everything the database holds of a room that this node may have missed. */
  private async catchUp(name: string): Promise<void> {
    const room = this.rooms.get(name);
    if (!room) return;
    try {
      const stored = await this.log.load(name);
      const parts = [...(stored.snapshot ? [stored.snapshot] : []), ...stored.updates];
      if (parts.length === 0 || this.rooms.get(name) !== room) return;
      // Only what this node lacks goes out to its clients.
      const missing = Y.diffUpdate(Y.mergeUpdates(parts), Y.encodeStateVector(room.doc));
      room.applyFromOtherNode(missing);
    } catch (err) {
      console.error(`[yjs] ${name}: bijwerken uit de database mislukt:`, (err as Error).message);
    }
  }

  async leave(room: Room, conn: Conn): Promise<void> {
    room.leave(conn);
    if (room.conns.size === 0) await this.unload(room);
  }

  /**
   * The committed document of a room: a fresh copy read from the database,
   * or the live one's state. The caller owns the returned doc and may
   * destroy it.
   */
  async read(name: string): Promise<Y.Doc> {
    const doc = new Y.Doc();
    const room = this.rooms.get(name);
    if (room) {
      Y.applyUpdate(doc, Y.encodeStateAsUpdate(room.doc));
      return doc;
    }
    const stored = await this.log.load(name);
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
    if (this.fanout) void this.fanout.unsubscribe(name).catch(() => {});
  }

  private schedule(room: Room): void {
    this.dirty.add(room);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => void this.flush());
  }

  /**
   * Group commit: one transaction for everything that arrived since the last
   * commit, then broadcast. Commits run one after another, so updates reach
   * the disk and the clients in the order they arrived.
   */
  async flush(): Promise<void> {
    while (this.committing) await this.committing;
    this.scheduled = false;
    if (this.dirty.size === 0) return;
    const commit = this.commit().finally(() => {
      this.committing = null;
    });
    this.committing = commit;
    await commit;
  }

  private async commit(): Promise<void> {
    const rooms = [...this.dirty];
    this.dirty.clear();
    const batches = rooms.map((r) => {
      const batch = r.pending;
      r.pending = [];
      r.inFlight = batch.length;
      return { room: r, batch };
    });
    const rows = batches.flatMap(({ room, batch }) => batch.map((b) => ({ room: room.name, update: b.update })));
    let lastId: number;
    try {
      lastId = await this.log.append(rows);
    } catch (err) {
      console.error('[yjs] opslaan mislukt, verbindingen worden gesloten:', err);
      for (const { room } of batches) {
        room.failed();
        if (this.rooms.get(room.name) === room) this.rooms.delete(room.name);
        room.destroy();
        if (this.fanout) void this.fanout.unsubscribe(room.name).catch(() => {});
      }
      return;
    }
    for (const { room, batch } of batches) {
      room.committed(batch, lastId);
      if (this.fanout && batch.length > 0) {
        const update = batch.length === 1 ? batch[0]!.update : Y.mergeUpdates(batch.map((b) => b.update));
        void this.fanout.publish(room.name, 'update', update, lastId).catch(logPublishError);
      }
      if (room.logSize >= COMPACT_AFTER) await this.compact(room);
    }
  }

  private async compact(room: Room): Promise<void> {
    try {
      const state = Y.encodeStateAsUpdate(room.doc);
      const tot = room.tot;
      room.logSize = 0;
      await this.log.compact(room.name, state, tot);
      room.bytes = state.byteLength;
    } catch (err) {
      // The log stays valid without the snapshot; the next compaction retries.
      console.error(`[yjs] compacteren van ${room.name} mislukt:`, err);
    }
  }

  private async unload(room: Room): Promise<void> {
    if (room.pending.length > 0 || this.committing) await this.flush();
    if (this.rooms.get(room.name) !== room || room.conns.size > 0) return;
    if (room.logSize > 0) await this.compact(room);
    // Someone may have come in while the snapshot was written.
    if (this.rooms.get(room.name) !== room || room.conns.size > 0) return;
    this.rooms.delete(room.name);
    room.destroy();
    if (this.fanout) void this.fanout.unsubscribe(room.name).catch(() => {});
  }

  /** Commits what is pending and compacts every room (clean shutdown). */
  async close(): Promise<void> {
    await this.flush();
    for (const room of this.rooms.values()) {
      if (room.logSize > 0) await this.compact(room);
      for (const c of room.conns.keys()) c.close(1001, 'Server stopt');
      room.destroy();
    }
    this.rooms.clear();
  }
}

function logPublishError(err: unknown): void {
  console.error('[yjs] doorgeven aan andere nodes mislukt:', (err as Error).message);
}
