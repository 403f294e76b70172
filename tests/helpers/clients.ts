import { randomUUID } from 'node:crypto';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { io, type Socket } from 'socket.io-client';

/* ------------------------------------------------------------------ waiting */

/**
 * Poll `predicate` until it returns a truthy value (which is returned) or the
 * time is up. Tests wait with this instead of sleeping.
 */
export async function waitFor<T>(
  predicate: () => T | Promise<T>,
  timeoutMs = 10_000,
  what = 'condition',
): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeoutMs;
  let lastError: unknown;
  for (;;) {
    try {
      const value = await predicate();
      if (value) return value as NonNullable<T>;
    } catch (err) {
      lastError = err;
    }
    if (Date.now() > deadline) {
      const detail = lastError === undefined ? '' : ` (last error: ${String(lastError)})`;
      throw new Error(`waitFor: ${what} not reached within ${timeoutMs} ms${detail}`);
    }
    await new Promise((r) => setTimeout(r, 20));
  }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/* ------------------------------------------------------------------ fetch */

/** A parsed HTTP answer. `json` is undefined when the body is not JSON. */
export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary answer shapes
  json: any;
  setCookies: string[];
}

export interface RequestOptions {
  /** Serialised with JSON.stringify and sent as application/json. */
  json?: unknown;
  /** Sent verbatim (for malformed and oversized bodies). */
  body?: string | Uint8Array<ArrayBuffer>;
  headers?: Record<string, string>;
  /** Leave the jar's cookies out of this request. */
  noCookies?: boolean;
}

/** A fetch wrapper with a cookie jar, like one browser profile. */
export interface Api {
  readonly baseUrl: string;
  readonly jar: Map<string, string>;
  /** The Cookie header the jar sends, `a=1; b=2`. */
  cookie(): string;
  request(method: string, path: string, opts?: RequestOptions): Promise<ApiResponse>;
  get(path: string, opts?: RequestOptions): Promise<ApiResponse>;
  post(path: string, json?: unknown, opts?: RequestOptions): Promise<ApiResponse>;
  patch(path: string, json?: unknown, opts?: RequestOptions): Promise<ApiResponse>;
  del(path: string, opts?: RequestOptions): Promise<ApiResponse>;
}

/** One parsed Set-Cookie line. */
export interface SetCookie {
  name: string;
  value: string;
  attributes: Map<string, string | true>;
}

export function parseSetCookie(line: string): SetCookie {
  const [pair = '', ...attrs] = line.split(';');
  const eq = pair.indexOf('=');
  const name = (eq < 0 ? pair : pair.slice(0, eq)).trim();
  const value = eq < 0 ? '' : pair.slice(eq + 1).trim();
  const attributes = new Map<string, string | true>();
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    if (i < 0) attributes.set(attr.trim().toLowerCase(), true);
    else attributes.set(attr.slice(0, i).trim().toLowerCase(), attr.slice(i + 1).trim());
  }
  return { name, value, attributes };
}

function expired(c: SetCookie): boolean {
  const maxAge = c.attributes.get('max-age');
  if (typeof maxAge === 'string' && Number(maxAge) <= 0) return true;
  const expires = c.attributes.get('expires');
  if (typeof expires === 'string' && Date.parse(expires) < Date.now()) return true;
  return false;
}

/** A fresh client (empty jar) against `baseUrl`, e.g. `http://127.0.0.1:1234`. */
export function api(baseUrl: string, initialCookie?: string): Api {
  const jar = new Map<string, string>();
  if (initialCookie) {
    for (const part of initialCookie.split(';')) {
      const i = part.indexOf('=');
      if (i > 0) jar.set(part.slice(0, i).trim(), part.slice(i + 1).trim());
    }
  }
  const cookie = () => [...jar].map(([k, v]) => `${k}=${v}`).join('; ');

  const request = async (method: string, path: string, opts: RequestOptions = {}): Promise<ApiResponse> => {
    const headers: Record<string, string> = { ...(opts.headers ?? {}) };
    let body: string | Uint8Array<ArrayBuffer> | undefined = opts.body;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] ??= 'application/json';
    } else if (body !== undefined) {
      headers['content-type'] ??= 'application/json';
    }
    const c = cookie();
    if (c && !opts.noCookies) headers.cookie = c;
    const res = await fetch(baseUrl + path, {
      method,
      headers,
      body,
      redirect: 'manual',
      signal: AbortSignal.timeout(30_000),
    });
    const text = await res.text();
    const setCookies = res.headers.getSetCookie();
    for (const line of setCookies) {
      const parsed = parseSetCookie(line);
      if (expired(parsed)) jar.delete(parsed.name);
      else jar.set(parsed.name, parsed.value);
    }
    let json: unknown;
    try {
      json = text.length > 0 ? JSON.parse(text) : undefined;
    } catch {
      json = undefined;
    }
    return { status: res.status, headers: res.headers, text, json, setCookies };
  };

  return {
    baseUrl,
    jar,
    cookie,
    request,
    get: (path, opts) => request('GET', path, opts),
    post: (path, json, opts) => request('POST', path, { ...opts, json: json ?? opts?.json }),
    patch: (path, json, opts) => request('PATCH', path, { ...opts, json: json ?? opts?.json }),
    del: (path, opts) => request('DELETE', path, opts),
  };
}

