/**
 * One worker thread of the load generator: a slice of the stock y-websocket
 * clients (and, on our server, socket.io clients). Every client types into a
 * shared Y.Text or moves a card in a Y.Map every 250–500 ms and updates its
 * awareness cursor with it. Each edit carries its send time (CLOCK_MONOTONIC,
 * the same clock in every thread and process) in the same transaction, so
 * every receiver measures edit → received on its own.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import type { Socket as NetSocket } from 'node:net';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { volgendeToestand } from '../lib/kamer/delta';
import type { KamerToestand, KamerWijziging } from '../lib/protocol';
import { io, type Socket } from 'socket.io-client';
import { Histogram, monoMs } from './histogram';
import type { WorkerCommand, WorkerConfig, WorkerEvent, WorkerReport } from './loadProtocol';

const config = workerData as WorkerConfig;
// Every WebsocketProvider adds a process 'exit' listener.
process.setMaxListeners(0);
const port = parentPort!;
const post = (e: WorkerEvent) => port.postMessage(e);

/** Bytes and messages per y-websocket message type, as received by the clients. */
const MESSAGE_KINDS = ['sync', 'awareness', 'auth', 'queryAwareness'] as const;

interface Counters {
  framesIn: number[];
  payloadIn: number[];
}

const counters: Counters = { framesIn: [0, 0, 0, 0], payloadIn: [0, 0, 0, 0] };
const sockets: NetSocket[] = [];
const ioSockets: NetSocket[] = [];

/** The stock `ws` client plus the participant's cookie, and counters on what arrives. */
function webSocketClass(cookie: string | null): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class BenchWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { Cookie: cookie } } : {});
      this.on('upgrade', (res) => sockets.push(res.socket));
      this.on('message', (data: ArrayBuffer | Buffer) => {
        const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data;
        const kind = bytes[0] ?? 0;
        if (kind < 4) {
          counters.framesIn[kind]! += 1;
          counters.payloadIn[kind]! += bytes.byteLength;
        }
      });
    }
  };
}

interface Client {
  index: number;
  doc: Y.Doc;
  provider: WebsocketProvider;
  text: Y.Text;
  cards: Y.Map<unknown>;
  lat: Y.Map<[number, number]>;
  cursor: Y.RelativePosition | null;
  seq: number;
  timer: NodeJS.Timeout | null;
  /** Highest seq seen per sender key, to count edits that arrived merged with a later one. */
  lastSeq: Map<string, number>;
}

const clients: Client[] = [];
const latency = new Histogram();
const kamers: Socket[] = [];
const ackLatency = new Histogram();
let toestandReceived = 0;
let wijzigingReceived = 0;
let resyncs = 0;
const ioConnectMs: number[] = [];

let windowFrom = Infinity;
let windowTo = -Infinity;
let editing = false;
let editsInWindow = 0;
let editsTotal = 0;
let coalesced = 0;
let samplesOutsideWindow = 0;
let updateBytesSent = 0;
let klaarSent = 0;
let klaarFailed = 0;
const loopDelay = monitorEventLoopDelay({ resolution: 10 });
let eluStart = performance.eventLoopUtilization();
let bytesAtStart = { read: 0, written: 0, ioRead: 0, ioWritten: 0 };
let countersAtStart: Counters = { framesIn: [0, 0, 0, 0], payloadIn: [0, 0, 0, 0] };
let bytesAtEnd = bytesAtStart;
let countersAtEnd = countersAtStart;

function socketBytes() {
  let read = 0;
  let written = 0;
  for (const s of sockets) {
    read += s.bytesRead;
    written += s.bytesWritten;
  }
  let ioRead = 0;
  let ioWritten = 0;
  for (const s of ioSockets) {
    ioRead += s.bytesRead;
    ioWritten += s.bytesWritten;
  }
  return { read, written, ioRead, ioWritten };
}

const cloneCounters = (): Counters => ({ framesIn: [...counters.framesIn], payloadIn: [...counters.payloadIn] });

const CARDS = 40;
const LETTERS = 'abcdefghijklmnopqrstuvwxyz     ';

