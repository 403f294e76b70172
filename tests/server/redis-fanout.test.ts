import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createNetServer, type AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as awarenessProtocol from 'y-protocols/awareness';
import { Server as SocketServer } from 'socket.io';
import { io as connectClient, type Socket as ClientSocket } from 'socket.io-client';
import { attachSocketAdapter, openRedis, RedisUnavailableError, type RedisConnections } from '../../server/scale/redis';
import { YjsFanout, type FanoutMessage } from '../../server/scale/yjsFanout';
import { decodeFrame, encodeFrame, FrameError } from '../../server/scale/fanoutFrame';

/**
 * The Redis layer of scale-out against a real redis-server: TEST_REDIS_URL
 * when set (CI), else a redis-server of our own on a free port.
 */

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const hasRedis = Boolean(process.env.TEST_REDIS_URL) || spawnSync('redis-server', ['--version']).status === 0;
/** Room and channel names unique to this run, so a shared CI Redis never mixes runs. */
const RUN = randomBytes(4).toString('hex');
const SIO_ROOM = 'kamer:1';

let redisUrl = '';
let redisProcess: ChildProcess | null = null;
const opened: RedisConnections[] = [];

beforeAll(async () => {
  if (!hasRedis) return;
  if (process.env.TEST_REDIS_URL) {
    redisUrl = process.env.TEST_REDIS_URL;
    return;
  }
  const port = await freePort();
  redisProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
    stdio: 'ignore',
  });
  redisUrl = `redis://127.0.0.1:${port}`;
  const probe = await openRedis(redisUrl, `probe-${RUN}`, { connectTimeoutMs: 15_000 });
  await probe.close();
});

afterAll(async () => {
  await Promise.all(opened.map((r) => r.close()));
  if (redisProcess) {
    const exited = new Promise((resolve) => redisProcess!.once('exit', resolve));
    redisProcess.kill('SIGTERM');
    await exited;
  }
});

async function node(name: string): Promise<RedisConnections> {
  const r = await openRedis(redisUrl, `${name}-${RUN}`);
  opened.push(r);
  return r;
}

