import type { RedisConnections } from './redis';
import { decodeFrame, encodeFrame, type Frame } from './fanoutFrame';

/** An update or awareness change another node has published for a room. */
export interface FanoutMessage {
  kind: 'update' | 'awareness';
  data: Uint8Array;
  /** The publishing node. */
  from: string;
  /** For updates: the log id the publisher committed it under. */
  tot?: number;
}

/**
 * Called when messages for a room may have been lost: this node's
 * subscription was down, or another node could not publish for a while. The
 * room should re-read its log from the database and apply it (Yjs updates
 * are idempotent, so overlap is harmless) and pass the difference to its
 * clients. Awareness needs nothing: stale remote states time out (30 s in
 * y-protocols) and live clients renew theirs every 15 s.
 */
export type GapHandler = () => void;

/** How long `subscribe` waits for Redis to confirm before the room loads without it. */
const SUBSCRIBE_WAIT_MS = 3_000;

/** One Redis channel per room, so a node receives only the rooms it has loaded. */
export function channelOf(room: string): string {
  return `leerbord:yjs:${room}`;
}

interface Registration {
  onMessage: (m: FanoutMessage) => void;
  onGap: GapHandler | undefined;
}

const claimed = new WeakSet<object>();

/**
 * Fan-out of Yjs document and awareness updates between the nodes that have
 * the same room loaded, over Redis pub/sub. A node publishes an update only
 * after committing it to the database, so whatever another node receives is
 * already durable; Redis keeps nothing, it is a pipe.
 *
 * Redis pub/sub delivers at most once. Everything that could lose messages
 * ends in a gap callback instead of silence: this node's subscriber
 * connection coming back (it resubscribes, then calls every room's onGap),
 * and another node's publisher coming back (it sends a `resync` frame for
 * each room it may have failed to publish, and receivers call onGap).
 * Messages from one publisher arrive in the order published: one connection
 * publishes, one connection receives, and Redis keeps order per connection.
 */
export class YjsFanout {
  private readonly rooms = new Map<string, Registration>();
  /** Rooms whose publishes may not have reached Redis: they get a resync frame once it is back. */
  private readonly unsent = new Set<string>();
  private publishFailureLogged = false;
  private closed = false;

  constructor(private readonly redis: RedisConnections) {
    if (claimed.has(redis.yjsSub)) throw new Error('one YjsFanout per Redis connection set: they would unsubscribe each other');
    claimed.add(redis.yjsSub);
    redis.yjsSub.on('messageBuffer', this.onMessageBuffer);
    redis.yjsSub.on('ready', this.onSubscriberReady);
    redis.pub.on('close', this.onPublisherLost);
    redis.pub.on('ready', this.onPublisherReady);
  }

  get nodeId(): string {
    return this.redis.nodeId;
  }

  /**
   * Starts receiving a room's messages from other nodes. Resolves once Redis
   * has confirmed the subscription: from then on every publish reaches
   * `onMessage`, so a room that subscribes first and reads the database
   * second misses nothing (buffer what arrives during the read and apply it
   * after). Never rejects: when Redis is down, or has not confirmed within
   * SUBSCRIBE_WAIT_MS, it resolves anyway so the room loads and serves its
   * own clients, and `onGap` runs once the subscription is live, for the
   * room to catch up from the database. One subscription per room at a time.
   */
  async subscribe(room: string, onMessage: (m: FanoutMessage) => void, onGap?: GapHandler): Promise<void> {
    if (this.closed) return;
    if (this.rooms.has(room)) throw new Error(`already subscribed to room ${room}`);
    const reg: Registration = { onMessage, onGap };
    this.rooms.set(room, reg);
    // Not connected: the subscriber's 'ready' handler subscribes it and calls onGap.
    if (this.redis.yjsSub.status !== 'ready') return;
    await this.confirmWithin(room, reg);
  }

  /**
   * Waits for Redis to confirm a room's subscription, at most
   * SUBSCRIBE_WAIT_MS. A confirmation that comes later finds the room
   * loaded without it, so what was published before it may be missing:
   * the room then gets its onGap.
   */
  private confirmWithin(room: string, reg: Registration): Promise<void> {
    return new Promise((resolve) => {
      let waiting = true;
      const timer = setTimeout(() => {
        waiting = false;
        console.warn(`[yjs-fanout] Redis has not confirmed the subscription to ${room} within ${SUBSCRIBE_WAIT_MS} ms; loading without it`);
        resolve();
      }, SUBSCRIBE_WAIT_MS);
      void this.confirmSubscription(room).then((ok) => {
        if (waiting) {
          waiting = false;
          clearTimeout(timer);
          resolve();
        } else if (ok && this.rooms.get(room) === reg) {
          runGap(room, reg);
        }
      });
    });
  }

  /** SUBSCRIBE for one room: true once Redis has confirmed it, false when it failed. */
  private confirmSubscription(room: string): Promise<boolean> {
    return this.redis.yjsSub.subscribe(channelOf(room)).then(
      () => true,
      (err: Error) => {
        // Most likely the connection dropped; its 'ready' handler takes over.
        console.warn(`[yjs-fanout] subscribing to ${room} failed: ${err.message}`);
        return false;
      },
    );
  }

