import { Redis, type RedisOptions } from 'ioredis';
import { createAdapter } from '@socket.io/redis-adapter';
import type { Server } from 'socket.io';

/**
 * The Redis connections of one node. Three, because a connection in
 * subscriber mode can run no other commands, and because the Yjs fan-out
 * moves whole document updates (up to megabytes) that should not queue the
 * socket.io adapter's small control messages behind them.
 */
export interface RedisConnections {
  /** Unique per process: tells this node's own messages apart on the shared channels. */
  readonly nodeId: string;
  /**
   * Commands and PUBLISH, shared by the socket.io adapter and the Yjs
   * fan-out. Without an offline queue: while Redis is down a command fails
   * at once instead of piling up in memory and bursting out stale later.
   */
  readonly pub: Redis;
  /** Subscriber connection of the socket.io adapter (ioredis resubscribes it after a reconnect). */
  readonly sub: Redis;
  /** Subscriber connection of the Yjs fan-out, resubscribed by YjsFanout itself. */
  readonly yjsSub: Redis;
  /** True while all three connections are ready. */
  isUp(): boolean;
  /**
   * Calls `listener` each time all connections are ready again after any of
   * them was lost. Messages published in between are gone (Redis pub/sub
   * keeps nothing), so this is where a node re-reads shared state from the
   * database and re-sends it to its own clients. Returns an unsubscribe.
   */
  onReconnect(listener: () => void): () => void;
  /** Quits all connections; no reconnects after this. */
  close(): Promise<void>;
}

/** Redis did not answer within the start-up timeout: refuse to start rather than run half-connected. */
export class RedisUnavailableError extends Error {
  override readonly name = 'RedisUnavailableError';
}

export interface OpenRedisOptions {
  /** How long start-up waits for all connections to be ready. */
  connectTimeoutMs?: number;
}

/** Reconnect delays grow to this and stay there: Redis may be gone for minutes during maintenance. */
const MAX_RETRY_DELAY_MS = 5_000;
/** While reconnecting, one log line per this many attempts, not one per attempt. */
const LOG_EVERY_ATTEMPTS = 10;

/**
 * Opens the node's Redis connections and waits until they are ready. At
 * start-up an unreachable Redis is a configuration error and throws
 * RedisUnavailableError; once running, connections reconnect for ever
 * (logged once per outage, not per attempt), and this node keeps serving its
 * own clients meanwhile.
 */