/* ------------------------------------------------------------------ domain set-up */

export interface Begeleider {
  api: Api;
  id: string;
  naam: string;
  email: string;
  wachtwoord: string;
  /** `lb_sessie=...` */
  cookie: string;
}

/** POST /api/setup (first facilitator) and keep the session cookie. */
export async function setupBegeleider(
  baseUrl: string,
  gegevens: { naam?: string; email?: string; wachtwoord?: string } = {},
): Promise<Begeleider> {
  const client = api(baseUrl);
  const naam = gegevens.naam ?? 'Bea Begeleider';
  const email = gegevens.email ?? `bea-${randomUUID().slice(0, 8)}@voorbeeld.nl`;
  const wachtwoord = gegevens.wachtwoord ?? 'een-lang-wachtwoord-123';
  const res = await client.post('/api/setup', { naam, email, wachtwoord });
  if (res.status !== 201) throw new Error(`POST /api/setup → ${res.status} ${res.text.slice(0, 300)}`);
  return { api: client, id: String(res.json?.id), naam, email, wachtwoord, cookie: client.cookie() };
}

/** Last path segment of a join/observer URL: the token. */
export function tokenUit(url: string): string {
  const segments = new URL(url).pathname.split('/').filter(Boolean);
  const last = segments[segments.length - 1];
  if (last === undefined) throw new Error(`geen token in ${url}`);
  return decodeURIComponent(last);
}

export interface NieuwTraject {
  id: string;
  joinUrl: string;
  waarnemerUrl: string;
  joinToken: string;
  waarnemerToken: string;
}

/** POST /api/trajecten as the facilitator behind `client`. */
export async function nieuwTraject(client: Api, overrides: Record<string, unknown> = {}): Promise<NieuwTraject> {
  const res = await client.post('/api/trajecten', {
    type: 'werkplaats',
    titel: 'Werkplaats Arbeidstoeleiding en schulden',
    thema: 'Arbeidstoeleiding en schulden',
    vraagstuk: 'Hoe helpen we werkzoekenden met schulden eerder?',
    einddoel: 'Een gezamenlijke werkwijze in de keten',
    einddatum: '2031-06-30',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`POST /api/trajecten → ${res.status} ${res.text.slice(0, 300)}`);
  const { id, joinUrl, waarnemerUrl } = res.json as { id: string; joinUrl: string; waarnemerUrl: string };
  return {
    id,
    joinUrl,
    waarnemerUrl,
    joinToken: tokenUit(joinUrl),
    waarnemerToken: waarnemerUrl ? tokenUit(waarnemerUrl) : '',
  };
}

/** POST /api/trajecten/:id/bijeenkomsten; returns the new id. */
export async function nieuweBijeenkomst(
  client: Api,
  trajectId: string,
  overrides: Record<string, unknown> = {},
): Promise<string> {
  const res = await client.post(`/api/trajecten/${trajectId}/bijeenkomsten`, {
    datum: '2030-03-14T09:30:00.000Z',
    intentie: 'Samen scherp krijgen waar het schuurt',
    ...overrides,
  });
  if (res.status !== 201) throw new Error(`POST bijeenkomsten → ${res.status} ${res.text.slice(0, 300)}`);
  return String(res.json?.id);
}

export interface Deelname {
  /** `lb_p_<trajectId>=...`, to send as Cookie header. */
  cookie: string;
  api: Api;
  trajectId: string;
  bijeenkomstId: string | null;
  response: ApiResponse;
}

/** POST /api/join/:token with a fresh jar; full answer. */
export async function joinVolledig(
  baseUrl: string,
  token: string,
  naam: string,
  organisatie: string,
  rol?: string,
): Promise<Deelname> {
  const client = api(baseUrl);
  const body: Record<string, string> = { naam, organisatie };
  if (rol !== undefined) body.rol = rol;
  const res = await client.post(`/api/join/${encodeURIComponent(token)}`, body);
  if (res.status !== 200) throw new Error(`POST /api/join → ${res.status} ${res.text.slice(0, 300)}`);
  return {
    cookie: client.cookie(),
    api: client,
    trajectId: String(res.json?.trajectId),
    bijeenkomstId: (res.json?.bijeenkomstId as string | null | undefined) ?? null,
    response: res,
  };
}

/** Join a traject by token; returns the Cookie header string of the participant. */
export async function join(
  baseUrl: string,
  token: string,
  naam: string,
  organisatie: string,
  rol?: string,
): Promise<string> {
  return (await joinVolledig(baseUrl, token, naam, organisatie, rol)).cookie;
}

/* ------------------------------------------------------------------ Yjs */

/** http://host:port → ws://host:port/yjs (the serverUrl of the stock provider). */
export function yjsServerUrl(baseUrl: string): string {
  return baseUrl.replace(/^http/, 'ws') + '/yjs';
}

/** A `ws` WebSocket class that always sends `cookie`, usable as WebSocketPolyfill. */
export function cookieWebSocket(
  cookie: string | undefined,
): new (address: string | URL, protocols?: string | string[]) => WebSocket {
  return class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, cookie ? { headers: { Cookie: cookie } } : {});
    }
  };
}

