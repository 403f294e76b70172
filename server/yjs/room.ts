import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseMessage } from './protocol';

/** One client connection as the room sees it. */
export interface Conn {
  readonly readOnly: boolean;
  send(data: Uint8Array): void;
  close(code: number, reason: string): void;
}

/**
 * A board of a bijeenkomst is text, cards and a canvas: far below this. A room
 * beyond it is being flooded, and further updates close the connection.
 */
export const MAX_ROOM_BYTES = 64 * 1024 * 1024;

/** The origin of updates read from storage: they are already on disk. */
const FROM_STORAGE = Symbol('from-storage');
/** The origin of updates another node committed and published: on disk too. */
const FROM_OTHER_NODE = Symbol('from-other-node');

/**
 * Awareness (cursors, presence) goes out at most once per this interval per
 * room, all changes since the last send in one message. The stock y-websocket
 * client re-sends every awareness change it receives back to the server, so
 * with n clients each message out costs n messages in: batching cuts both.
 */
export const AWARENESS_INTERVAL_MS = 50;

/** What the database holds of a room: a snapshot and the updates logged since, up to log id `tot`. */
export interface StoredRoom {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  tot: number;
}

/**
 * A live Yjs document with its connections. Updates are not broadcast when
 * applied: they wait in `pending` until the manager has committed them to
 * disk (group commit), then go out. Sync step 2 replies wait for that too, so
 * no client ever holds state that a crash could take back.
 */
export class Room {
  readonly doc = new Y.Doc({ gc: true });
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly conns = new Map<Conn, Set<number>>();
  pending: { update: Uint8Array; origin: unknown }[] = [];
  /** Updates taken from `pending` by a commit that has not finished yet. */
  inFlight = 0;
  private waitingForCommit: (() => void)[] = [];
  /** Updates in the log since the last snapshot, and the id of the last one. */
  logSize = 0;
  tot = 0;
  /** Bytes of the stored snapshot plus the updates logged since: the size the room takes on disk. */
  bytes = 0;
  readOnly = false;
  private closed = false;
  /** Awareness clients changed since the last awareness broadcast. */
  private readonly awarenessChanged = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private lastAwarenessSent = -Infinity;
  /** Set when other nodes serve this room too (Redis): where this node's clients' awareness goes. */
  publishAwareness: ((update: Uint8Array) => void) | null = null;
  private readonly awarenessForOtherNodes = new Set<number>();

