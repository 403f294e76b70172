import http from 'node:http';
import path from 'node:path';
import { randomUUID, randomInt } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import next from 'next';
import { Server as SocketServer } from 'socket.io';
import { z } from 'zod';
import { hostname } from 'node:os';
import { alsDb, openDb, type Db } from './db/client';
import { YjsLog } from './db/yjsLog';
import { YjsLogPg } from './db/yjsLogPg';
import { openPg } from './db/pg';
import type { YjsStore } from './db/yjsStore';
import { attachSocketAdapter, openRedis, type RedisConnections } from './scale/redis';
import { YjsFanout } from './scale/yjsFanout';
import { Cluster } from './scale/cluster';
import { Access } from './auth/access';
import { loadSecret, Signer } from './auth/tokens';
import { RateLimiter } from './auth/rateLimit';
import { ConnectionLimiter } from './auth/connectionLimit';
import { SessieVerbindingen } from './auth/sessieVerbindingen';
import { Rooms } from './yjs/rooms';
import { YjsWebsocket } from './yjs/websocket';
import { Facilitatie } from './realtime/facilitatie';
import { Router } from './http/router';
import { applyHeaders, securityHeaders } from './http/headers';
import { authRoutes } from './http/routes/auth';
import { trajectRoutes } from './http/routes/trajecten';
import { bijeenkomstRoutes } from './http/routes/bijeenkomsten';
import { joinRoutes } from './http/routes/join';
import { verslagRoutes } from './http/routes/verslag';
import { vraagstukRoutes } from './http/routes/vraagstuk';
import { bijeenkomstMetId } from './db/bijeenkomsten';
import type { Services } from './services';
import { startRetentie } from './retentie';
import { ensureLayout } from '../lib/sync/ensureLayout';

z.config(z.locales.nl());

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dev = process.argv.includes('--dev');
const port = Number(process.env.PORT ?? 3000);
const dataDir = path.resolve(process.env.DATA_DIR ?? path.join(ROOT, 'data'));
const publicUrl = process.env.PUBLIC_URL?.replace(/\/+$/, '') || null;

const databaseUrl = process.env.DATABASE_URL?.trim() || null;
const redisUrl = process.env.REDIS_URL?.trim() || null;
const nodeId = `${hostname()}-${process.pid}-${randomUUID().slice(0, 8)}`;

if (redisUrl && !(process.env.SESSION_SECRET && process.env.SESSION_SECRET.length >= 32)) {
  // Every node must accept the cookies of every other node.
  console.error('[leerbord] REDIS_URL (meerdere nodes) vraagt om SESSION_SECRET van minstens 32 tekens, gelijk op alle nodes.');
  process.exit(1);
}
if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
  console.error('[leerbord] DATABASE_URL moet met postgres:// of postgresql:// beginnen.');
  process.exit(1);
}

/** SQLite in DATA_DIR, or PostgreSQL when DATABASE_URL is set (server/db/schema.ts picks the tables). */
async function openDatabase(): Promise<{ db: Db; yjsStore: YjsStore; close: () => Promise<void> }> {
  if (!databaseUrl) {
    const db = openDb(dataDir);
    return { db, yjsStore: new YjsLog(db), close: async () => void db.$leerbord.sqlite!.close() };
  }
  const pg = await openPg(databaseUrl);
  return { db: alsDb(pg.db, pg.pool), yjsStore: new YjsLogPg(pg.pool), close: pg.close };
}

let database: Awaited<ReturnType<typeof openDatabase>>;
let redis: RedisConnections | null = null;
try {
  database = await openDatabase();
  redis = redisUrl ? await openRedis(redisUrl, nodeId) : null;
} catch (err) {
  console.error('[leerbord] database of Redis niet bereikbaar:', (err as Error).message);
  process.exit(1);
}
const db = database.db;
const now = () => Date.now();
const signer = new Signer(loadSecret(dataDir));
const access = new Access(db, signer, now);
const fanout = redis ? new YjsFanout(redis) : null;
const rooms = new Rooms(
  database.yjsStore,
  async (room) => {
    const m = /^bijeenkomst:(.+)$/.exec(room);
    return m ? (await bijeenkomstMetId(db, m[1]!))?.status === 'afgesloten' : false;
  },
  (room) => {
    // The server stamps the layout, so two fresh clients never create rival maps.
    const soort = room.name.startsWith('traject:') ? 'traject' : 'bijeenkomst';
    room.doc.transact(() => ensureLayout(room.doc, soort), 'leerbord:server-layout');
  },
  fanout,
);
const yjs = new YjsWebsocket(rooms);

const sessieVerbindingen = new SessieVerbindingen();
const verbindingen = new ConnectionLimiter(Number(process.env.MAX_CONNECTIONS_PER_IP ?? 2000));
const httpServer = http.createServer();
const io = new SocketServer(httpServer, { maxHttpBufferSize: 1_000_000, destroyUpgrade: false, serveClient: false });
if (redis) attachSocketAdapter(io, redis);
const facilitatie = new Facilitatie(
  io,
  db,
  access,
  { now, newId: randomUUID, random: () => randomInt(0, 2 ** 47) / 2 ** 47 },
  verbindingen,
  sessieVerbindingen,
  redis !== null,
);
const cluster = new Cluster(io, rooms, facilitatie, sessieVerbindingen, redis !== null);