export interface YjsClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Resolve once the provider has synced with the server. */
  waitForSync(timeoutMs?: number): Promise<void>;
  destroy(): void;
}

/** The stock y-websocket client on `/yjs/<room>` with `cookie`. */
export function yjsClient(
  baseUrl: string,
  room: string,
  cookie: string | undefined,
  opts: { connect?: boolean; doc?: Y.Doc } = {},
): YjsClient {
  const doc = opts.doc ?? new Y.Doc();
  const provider = new WebsocketProvider(yjsServerUrl(baseUrl), room, doc, {
    WebSocketPolyfill: cookieWebSocket(cookie) as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    connect: opts.connect ?? true,
    maxBackoffTime: 500,
  });
  let destroyed = false;
  return {
    doc,
    provider,
    waitForSync: async (timeoutMs = 10_000) => {
      await waitFor(() => provider.synced, timeoutMs, `y-websocket sync of ${room}`);
    },
    destroy: () => {
      if (destroyed) return;
      destroyed = true;
      provider.destroy();
      doc.destroy();
    },
  };
}

/** What a raw websocket upgrade got: an HTTP refusal or an open socket. */
export type UpgradeResult = { opened: false; status: number; body: string } | { opened: true };

/**
 * Try a raw upgrade to `/yjs/<room>` and report the HTTP status of a refusal
 * (the 'unexpected-response' event) or that the socket opened.
 */
export function rawUpgrade(baseUrl: string, room: string, cookie?: string, timeoutMs = 10_000): Promise<UpgradeResult> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`${yjsServerUrl(baseUrl)}/${room}`, cookie ? { headers: { Cookie: cookie } } : {});
    let done = false;
    const timer = setTimeout(() => finish(() => reject(new Error(`raw upgrade to ${room}: no answer in ${timeoutMs} ms`))), timeoutMs);
    const finish = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      fn();
    };
    ws.on('unexpected-response', (req, res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (body += c));
      const end = () => {
        finish(() => resolve({ opened: false, status: res.statusCode ?? 0, body }));
        req.destroy();
      };
      res.on('end', end);
      res.on('error', end);
      res.on('close', end);
    });
    ws.on('open', () => {
      finish(() => resolve({ opened: true }));
      ws.terminate();
    });
    ws.on('error', (err) => finish(() => reject(err)));
  });
}

/* ------------------------------------------------------------------ socket.io */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- acks and events are checked at run time
export type Ack = Record<string, any>;

export interface RecordedEvent {
  name: string;
  args: unknown[];
  at: number;
}

export interface KamerClient {
  socket: Socket;
  /** Every server→client event, in order (socket.onAny). */
  events: RecordedEvent[];
  /** Every raw engine.io packet received, its data as text. */
  raw: string[];
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- state shape is asserted by the tests
  toestand(): any;
  /** `kamer:ik` as received, or undefined. */
  ik(): { id: string; soort: string; naam: string } | undefined;
  /** Emit with an ack; rejects after `timeoutMs` without ack. */
  emitAck(event: string, body?: unknown, timeoutMs?: number): Promise<Ack>;
  /** Resolves on the first `kamer:toestand`; rejects on connect_error. */
  ready(timeoutMs?: number): Promise<void>;
  /** Resolves with the connect_error message (the connection was refused). */
  refused(timeoutMs?: number): Promise<string>;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  waitForToestand(predicate: (t: any) => boolean, timeoutMs?: number, what?: string): Promise<any>;
  waitForEvent(name: string, predicate?: (args: unknown[]) => boolean, timeoutMs?: number): Promise<unknown[]>;
  /** All received bytes (events and raw packets) as one string, for leak searches. */
  everything(): string;
  close(): void;
}