  constructor(
    readonly name: string,
    stored: StoredRoom,
    private readonly onPending: (room: Room) => void,
  ) {
    this.awareness.setLocalState(null);
    Y.transact(
      this.doc,
      () => {
        if (stored.snapshot) Y.applyUpdate(this.doc, stored.snapshot, FROM_STORAGE);
        for (const u of stored.updates) Y.applyUpdate(this.doc, u, FROM_STORAGE);
      },
      FROM_STORAGE,
    );
    this.logSize = stored.updates.length;
    this.bytes = (stored.snapshot?.byteLength ?? 0) + stored.updates.reduce((n, u) => n + u.byteLength, 0);
    this.tot = stored.tot;
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === FROM_STORAGE || origin === FROM_OTHER_NODE) return;
      this.pending.push({ update, origin });
      this.onPending(this);
    });
    this.awareness.on('update', ({ added, updated, removed }: AwarenessChange, origin: unknown) => {
      const ids = this.conns.get(origin as Conn);
      if (ids) {
        for (const id of added) ids.add(id);
        for (const id of removed) ids.delete(id);
      }
      for (const id of added) this.awarenessChanged.add(id);
      for (const id of updated) this.awarenessChanged.add(id);
      for (const id of removed) this.awarenessChanged.add(id);
      if (this.publishAwareness && origin !== FROM_OTHER_NODE) {
        for (const id of [...added, ...updated, ...removed]) this.awarenessForOtherNodes.add(id);
      }
      this.scheduleAwareness();
    });
  }

  /** Leading edge at once, then at most one awareness broadcast per interval. */
  private scheduleAwareness(): void {
    if (this.awarenessTimer || this.closed) return;
    const wait = this.lastAwarenessSent + AWARENESS_INTERVAL_MS - performance.now();
    if (wait <= 0) {
      this.sendAwareness();
      return;
    }
    this.awarenessTimer = setTimeout(() => {
      this.awarenessTimer = null;
      this.sendAwareness();
    }, wait);
  }

  private sendAwareness(): void {
    if (this.closed || this.awarenessChanged.size === 0) return;
    // Each client's latest state (or its removal) with its latest clock: what
    // the separate messages would have ended in.
    const msg = encodeAwareness(this.awareness, [...this.awarenessChanged]);
    this.awarenessChanged.clear();
    this.lastAwarenessSent = performance.now();
    for (const c of this.conns.keys()) c.send(msg);
    if (this.publishAwareness && this.awarenessForOtherNodes.size > 0) {
      this.publishAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awarenessForOtherNodes]));
      this.awarenessForOtherNodes.clear();
    }
  }

  join(conn: Conn): void {
    this.conns.set(conn, new Set());
    conn.send(encodeSyncStep1(this.doc));
    const states = [...this.awareness.getStates().keys()];
    if (states.length > 0) conn.send(encodeAwareness(this.awareness, states));
  }

  leave(conn: Conn): void {
    const ids = this.conns.get(conn);
    this.conns.delete(conn);
    if (ids && ids.size > 0) awarenessProtocol.removeAwarenessStates(this.awareness, [...ids], null);
  }

  /** Handles one message; returns a reason when the connection should be closed. */
  receive(conn: Conn, data: Uint8Array): string | null {
    if (this.closed) return null;
    let msg;
    try {
      msg = parseMessage(data);
    } catch {
      return 'ongeldig bericht';
    }
    switch (msg.type) {
      case 'sync-step-1': {
        const reply = () => conn.send(encodeSyncStep2(this.doc, msg.stateVector));
        if (this.pending.length > 0 || this.inFlight > 0) this.waitingForCommit.push(reply);
        else reply();
        return null;
      }
      case 'update':
        if (conn.readOnly || this.readOnly) return null;
        if (this.bytes + msg.update.byteLength > MAX_ROOM_BYTES) return 'het document is te groot geworden';
        try {
          Y.applyUpdate(this.doc, msg.update, conn);
        } catch {
          return 'ongeldige update';
        }
        return null;
      case 'awareness':
        try {
          awarenessProtocol.applyAwarenessUpdate(this.awareness, msg.update, conn);
        } catch {
          return 'ongeldige awareness';
        }
        return null;
      case 'query-awareness':
        conn.send(encodeAwareness(this.awareness, [...this.awareness.getStates().keys()]));
        return null;
    }
  }

  /** Called by the manager once `batch` is on disk: now it may go out. */
  committed(batch: readonly { update: Uint8Array; origin: unknown }[], tot: number): void {
    this.inFlight = 0;
    this.tot = tot;
    this.logSize += batch.length;
    for (const { update } of batch) this.bytes += update.byteLength;
    if (batch.length === 1) {
      const { update, origin } = batch[0]!;
      const msg = encodeUpdate(update);
      for (const c of this.conns.keys()) if (c !== origin) c.send(msg);
    } else if (batch.length > 1) {
      this.broadcastMerged(batch);
    }
    this.releaseWaiting();
  }

  /**
   * An update another node has committed (it arrives through Redis after
   * that node's commit): apply it and pass it on to this node's clients. It
   * is not logged again.
   */
  applyFromOtherNode(update: Uint8Array): void {
    if (this.closed) return;
    try {
      Y.applyUpdate(this.doc, update, FROM_OTHER_NODE);
    } catch (err) {
      console.error(`[yjs] ${this.name}: update van een andere node onleesbaar:`, (err as Error).message);
      return;
    }
    this.bytes += update.byteLength;
    const msg = encodeUpdate(update);
    for (const c of this.conns.keys()) c.send(msg);
  }

  /** Awareness from another node's clients; it goes out with the next awareness batch. */
  applyAwarenessFromOtherNode(update: Uint8Array): void {
    if (this.closed) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, FROM_OTHER_NODE);
    } catch {
      // A malformed message from another node changes nothing here.
    }
  }

  private releaseWaiting(): void {
    if (this.pending.length === 0 && this.inFlight === 0) {
      const waiting = this.waitingForCommit;
      this.waitingForCommit = [];
      for (const reply of waiting) reply();
    }
  }

  /**
   * Updates committed together go out as one message per client: under load
   * a commit holds many updates, and one merged update costs a client one
   * message and one transaction instead of many. A client never gets its own
   * update back: an author in the batch gets the merge of the others'.
   */
  private broadcastMerged(batch: readonly { update: Uint8Array; origin: unknown }[]): void {
    const everything = encodeUpdate(Y.mergeUpdates(batch.map((b) => b.update)));
    const authors = new Set(batch.map((b) => b.origin));
    for (const c of this.conns.keys()) {
      if (!authors.has(c)) {
        c.send(everything);
        continue;
      }
      const others = batch.filter((b) => b.origin !== c).map((b) => b.update);
      if (others.length > 0) c.send(encodeUpdate(others.length === 1 ? others[0]! : Y.mergeUpdates(others)));
    }
  }

  /** The commit failed: nothing of it was sent; drop every connection so clients resync from disk. */
  failed(): void {
    this.inFlight = 0;
    for (const c of this.conns.keys()) c.close(1011, 'Opslaan mislukt; opnieuw verbinden');
  }

  destroy(): void {
    this.closed = true;
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.awarenessTimer = null;
    this.awareness.destroy();
    this.doc.destroy();
  }
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}