describe.skipIf(!hasRedis)('Yjs fan-out through Redis', () => {
  let a: RedisConnections;
  let b: RedisConnections;
  let fa: YjsFanout;
  let fb: YjsFanout;

  beforeAll(async () => {
    [a, b] = await Promise.all([node('a'), node('b')]);
    fa = new YjsFanout(a);
    fb = new YjsFanout(b);
  });

  it('delivers random binary data byte for byte, zero bytes and 1 MB payloads included', async () => {
    const room = `roundtrip-${RUN}`;
    const got: FanoutMessage[] = [];
    await fb.subscribe(room, (m) => got.push(m));
    const payloads = [
      new Uint8Array(0),
      new Uint8Array(1),
      new Uint8Array(1000),
      new Uint8Array(randomBytes(1 << 20)),
      new Uint8Array(randomBytes(1 << 20)).fill(0, 0, 4096),
      ...Array.from({ length: 50 }, (_, i) => new Uint8Array(randomBytes(1 + i * 97))),
    ];
    payloads.forEach((p, i) => void fa.publish(room, i % 2 === 0 ? 'update' : 'awareness', p, i % 3 === 0 ? 2 ** 40 + i : undefined));
    await until(() => got.length === payloads.length);
    got.forEach((m, i) => {
      expect(Buffer.from(m.data).equals(Buffer.from(payloads[i]!))).toBe(true);
      expect(m.kind).toBe(i % 2 === 0 ? 'update' : 'awareness');
      expect(m.tot).toBe(i % 3 === 0 ? 2 ** 40 + i : undefined);
      expect(m.from).toBe(a.nodeId);
    });
    await fb.unsubscribe(room);
  });

  it("ignores this node's own messages", async () => {
    const room = `own-${RUN}`;
    const atA: FanoutMessage[] = [];
    const atB: FanoutMessage[] = [];
    await Promise.all([fa.subscribe(room, (m) => atA.push(m)), fb.subscribe(room, (m) => atB.push(m))]);
    void fa.publish(room, 'update', bytes('from a'));
    void fb.publish(room, 'update', bytes('from b'));
    // Each node's own message went out before the other's arrives back, on the same connections.
    await until(() => atA.length === 1 && atB.length === 1);
    void fa.publish(room, 'update', bytes('from a, again'));
    await until(() => atB.length === 2);
    expect(atA.map(text)).toEqual(['from b']);
    expect(atB.map(text)).toEqual(['from a', 'from a, again']);
    await Promise.all([fa.unsubscribe(room), fb.unsubscribe(room)]);
  });

  it('stops delivering a room after unsubscribe', async () => {
    const room = `unsub-${RUN}`;
    const probe = `unsub-probe-${RUN}`;
    const got: string[] = [];
    await fb.subscribe(room, (m) => got.push(text(m)));
    await fb.subscribe(probe, (m) => got.push(`probe:${text(m)}`));
    void fa.publish(room, 'update', bytes('before'));
    await until(() => got.length === 1);
    await fb.unsubscribe(room);
    void fa.publish(room, 'update', bytes('after'));
    // Published after 'after' on the same connection: once it is here, 'after' would have been too.
    void fa.publish(probe, 'update', bytes('done'));
    await until(() => got.includes('probe:done'));
    expect(got).toEqual(['before', 'probe:done']);
    await fb.unsubscribe(probe);
  });

  it('keeps the order of one publisher, across kinds', async () => {
    const room = `order-${RUN}`;
    const got: number[] = [];
    await fb.subscribe(room, (m) => got.push(Buffer.from(m.data).readUInt32BE(0)));
    const n = 3000;
    for (let i = 0; i < n; i++) {
      const data = Buffer.alloc(4 + (i % 7) * 100);
      data.writeUInt32BE(i, 0);
      void fa.publish(room, i % 5 === 0 ? 'awareness' : 'update', data, i);
    }
    await until(() => got.length === n);
    expect(got).toEqual(Array.from({ length: n }, (_, i) => i));
    await fb.unsubscribe(room);
  });

  it('keeps two Y.Docs in sync through the fan-out alone, under concurrent edits', async () => {
    const room = `ydoc-${RUN}`;
    const REMOTE = Symbol('remote');
    const docs = [new Y.Doc(), new Y.Doc()] as const;
    const awareness = docs.map((d) => new awarenessProtocol.Awareness(d));
    const fanouts = [fa, fb] as const;
    for (const i of [0, 1] as const) {
      const doc = docs[i];
      await fanouts[i].subscribe(room, (m) => {
        if (m.kind === 'update') Y.applyUpdate(doc, m.data, REMOTE);
        else awarenessProtocol.applyAwarenessUpdate(awareness[i]!, m.data, REMOTE);
      });
      doc.on('update', (u: Uint8Array, origin: unknown) => {
        if (origin !== REMOTE) void fanouts[i].publish(room, 'update', u);
      });
      awareness[i]!.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => {
        if (origin === REMOTE) return;
        const changed = [...added, ...updated, ...removed];
        void fanouts[i].publish(room, 'awareness', awarenessProtocol.encodeAwarenessUpdate(awareness[i]!, changed));
      });
    }
    awareness[0]!.setLocalState({ naam: 'Anouk' });
    awareness[1]!.setLocalState({ naam: 'Bram' });
    // Both sides edit the same text and map at once, with no waiting between
    // edits: remote updates land in between in whatever order Redis delivers.
    const rounds = 400;
    for (let r = 0; r < rounds; r++) {
      for (const i of [0, 1] as const) {
        const doc = docs[i];
        const t = doc.getText('t');
        doc.transact(() => {
          t.insert(Math.floor(Math.random() * (t.length + 1)), `${'ab'[i]}${r};`);
          if (r % 7 === 3 && t.length > 10) t.delete(Math.floor(Math.random() * (t.length - 5)), 3);
          doc.getMap('m').set(`k${r % 20}`, `${i}:${r}`);
          doc.getArray<number>('a').push([i * 10_000 + r]);
        }, 'test-edit');
      }
      if (r % 50 === 0) await new Promise((resolve) => setImmediate(resolve));
    }
    const sv = (d: Y.Doc) => Buffer.from(Y.encodeStateVector(d)).toString('base64');
    await until(() => sv(docs[0]) === sv(docs[1]) && docs[0].getText('t').toString() === docs[1].getText('t').toString());
    expect(docs[0].getArray('a').length).toBe(2 * rounds);
    expect(docs[0].getMap('m').toJSON()).toEqual(docs[1].getMap('m').toJSON());
    expect(Buffer.from(Y.encodeStateAsUpdate(docs[0])).equals(Buffer.from(Y.encodeStateAsUpdate(docs[1])))).toBe(true);
    await until(() => awareness[0]!.getStates().get(docs[1].clientID)?.naam === 'Bram');
    await until(() => awareness[1]!.getStates().get(docs[0].clientID)?.naam === 'Anouk');
    await Promise.all([fa.unsubscribe(room), fb.unsubscribe(room)]);
    for (const aw of awareness) aw.destroy();
  });

  it('resubscribes after its subscriber connection is dropped, and tells the room to catch up', async () => {
    const room = `resub-${RUN}`;
    const got: string[] = [];
    let gaps = 0;
    await fb.subscribe(
      room,
      (m) => got.push(text(m)),
      () => gaps++,
    );
    await killConnection(a, `leerbord:${b.nodeId}:yjs`);
    await until(() => gaps === 1);
    void fa.publish(room, 'update', bytes('after the drop'));
    await until(() => got.includes('after the drop'));
    await fb.unsubscribe(room);
  });

  it("tells the other nodes to catch up when this node's publisher was down", async () => {
    const room = `repub-${RUN}`;
    let gaps = 0;
    const got: string[] = [];
    await fb.subscribe(
      room,
      (m) => got.push(text(m)),
      () => gaps++,
    );
    await fa.subscribe(room, () => {});
    await killConnection(b, `leerbord:${a.nodeId}:pub`);
    // Published while node a has no Redis: lost to node b, but kept in mind.
    await until(() => a.pub.status !== 'ready');
    await fa.publish(room, 'update', bytes('lost'));
    await until(() => gaps === 1);
    expect(got).not.toContain('lost');
    void fa.publish(room, 'update', bytes('live again'));
    await until(() => got.includes('live again'));
    await Promise.all([fa.unsubscribe(room), fb.unsubscribe(room)]);
  });

  it('lets a room load when Redis is slow to confirm its subscription, then tells it to catch up', async () => {
    const room = `slow-${RUN}`;
    let gaps = 0;
    await a.pub.client('PAUSE', 4_500, 'ALL');
    const started = performance.now();
    await fb.subscribe(room, () => {}, () => gaps++);
    expect(performance.now() - started).toBeGreaterThan(2_500);
    expect(gaps).toBe(0);
    await until(() => gaps === 1);
    await fb.unsubscribe(room);
  });

  it('refuses to start against a Redis that is not there', async () => {
    const port = await freePort();
    await expect(openRedis(`redis://127.0.0.1:${port}`, `nobody-${RUN}`, { connectTimeoutMs: 500 })).rejects.toBeInstanceOf(RedisUnavailableError);
  });
});