export async function openRedis(url: string, nodeId: string, options: OpenRedisOptions = {}): Promise<RedisConnections> {
  if (!/^[\x21-\x7e]{1,128}$/.test(nodeId)) throw new Error('nodeId must be 1..128 printable ASCII characters without spaces');
  const target = redactUrl(url);
  const base: RedisOptions = {
    retryStrategy: (attempt) => Math.min(attempt * 200, MAX_RETRY_DELAY_MS),
    connectTimeout: 5_000,
    // We log ourselves; the default would print a stack per failed attempt.
    showFriendlyErrorStack: false,
  };
  const pub = new Redis(url, {
    ...base,
    connectionName: `leerbord:${nodeId}:pub`,
    enableOfflineQueue: false,
    // A PUBLISH in flight when the connection drops is sent again if the
    // first reconnect succeeds (a duplicate Yjs update is harmless), else it
    // fails soon instead of hanging; YjsFanout then sends a resync.
    maxRetriesPerRequest: 1,
  });
  const sub = new Redis(url, {
    ...base,
    connectionName: `leerbord:${nodeId}:sub`,
    // The adapter subscribes as it is created and expects ioredis to replay
    // its subscriptions after a reconnect; those commands must wait, not fail.
    enableOfflineQueue: true,
    maxRetriesPerRequest: null,
    autoResubscribe: true,
  });
  const yjsSub = new Redis(url, {
    ...base,
    connectionName: `leerbord:${nodeId}:yjs`,
    // YjsFanout resubscribes exactly the rooms it still holds and then tells
    // them to catch up; replaying ioredis's own list could revive a room
    // that was unsubscribed while the connection was down.
    enableOfflineQueue: false,
    autoResubscribe: false,
    autoResendUnfulfilledCommands: false,
  });
  const clients = [pub, sub, yjsSub] as const;
  const listeners = new Set<() => void>();
  const down = new Set<Redis>();
  let closing = false;
  for (const [client, role] of [
    [pub, 'pub'],
    [sub, 'sub'],
    [yjsSub, 'yjs'],
  ] as const) {
    watch(client, role, target, {
      lost: () => down.add(client),
      back: () => {
        down.delete(client);
        if (down.size > 0 || closing) return;
        for (const l of listeners) {
          try {
            l();
          } catch (err) {
            console.error('[redis] reconnect listener failed:', (err as Error).message);
          }
        }
      },
    });
  }

  const close = async () => {
    closing = true;
    await Promise.all(clients.map((c) => c.quit().then(
      () => undefined,
      // Not connected (or the QUIT was lost): drop the socket and stop retrying.
      () => c.disconnect(false),
    )));
  };

  try {
    await waitReady(clients, options.connectTimeoutMs ?? 10_000);
  } catch (err) {
    closing = true;
    for (const c of clients) c.disconnect(false);
    throw new RedisUnavailableError(`Redis at ${target} is not reachable: ${(err as Error).message}`);
  }
  console.log(`[redis] node ${nodeId} connected to ${target}`);

  return {
    nodeId,
    pub,
    sub,
    yjsSub,
    isUp: () => clients.every((c) => c.status === 'ready'),
    onReconnect(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close,
  };
}

export interface SocketAdapterOptions {
  /**
   * Channel prefix. Redis pub/sub ignores the database number, so two
   * deployments (or two test runs) on one Redis need different keys.
   */
  key?: string;
  /**
   * How long a cross-node request (fetchSockets, serverSideEmitWithAck,
   * allRooms) waits for the other nodes. Default 3000 ms, below the
   * adapter's own 5000, because a facilitator's click waits on it.
   */
  requestsTimeoutMs?: number;
}

/**
 * Installs the socket.io Redis adapter, so `io.to(room).emit`,
 * `io.in(room).fetchSockets()`, `socketsJoin/Leave` and `disconnectSockets`
 * reach sockets on every node. Call it before the server accepts its first
 * connection: replacing the adapter forgets the rooms of sockets already
 * connected.
 *
 * What fetchSockets costs: one `PUBSUB NUMSUB` round trip to count the
 * nodes, one request published to all of them, and one reply per node
 * carrying every matching socket (id, handshake, rooms and `data`, in JSON),
 * so keep `socket.data` small. The replies go to a channel of the asking
 * node only (`publishOnSpecificResponseChannel`), not to every node. It
 * resolves when every other counted node has answered; if one does not
 * within `requestsTimeoutMs` it REJECTS ("timeout reached while waiting for
 * fetchSockets response"), it does not return a partial list. A node that
 * dies closes its Redis connections, Redis drops its subscriptions, and the
 * next NUMSUB no longer counts it; only a node cut off without its TCP
 * connections closing (a network partition) is counted until Redis's
 * tcp-keepalive notices, and makes fetchSockets time out meanwhile. Callers
 * on a hot path should prefer state in the database over fetchSockets.
 */
export function attachSocketAdapter(io: Server, redis: RedisConnections, options: SocketAdapterOptions = {}): void {
  io.adapter(
    createAdapter(quietPublisher(redis.pub), redis.sub, {
      key: options.key ?? 'leerbord:sio',
      requestsTimeout: options.requestsTimeoutMs ?? 3_000,
      publishOnSpecificResponseChannel: true,
    }),
  );
}

/**
 * The adapter calls `publish` without handling its promise; with no offline
 * queue every broadcast during an outage would become an unhandled
 * rejection. This view of the same connection catches them and logs one
 * line per outage: a broadcast that cannot reach the other nodes still
 * reaches this node's own sockets.
 */
function quietPublisher(pub: Redis): Redis {
  let logged = false;
  pub.on('ready', () => {
    logged = false;
  });
  const publish = (channel: string | Buffer, message: string | Buffer) =>
    pub.publish(channel, message).catch((err: Error) => {
      if (!logged) console.warn(`[redis] socket.io broadcast not sent to other nodes: ${err.message} (further failures silent until Redis is back)`);
      logged = true;
      return 0;
    });
  return new Proxy(pub, {
    get(target, key) {
      if (key === 'publish') return publish;
      const value: unknown = Reflect.get(target, key, target);
      // Bound to the real client: ioredis methods keep their state on `this`.
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

/** Logs one connection's outages in a few lines and reports when it is lost and back. */
function watch(client: Redis, role: string, target: string, on: { lost: () => void; back: () => void }): void {
  let wasReady = false;
  let lostAt: number | null = null;
  let attempts = 0;
  let errorLogged = false;
  client.on('ready', () => {
    if (lostAt !== null) {
      const seconds = ((performance.now() - lostAt) / 1000).toFixed(1);
      console.log(`[redis] ${role}: reconnected to ${target} after ${seconds} s and ${attempts} attempt(s)`);
    }
    wasReady = true;
    lostAt = null;
    attempts = 0;
    errorLogged = false;
    on.back();
  });
  client.on('close', () => {
    if (!wasReady || lostAt !== null) return;
    lostAt = performance.now();
    on.lost();
  });
  client.on('reconnecting', (delay: number) => {
    attempts++;
    if (attempts === 1 || attempts % LOG_EVERY_ATTEMPTS === 0) {
      const why = wasReady ? 'connection lost' : 'not connected yet';
      console.warn(`[redis] ${role}: ${why}; reconnect attempt ${attempts} in ${delay} ms; local clients are still served`);
    }
  });
  // ioredis emits an error per failed attempt; without a listener it prints them itself.
  client.on('error', (err: Error) => {
    if (errorLogged) return;
    errorLogged = true;
    console.warn(`[redis] ${role}: ${err.message}`);
  });
}

function waitReady(clients: readonly Redis[], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no connection within ${timeoutMs} ms`)), timeoutMs);
    let waiting = clients.length;
    for (const c of clients) {
      const ready = () => {
        if (--waiting === 0) {
          clearTimeout(timer);
          resolve();
        }
      };
      if (c.status === 'ready') ready();
      else c.once('ready', ready);
    }
  });
}

/** host:port of a Redis URL, for logs: never the password. */
function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}${u.pathname.length > 1 ? u.pathname : ''}`;
  } catch {
    return '(unparsable Redis URL)';
  }
}