  /** Stops receiving a room (it was unloaded). Never rejects. */
  async unsubscribe(room: string): Promise<void> {
    // `unsent` keeps the room: other nodes may still hold it and need the resync.
    if (!this.rooms.delete(room)) return;
    // While disconnected there is nothing to undo: the subscriber resubscribes only registered rooms.
    if (this.redis.yjsSub.status !== 'ready') return;
    try {
      await this.redis.yjsSub.unsubscribe(channelOf(room));
    } catch (err) {
      console.warn(`[yjs-fanout] unsubscribing from ${room} failed: ${(err as Error).message}`);
    }
  }

  /**
   * Sends a committed update (with its log id `tot`) or an awareness change
   * to the other nodes that have the room loaded. Call it only after the
   * update is in the database. Never rejects and need not be awaited: Redis
   * down means the other nodes miss it now and are told to catch up from
   * the database once Redis is back.
   */
  async publish(room: string, kind: 'update' | 'awareness', data: Uint8Array, tot?: number): Promise<void> {
    if (this.closed) return;
    await this.send(room, { kind, from: this.redis.nodeId, tot, data });
  }

  /** Stops listening; the connections themselves belong to whoever opened them. */
  close(): void {
    this.closed = true;
    this.rooms.clear();
    this.unsent.clear();
    this.redis.yjsSub.off('messageBuffer', this.onMessageBuffer);
    this.redis.yjsSub.off('ready', this.onSubscriberReady);
    this.redis.pub.off('close', this.onPublisherLost);
    this.redis.pub.off('ready', this.onPublisherReady);
    claimed.delete(this.redis.yjsSub);
  }

  private async send(room: string, frame: Frame): Promise<boolean> {
    if (this.redis.pub.status !== 'ready') {
      this.unsent.add(room);
      this.logPublishFailure('Redis is not connected');
      return false;
    }
    try {
      await this.redis.pub.publish(channelOf(room), encodeFrame(frame));
      return true;
    } catch (err) {
      this.unsent.add(room);
      this.logPublishFailure((err as Error).message);
      return false;
    }
  }

  private logPublishFailure(reason: string): void {
    if (this.publishFailureLogged) return;
    this.publishFailureLogged = true;
    console.warn(`[yjs-fanout] updates not sent to other nodes (${reason}); they are in the database and other nodes will be told to resync once Redis is back`);
  }

  private readonly onMessageBuffer = (channel: Buffer, message: Buffer): void => {
    const room = roomOf(channel.toString('utf8'));
    const reg = room === null ? undefined : this.rooms.get(room);
    if (!reg || room === null) return;
    let frame: Frame;
    try {
      frame = decodeFrame(message);
    } catch (err) {
      console.warn(`[yjs-fanout] dropped an unreadable message for ${room}: ${(err as Error).message}`);
      return;
    }
    if (frame.from === this.redis.nodeId) return;
    if (frame.kind === 'resync') {
      runGap(room, reg);
      return;
    }
    const m: FanoutMessage = { kind: frame.kind, data: frame.data, from: frame.from };
    if (frame.tot !== undefined) m.tot = frame.tot;
    try {
      reg.onMessage(m);
    } catch (err) {
      console.error(`[yjs-fanout] handling a message for ${room} failed:`, (err as Error).message);
    }
  };

  /**
   * The subscriber connection is back (ioredis's own resubscribe is off for
   * it): subscribe to every room still loaded, then let each catch up.
   */
  private readonly onSubscriberReady = async (): Promise<void> => {
    const regs = [...this.rooms];
    if (regs.length === 0) return;
    try {
      await this.redis.yjsSub.subscribe(...regs.map(([room]) => channelOf(room)));
    } catch (err) {
      // The connection dropped again; the next 'ready' retries.
      console.warn(`[yjs-fanout] resubscribing ${regs.length} room(s) failed: ${(err as Error).message}`);
      return;
    }
    console.log(`[yjs-fanout] resubscribed ${regs.length} room(s); they catch up from the database`);
    for (const [room, reg] of regs) if (this.rooms.get(room) === reg) runGap(room, reg);
  };

  /** A publish in flight when the connection dropped may or may not have gone out. */
  private readonly onPublisherLost = (): void => {
    for (const room of this.rooms.keys()) this.unsent.add(room);
  };

  /** Tells the other nodes to catch up on every room this node may have failed to publish. */
  private readonly onPublisherReady = (): void => {
    this.publishFailureLogged = false;
    if (this.closed || this.unsent.size === 0) return;
    const rooms = [...this.unsent];
    this.unsent.clear();
    for (const room of rooms) void this.send(room, { kind: 'resync', from: this.redis.nodeId, data: new Uint8Array(0) });
  };
}

const PREFIX = channelOf('');

function roomOf(channel: string): string | null {
  return channel.startsWith(PREFIX) ? channel.slice(PREFIX.length) : null;
}

function runGap(room: string, reg: Registration): void {
  if (!reg.onGap) return;
  try {
    reg.onGap();
  } catch (err) {
    console.error(`[yjs-fanout] catching up ${room} failed:`, (err as Error).message);
  }
}