describe('fan-out frames', () => {
  it('round-trips header fields and payload, and rejects what it cannot read', () => {
    const data = new Uint8Array([0, 1, 0, 255, 0]);
    const frame = decodeFrame(encodeFrame({ kind: 'awareness', from: 'knoop-ü', tot: Number.MAX_SAFE_INTEGER, data }));
    expect(frame).toEqual({ kind: 'awareness', from: 'knoop-ü', tot: Number.MAX_SAFE_INTEGER, data });
    expect(decodeFrame(encodeFrame({ kind: 'resync', from: 'n', data: new Uint8Array(0) }))).toEqual({ kind: 'resync', from: 'n', data: new Uint8Array(0) });
    const good = encodeFrame({ kind: 'update', from: 'n', tot: 7, data });
    expect(() => decodeFrame(good.subarray(0, 10))).toThrow(FrameError);
    expect(() => decodeFrame(Buffer.concat([Buffer.from([9]), good.subarray(1)]))).toThrow(FrameError);
    expect(() => decodeFrame(Buffer.concat([good.subarray(0, 1), Buffer.from([7]), good.subarray(2)]))).toThrow(FrameError);
    expect(() => encodeFrame({ kind: 'update', from: '', data })).toThrow(FrameError);
    expect(() => encodeFrame({ kind: 'update', from: 'n', tot: -1, data })).toThrow(FrameError);
  });
});