function packetText(data: unknown): string {
  if (data === undefined || data === null) return '';
  if (typeof data === 'string') return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data).toString('utf8');
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength).toString('utf8');
  return JSON.stringify(data);
}

/** socket.io-client on the default path, `auth:{bijeenkomstId}`, Cookie header, websocket only. */
export function kamerClient(
  baseUrl: string,
  bijeenkomstId: unknown,
  cookie: string | undefined,
  opts: { reconnection?: boolean; auth?: Record<string, unknown> } = {},
): KamerClient {
  const socket = io(baseUrl, {
    auth: opts.auth ?? { bijeenkomstId },
    extraHeaders: cookie ? { Cookie: cookie } : {},
    transports: ['websocket'],
    reconnection: opts.reconnection ?? false,
    forceNew: true,
    timeout: 10_000,
  });
  const events: RecordedEvent[] = [];
  const raw: string[] = [];
  let latest: unknown;
  let ik: { id: string; soort: string; naam: string } | undefined;
  let connectError: string | undefined;

  socket.onAny((name: string, ...args: unknown[]) => {
    events.push({ name, args, at: Date.now() });
    if (name === 'kamer:toestand') latest = args[0];
    if (name === 'kamer:ik') ik = args[0] as typeof ik;
  });
  socket.on('connect_error', (err: Error) => {
    connectError = err.message;
  });
  const tapped = new WeakSet<object>();
  const tap = () => {
    const engine = socket.io.engine;
    if (!engine || tapped.has(engine)) return;
    tapped.add(engine);
    engine.on('packet', (p: { type: string; data?: unknown }) => raw.push(`${p.type}:${packetText(p.data)}`));
  };
  tap();
  socket.io.on('open', tap);

  const client: KamerClient = {
    socket,
    events,
    raw,
    toestand: () => latest,
    ik: () => ik,
    emitAck: async (event, body, timeoutMs = 10_000) => {
      try {
        return (body === undefined
          ? await socket.timeout(timeoutMs).emitWithAck(event)
          : await socket.timeout(timeoutMs).emitWithAck(event, body)) as Ack;
      } catch (err) {
        const shown = body === undefined ? '(no body)' : (JSON.stringify(body) ?? String(body)).slice(0, 80);
        throw new Error(`no ack for ${event} ${shown} within ${timeoutMs} ms (${String(err)}; connected=${socket.connected})`);
      }
    },
    ready: async (timeoutMs = 10_000) => {
      await waitFor(
        () => {
          if (connectError !== undefined) throw new Error(`connect_error: ${connectError}`);
          return latest !== undefined;
        },
        timeoutMs,
        'first kamer:toestand',
      ).catch((err: Error) => {
        throw connectError !== undefined ? new Error(`connect_error: ${connectError}`) : err;
      });
    },
    refused: async (timeoutMs = 10_000) => {
      await waitFor(() => connectError !== undefined || latest !== undefined, timeoutMs, 'connect_error');
      if (connectError === undefined) throw new Error('connection was accepted (got kamer:toestand), expected connect_error');
      return connectError;
    },
    waitForToestand: async (predicate, timeoutMs = 10_000, what = 'kamer:toestand') =>
      waitFor(() => (latest !== undefined && predicate(latest) ? latest : undefined), timeoutMs, what),
    waitForEvent: async (name, predicate = () => true, timeoutMs = 10_000) => {
      const found = await waitFor(
        () => events.find((e) => e.name === name && predicate(e.args)),
        timeoutMs,
        `event ${name}`,
      );
      return found.args;
    },
    everything: () => events.map((e) => `${e.name} ${JSON.stringify(e.args)}`).join('\n') + '\n' + raw.join('\n'),
    close: () => {
      socket.disconnect();
    },
  };
  return client;
}

/* ------------------------------------------------------------------ Dutch errors */

/** English words that give away an untranslated (library) error message. */
const ENGLISH =
  /\b(error|invalid|expected|required|unauthori[sz]ed|forbidden|not found|internal|failed|must|cannot|can't|received|unexpected|too large|too long|too big|bad request|payload|missing|exception|stack trace)\b/i;

/**
 * Whether `message` reads as a Dutch, human error message: non-empty, has
 * letters, and carries no English giveaway. Returns the reason when not.
 */
export function nietNederlands(message: unknown): string | null {
  if (typeof message !== 'string') return `error is ${typeof message}, not a string`;
  if (message.trim().length < 3) return `error "${message}" is (nearly) empty`;
  if (!/\p{L}/u.test(message)) return `error "${message}" has no letters`;
  const m = ENGLISH.exec(message);
  if (m) return `error "${message}" looks English ("${m[0]}")`;
  return null;
}
