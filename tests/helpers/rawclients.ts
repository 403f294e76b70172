import http from 'node:http';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { yjsServerUrl } from './clients';

/**
 * Low-level clients for limit and fuzz tests: a socket.io client spoken by
 * hand over one websocket (engine.io v4), so hundreds of them cost the test
 * process almost nothing and malformed packets can be sent; a raw Yjs socket;
 * and HTTP from a chosen loopback address (127.0.0.x), to act as another
 * client address.
 */

export interface Gesloten {
  code: number;
  reason: string;
}

export interface RawKamer {
  ws: WebSocket;
  /** 'ok' once the server accepted the socket.io connect; the Dutch message of a connect_error otherwise. */
  verbonden: Promise<{ ok: true } | { ok: false; bericht: string }>;
  /** Resolves when the socket closes, with code and reason. */
  gesloten: Promise<Gesloten>;
  /** Frames received so far, and how many of them were a `kamer:toestand`. */
  tel: { frames: number; toestanden: number };
  /** Emits `event` with an ack id and resolves with the ack's first argument. */
  emit(event: string, body?: unknown, timeoutMs?: number): Promise<unknown>;
  /** Sends a text frame exactly as given (for malformed packets). */
  stuur(frame: string | Buffer): void;
  close(): void;
}

/** A socket.io connection by hand: engine.io open, `40{auth}`, events as `42`/`43`, pong to ping. */
export function rawKamer(
  baseUrl: string,
  auth: unknown,
  cookie: string | undefined,
  opts: { localAddress?: string; timeoutMs?: number } = {},
): RawKamer {
  const url = baseUrl.replace(/^http/, 'ws') + '/socket.io/?EIO=4&transport=websocket';
  const ws = new WebSocket(url, { headers: cookie ? { Cookie: cookie } : {}, localAddress: opts.localAddress });
  const tel = { frames: 0, toestanden: 0 };
  const acks = new Map<number, (v: unknown) => void>();
  let volgende = 1;
  let verbonden!: (v: { ok: true } | { ok: false; bericht: string }) => void;
  const verbondenP = new Promise<{ ok: true } | { ok: false; bericht: string }>((r) => (verbonden = r));
  const gesloten = new Promise<Gesloten>((resolve) => {
    ws.on('close', (code, reason) => {
      verbonden({ ok: false, bericht: `gesloten (${code})` });
      resolve({ code, reason: reason.toString() });
    });
  });
  ws.on('error', () => {});
  ws.on('message', (data: Buffer, isBinary: boolean) => {
    tel.frames++;
    if (isBinary) return;
    const s = data.toString();
    if (s.startsWith('0')) ws.send(`40${JSON.stringify(auth)}`);
    else if (s === '2') ws.send('3');
    else if (s.startsWith('40')) verbonden({ ok: true });
    else if (s.startsWith('44')) {
      let bericht = s.slice(2);
      try {
        bericht = String((JSON.parse(bericht) as { message?: unknown }).message);
      } catch {
        // keep the raw text
      }
      verbonden({ ok: false, bericht });
    } else if (s.startsWith('42')) {
      if (s.startsWith('42["kamer:toestand"')) tel.toestanden++;
    } else if (s.startsWith('43')) {
      const m = /^43(\d+)(.*)$/s.exec(s);
      if (m) {
        const id = Number(m[1]);
        let waarde: unknown;
        try {
          waarde = (JSON.parse(m[2] ?? '[]') as unknown[])[0];
        } catch {
          waarde = { onleesbaar: m[2] };
        }
        acks.get(id)?.(waarde);
        acks.delete(id);
      }
    }
  });
  const timer = setTimeout(() => verbonden({ ok: false, bericht: 'geen antwoord' }), opts.timeoutMs ?? 20_000);
  void verbondenP.then(() => clearTimeout(timer));
  return {
    ws,
    verbonden: verbondenP,
    gesloten,
    tel,
    emit: (event, body, timeoutMs = 10_000) =>
      new Promise((resolve, reject) => {
        const id = volgende++;
        const t = setTimeout(() => {
          acks.delete(id);
          reject(new Error(`geen ack voor ${event} binnen ${timeoutMs} ms`));
        }, timeoutMs);
        acks.set(id, (v) => {
          clearTimeout(t);
          resolve(v);
        });
        ws.send(`42${id}${JSON.stringify(body === undefined ? [event] : [event, body])}`);
      }),
    stuur: (frame) => ws.send(frame),
    close: () => ws.terminate(),
  };
}

export interface RawYjs {
  ws: WebSocket;
  open: Promise<boolean>;
  gesloten: Promise<Gesloten>;
  /** HTTP status of a refused upgrade (0 while unknown). */
  status: () => number;
  close(): void;
}

/** A raw websocket to `/yjs/<room>` that ignores what the server sends. */
export function rawYjs(baseUrl: string, room: string, cookie: string | undefined, opts: { localAddress?: string } = {}): RawYjs {
  const ws = new WebSocket(`${yjsServerUrl(baseUrl)}/${room}`, { headers: cookie ? { Cookie: cookie } : {}, localAddress: opts.localAddress });
  let status = 0;
  const open = new Promise<boolean>((resolve) => {
    ws.on('open', () => resolve(true));
    ws.on('unexpected-response', (_req, res) => {
      status = res.statusCode ?? 0;
      res.resume();
      resolve(false);
    });
    ws.on('error', () => resolve(false));
  });
  const gesloten = new Promise<Gesloten>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  return { ws, open, gesloten, status: () => status, close: () => ws.terminate() };
}

/** A y-websocket sync-update message carrying `update`. */
export function yjsUpdateBericht(update: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2);
  encoding.writeVarUint8Array(e, update);
  return encoding.toUint8Array(e);
}

/** An update that inserts `tekst` into a Y.Text `naam` of a fresh doc (a distinct client id each time). */
export function tekstUpdate(naam: string, tekst: string): Uint8Array {
  const doc = new Y.Doc();
  doc.getText(naam).insert(0, tekst);
  const u = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return u;
}

export interface HttpAntwoord {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
  setCookies: string[];
}

/** An HTTP request from a chosen local address (e.g. 127.0.0.7), as if from another client. */
export function vanAdres(
  localAddress: string,
  baseUrl: string,
  method: string,
  pad: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<HttpAntwoord> {
  const u = new URL(pad, baseUrl);
  const data = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host: u.hostname,
        port: u.port,
        path: u.pathname + u.search,
        method,
        localAddress,
        headers: { ...(data ? { 'content-type': 'application/json', 'content-length': String(data.length) } : {}), ...headers },
      },
      (res) => {
        const delen: Buffer[] = [];
        res.on('data', (d: Buffer) => delen.push(d));
        res.on('end', () => {
          const text = Buffer.concat(delen).toString('utf8');
          let json: unknown;
          try {
            json = JSON.parse(text);
          } catch {
            json = undefined;
          }
          const sc = res.headers['set-cookie'];
          resolve({ status: res.statusCode ?? 0, text, json, setCookies: Array.isArray(sc) ? sc : sc ? [sc] : [] });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error('timeout')));
    if (data) req.write(data);
    req.end();
  });
}