describe.skipIf(!hasRedis)('socket.io across two nodes through the Redis adapter', () => {
  const key = `leerbord:sio-test-${RUN}`;
  const room = SIO_ROOM;
  let redis1: RedisConnections;
  let io1: SocketServer;
  let http1: HttpServer;
  let node2: ChildProcess;
  const clients: ClientSocket[] = [];

  beforeAll(async () => {
    redis1 = await node('sio-1');
    http1 = createHttpServer();
    io1 = new SocketServer(http1, { serveClient: false });
    attachSocketAdapter(io1, redis1, { key, requestsTimeoutMs: 2_000 });
    io1.on('connection', (socket) => {
      socket.data = { naam: String(socket.handshake.auth.naam) };
      void socket.join(room);
    });
    await new Promise<void>((resolve) => http1.listen(0, '127.0.0.1', resolve));
    node2 = startNode2(key);
    const port2 = await new Promise<number>((resolve, reject) => {
      let out = '';
      node2.stdout!.on('data', (chunk: Buffer) => {
        out += chunk.toString();
        const m = /listening (\d+)/.exec(out);
        if (m) resolve(Number(m[1]));
      });
      node2.once('exit', (code) => reject(new Error(`node 2 exited early (${code}): ${out}`)));
    });
    clients.push(await connect((http1.address() as AddressInfo).port, 'Anouk op node 1'));
    clients.push(await connect(port2, 'Bram op node 2'));
  });

  afterAll(async () => {
    for (const c of clients) c.disconnect();
    if (node2.exitCode === null && node2.signalCode === null) node2.kill('SIGKILL');
    await new Promise<void>((resolve) => io1.close(() => resolve()));
  });

  it('io.to(room).emit on node 1 reaches the clients of both nodes', async () => {
    const received = clients.map((c) => new Promise((resolve) => c.once('hallo', resolve)));
    io1.to(room).emit('hallo', { tekst: 'welkom' });
    expect(await Promise.all(received)).toEqual([{ tekst: 'welkom' }, { tekst: 'welkom' }]);
  });

  it('fetchSockets on node 1 sees the sockets of both nodes with their data', async () => {
    const sockets = await io1.in(room).fetchSockets();
    expect(sockets.map((s) => s.data.naam).sort()).toEqual(['Anouk op node 1', 'Bram op node 2']);
  });

  it('fetchSockets on node 1 still answers, without node 2, once node 2 is killed', async () => {
    const dead = new Promise((resolve) => node2.once('exit', resolve));
    node2.kill('SIGKILL');
    await dead;
    // Redis sees node 2's connections close and stops counting it; no wait for the request timeout.
    const started = performance.now();
    const sockets = await io1.in(room).fetchSockets();
    expect(performance.now() - started).toBeLessThan(2_000);
    expect(sockets.map((s) => s.data.naam)).toEqual(['Anouk op node 1']);
    const received = new Promise((resolve) => clients[0]!.once('hallo', resolve));
    io1.to(room).emit('hallo', { tekst: 'nog hier' });
    expect(await received).toEqual({ tekst: 'nog hier' });
  });

  it("keeps serving node 1's own clients while its Redis connection is down", async () => {
    const admin = await node('sio-admin');
    await killConnection(admin, `leerbord:${redis1.nodeId}:pub`);
    await until(() => redis1.pub.status !== 'ready');
    // The adapter's PUBLISH fails at once (no offline queue); the local emit still happens,
    // and the failure is logged instead of becoming an unhandled rejection.
    const received = new Promise((resolve) => clients[0]!.once('hallo', resolve));
    io1.to(room).emit('hallo', { tekst: 'zonder Redis' });
    expect(await received).toEqual({ tekst: 'zonder Redis' });
    await until(() => redis1.isUp());
  });
});

/**
 * Node 2 runs in a process of its own, so it can die the way a node dies:
 * SIGKILL, no goodbye to Redis or its clients.
 */
function startNode2(key: string): ChildProcess {
  const script = `
    import { createServer } from 'node:http';
    import { Server } from 'socket.io';
    import { attachSocketAdapter, openRedis } from './server/scale/redis.ts';
    const redis = await openRedis(${JSON.stringify(redisUrl)}, ${JSON.stringify(`sio-2-${RUN}`)});
    const http = createServer();
    const io = new Server(http, { serveClient: false });
    attachSocketAdapter(io, redis, { key: ${JSON.stringify(key)}, requestsTimeoutMs: 2000 });
    io.on('connection', (socket) => {
      socket.data = { naam: String(socket.handshake.auth.naam) };
      void socket.join(${JSON.stringify(SIO_ROOM)});
    });
    http.listen(0, '127.0.0.1', () => console.log('listening ' + http.address().port));
  `;
  return spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    cwd: REPO_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function connect(port: number, naam: string): Promise<ClientSocket> {
  const socket = connectClient(`http://127.0.0.1:${port}`, { auth: { naam }, transports: ['websocket'], reconnection: false });
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', reject);
  });
}

/** Drops one named connection on the Redis side, as a network failure or a Redis restart would. */
async function killConnection(via: RedisConnections, name: string): Promise<void> {
  const list = (await via.pub.client('LIST')) as string;
  const line = list.split('\n').find((l) => l.includes(` name=${name} `));
  if (!line) throw new Error(`no Redis connection named ${name}`);
  const id = /\bid=(\d+)/.exec(line)![1]!;
  await via.pub.client('KILL', 'ID', id);
}

function bytes(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

function text(m: FanoutMessage): string {
  return new TextDecoder().decode(m.data);
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!check()) {
    if (performance.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createNetServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as AddressInfo;
      srv.close(() => resolve(port));
    });
  });
}