function makeClient(index: number, cookie: string | null): Client {
  const doc = new Y.Doc();
  // Deterministic, distinct ids make runs comparable and a receiver's key readable.
  doc.clientID = 1_000_000 + index;
  const provider = new WebsocketProvider(config.wsUrl, config.room, doc, {
    WebSocketPolyfill: webSocketClass(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  provider.awareness.setLocalState({ user: { name: `Deelnemer ${index + 1}`, color: `#${(index * 2654435761 >>> 8).toString(16).padStart(6, '0').slice(0, 6)}` } });
  const client: Client = {
    index,
    doc,
    provider,
    text: doc.getText('tekst'),
    cards: doc.getMap('kaarten'),
    lat: doc.getMap('bench'),
    cursor: null,
    seq: 0,
    timer: null,
    lastSeq: new Map(),
  };
  client.lat.observe((event) => {
    if (event.transaction.local) return;
    const now = monoMs();
    for (const key of event.keysChanged) {
      const v = client.lat.get(key);
      if (!v) continue;
      const [seq, sentAt] = v;
      const prev = client.lastSeq.get(key) ?? seq - 1;
      client.lastSeq.set(key, seq);
      if (sentAt < windowFrom || sentAt > windowTo) {
        samplesOutsideWindow++;
        continue;
      }
      if (seq > prev + 1) coalesced += seq - prev - 1;
      latency.record(now - sentAt);
    }
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === 'bench' && editing) updateBytesSent += update.byteLength;
  });
  return client;
}

function edit(c: Client): void {
  const sentAt = monoMs();
  const key = String(c.index);
  c.seq += 1;
  let awarenessCursor: Record<string, number>;
  if (Math.random() < config.typingShare) {
    const at = c.cursor ? (Y.createAbsolutePositionFromRelativePosition(c.cursor, c.doc)?.index ?? 0) : c.text.length;
    const ch = LETTERS[Math.floor(Math.random() * LETTERS.length)]!;
    c.doc.transact(() => {
      c.text.insert(at, ch);
      c.lat.set(key, [c.seq, sentAt]);
    }, 'bench');
    c.cursor = Y.createRelativePositionFromTypeIndex(c.text, at + 1);
    awarenessCursor = { index: at + 1 };
  } else {
    const card = Math.floor(Math.random() * CARDS);
    const x = Math.round(Math.random() * 1600);
    const y = Math.round(Math.random() * 900);
    c.doc.transact(() => {
      c.cards.set(`kaart-${card}`, { x, y, kleur: 'geel' });
      c.lat.set(key, [c.seq, sentAt]);
    }, 'bench');
    awarenessCursor = { kaart: card, x, y };
  }
  c.provider.awareness.setLocalStateField('cursor', awarenessCursor);
  editsTotal++;
  if (sentAt >= windowFrom && sentAt <= windowTo) editsInWindow++;
}

function schedule(c: Client): void {
  const delay = config.minIntervalMs + Math.random() * (config.maxIntervalMs - config.minIntervalMs);
  c.timer = setTimeout(() => {
    if (!editing) return;
    edit(c);
    schedule(c);
  }, delay);
}

async function connectAll(): Promise<void> {
  const BATCH = 10;
  for (let i = 0; config.yjs && i < config.clients.length; i += BATCH) {
    const slice = config.clients.slice(i, i + BATCH).map(({ index, cookie }) => {
      const c = makeClient(index, cookie);
      clients.push(c);
      return new Promise<void>((resolve, reject) => {
        const t = setTimeout(() => reject(new Error(`client ${index}: not synced in 30 s`)), 30_000);
        c.provider.on('sync', (synced: boolean) => {
          if (synced) {
            clearTimeout(t);
            resolve();
          }
        });
        c.provider.on('connection-close', (ev) => {
          if (ev && (ev as { code?: number }).code !== 1000) post({ type: 'warning', message: `client ${index}: closed ${(ev as { code?: number }).code}` });
        });
      });
    });
    await Promise.all(slice);
  }
  if (config.socketIo) {
    const { httpUrl, bijeenkomstId, delta } = config.socketIo;
    for (let i = 0; i < config.clients.length; i += BATCH) {
      await Promise.all(
        config.clients.slice(i, i + BATCH).map(
          ({ cookie }) =>
            new Promise<void>((resolve, reject) => {
              const started = monoMs();
              const s = io(httpUrl, {
                auth: { bijeenkomstId, delta },
                extraHeaders: cookie ? { Cookie: cookie } : {},
                transports: ['websocket'],
                reconnection: false,
              });
              kamers.push(s);
              const t = setTimeout(() => reject(new Error('socket.io: no kamer:toestand in 30 s')), 30_000);
              s.on('connect_error', (err) => reject(err));
              s.once('kamer:toestand', () => {
                clearTimeout(t);
                ioConnectMs.push(monoMs() - started);
                const ws = (s.io.engine as unknown as { transport?: { ws?: { _socket?: NetSocket } } }).transport?.ws;
                if (ws?._socket) ioSockets.push(ws._socket);
                resolve();
              });
              // Keep the state as the browser app does: apply each change, ask again on a gap.
              let toestand: KamerToestand | null = null;
              let vraagt = false;
              s.on('kamer:toestand', (t: KamerToestand) => {
                toestand = t;
                vraagt = false;
                const now = monoMs();
                if (now >= windowFrom && now <= windowTo) toestandReceived++;
              });
              s.on('kamer:wijziging', (w: KamerWijziging) => {
                const now = monoMs();
                if (now >= windowFrom && now <= windowTo) wijzigingReceived++;
                const volgende = volgendeToestand(toestand, w);
                if (volgende) toestand = volgende;
                else if (!vraagt) {
                  vraagt = true;
                  resyncs++;
                  s.emit('kamer:opnieuw', {}, () => {});
                }
              });
            }),
        ),
      );
    }
  }
}

function scheduleKlaar(s: Socket, index: number, first: boolean): void {
  if (!config.klaarEveryMs) return;
  // The first one anywhere in one interval (people are not in step), then about one per interval.
  const delay = config.klaarEveryMs * (first ? Math.random() : 0.5 + Math.random());
  setTimeout(() => {
    if (!editing) return;
    const sentAt = monoMs();
    klaarSent++;
    s.timeout(10_000).emit('klaar:zet', { klaar: index % 2 === 0 }, (err: Error | null, ack?: { ok?: boolean }) => {
      if (err || !ack?.ok) klaarFailed++;
      else if (sentAt >= windowFrom && sentAt <= windowTo) ackLatency.record(monoMs() - sentAt);
    });
    scheduleKlaar(s, index + 1, false);
  }, delay);
}

function startEditing(from: number, to: number, stopAt: number): void {
  windowFrom = from;
  windowTo = to;
  editing = true;
  for (const c of clients) if (c.index < config.typists) schedule(c);
  kamers.forEach((s, i) => scheduleKlaar(s, i, true));
  setTimeout(() => {
    bytesAtStart = socketBytes();
    countersAtStart = cloneCounters();
    loopDelay.reset();
    loopDelay.enable();
    eluStart = performance.eventLoopUtilization();
  }, Math.max(0, from - monoMs()));
  setTimeout(() => {
    bytesAtEnd = socketBytes();
    countersAtEnd = cloneCounters();
    loopDelay.disable();
  }, Math.max(0, to - monoMs()));
  setTimeout(() => {
    editing = false;
    for (const c of clients) if (c.timer) clearTimeout(c.timer);
  }, Math.max(0, stopAt - monoMs()));
}

function report(): WorkerReport {
  const elu = performance.eventLoopUtilization(eluStart);
  const svs = clients.map((c) => Buffer.from(Y.encodeStateVector(c.doc)).toString('base64'));
  return {
    clients: clients.length,
    editsInWindow,
    editsTotal,
    updateBytesSent,
    latency: latency.toJSON(),
    coalesced,
    samplesOutsideWindow,
    stateVectors: svs,
    textLengths: clients.map((c) => c.text.length),
    bytes: {
      read: bytesAtEnd.read - bytesAtStart.read,
      written: bytesAtEnd.written - bytesAtStart.written,
      ioRead: bytesAtEnd.ioRead - bytesAtStart.ioRead,
      ioWritten: bytesAtEnd.ioWritten - bytesAtStart.ioWritten,
    },
    framesIn: Object.fromEntries(MESSAGE_KINDS.map((k, i) => [k, countersAtEnd.framesIn[i]! - countersAtStart.framesIn[i]!])),
    payloadIn: Object.fromEntries(MESSAGE_KINDS.map((k, i) => [k, countersAtEnd.payloadIn[i]! - countersAtStart.payloadIn[i]!])),
    loopDelayMs: { p50: loopDelay.percentile(50) / 1e6, p99: loopDelay.percentile(99) / 1e6, max: loopDelay.max / 1e6 },
    eventLoopUtilization: elu.utilization,
    socketIo: config.socketIo
      ? { clients: kamers.length, toestandReceived, wijzigingReceived, resyncs, klaarSent, klaarFailed, ackLatency: ackLatency.toJSON(), connectMs: ioConnectMs }
      : null,
  };
}

port.on('message', (cmd: WorkerCommand) => {
  void (async () => {
    try {
      switch (cmd.type) {
        case 'connect':
          await connectAll();
          post({ type: 'connected' });
          return;
        case 'start':
          startEditing(cmd.from, cmd.to, cmd.stopAt);
          return;
        case 'report':
          post({ type: 'report', report: report() });
          return;
        case 'close':
          for (const c of clients) {
            c.provider.destroy();
            c.doc.destroy();
          }
          for (const s of kamers) s.disconnect();
          post({ type: 'closed' });
          return;
      }
    } catch (err) {
      post({ type: 'error', message: err instanceof Error ? err.stack ?? err.message : String(err) });
    }
  })();
});