const services: Services = {
  db,
  access,
  signer,
  sessieVerbindingen,
  rooms,
  facilitatie,
  cluster,
  now,
  newId: randomUUID,
  publicUrl,
  secureCookies: publicUrl?.startsWith('https://') ?? false,
  limits: {
    login: new RateLimiter(10, 5 * 60_000),
    // Guessing one account from many addresses, or many accounts from one address.
    loginAccount: new RateLimiter(30, 15 * 60_000),
    loginAdres: new RateLimiter(60, 15 * 60_000),
    join: new RateLimiter(600, 60_000),
  },
  retentieDagen: Number(process.env.RETENTION_DAYS) > 0 ? Number(process.env.RETENTION_DAYS) : null,
};
const api = new Router(services);
authRoutes(api);
trajectRoutes(api);
bijeenkomstRoutes(api);
joinRoutes(api);
verslagRoutes(api);
vraagstukRoutes(api);

const app = next({ dev, dir: ROOT, turbopack: dev });
const headers = securityHeaders(dev);

httpServer.on('request', (req, res) => {
  // socket.io answers its own path through its own listener.
  if (req.url?.startsWith('/socket.io/')) return;
  applyHeaders(res, headers);
  let url: URL;
  try {
    url = new URL(req.url ?? '/', 'http://localhost');
  } catch {
    res.writeHead(400, { 'Content-Type': 'application/json; charset=utf-8' }).end(JSON.stringify({ error: 'Ongeldig adres.' }));
    return;
  }
  if (url.pathname === '/api' || url.pathname.startsWith('/api/')) {
    void api.handle(req, res, url);
    return;
  }
  void handleNext(req, res);
});

const nextHandler = app.getRequestHandler();
async function handleNext(req: http.IncomingMessage, res: http.ServerResponse) {
  try {
    await nextHandler(req, res);
  } catch (err) {
    console.error('[next]', err);
    if (!res.headersSent) res.writeHead(500).end('Er ging iets mis.');
  }
}

httpServer.on('upgrade', async (req, socket, head) => {
  const pad = (req.url ?? '').split('?')[0] ?? '';
  if (pad.startsWith('/socket.io/')) return; // engine.io's own upgrade listener
  if (pad.startsWith('/yjs/')) {
    let room: string;
    try {
      room = decodeURIComponent(pad.slice('/yjs/'.length));
    } catch {
      return refuse(socket, 400, 'Ongeldig adres.');
    }
    let toegang: Awaited<ReturnType<Access['room']>>;
    let sessie: string | null;
    try {
      toegang = await access.room(req, room);
      sessie = toegang.ok && toegang.persoon.soort === 'begeleider' ? await access.sessieHash(req) : null;
    } catch (err) {
      console.error('[yjs] toegang controleren mislukt:', (err as Error).message);
      return refuse(socket, 503, 'De server kan dit nu niet controleren; probeer het zo opnieuw.');
    }
    if (!toegang.ok) return refuse(socket, toegang.status, toegang.error);
    // The client may have gone while the database answered.
    if (socket.destroyed) return;
    const ip = req.socket.remoteAddress ?? 'onbekend';
    if (!verbindingen.acquire(ip)) return refuse(socket, 429, 'Te veel verbindingen vanaf dit adres.');
    const vergeet = sessie ? sessieVerbindingen.add(sessie, () => socket.destroy()) : () => {};
    let vrij = false;
    // Runs once, whether the handshake completes (ws close) or not (raw socket close).
    const opruimen = () => {
      if (vrij) return;
      vrij = true;
      verbindingen.release(ip);
      vergeet();
    };
    socket.once('close', opruimen);
    yjs.handleUpgrade(req, socket, head, room, toegang.readOnly, opruimen);
    return;
  }
  if (dev) {
    void app.getUpgradeHandler()(req, socket, head);
    return;
  }
  refuse(socket, 404, 'Onbekend adres.');
});

const STATUS_TEKST: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  503: 'Service Unavailable',
};

/** Refuses an upgrade with a plain HTTP answer before any websocket exists. */
function refuse(socket: import('node:stream').Duplex, status: number, error: string): void {
  const body = JSON.stringify({ error });
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_TEKST[status] ?? 'Error'}\r\nContent-Type: application/json; charset=utf-8\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
  );
}

process.on('uncaughtException', (err) => console.error('[leerbord] onverwachte fout:', err));
process.on('unhandledRejection', (err) => console.error('[leerbord] onverwachte fout:', err));

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`[leerbord] ${signal}: afsluiten`);
  stopRetentie();
  httpServer.close();
  void io.close();
  await rooms.close();
  yjs.close();
  await fanout?.close();
  await redis?.close();
  await database.close();
  void app.close?.();
  setTimeout(() => process.exit(0), 50).unref();
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));

const stopRetentie = await startRetentie(services, services.retentieDagen);

try {
  await app.prepare();
} catch (err) {
  console.error('[leerbord] Next.js kon niet starten (draai eerst `npm run build`):', err);
  process.exit(1);
}
httpServer.listen(port, () => console.log(`[leerbord] klaar op http://localhost:${port} (${databaseUrl ? 'PostgreSQL' : `data in ${dataDir}`}${redis ? `, node ${nodeId} via Redis` : ''})`));
