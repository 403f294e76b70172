import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpError } from './errors';
import { readJson } from './body';

export interface Antwoord {
  status?: number;
  json?: unknown;
  body?: string | Buffer;
  contentType?: string;
  headers?: Record<string, string>;
  cookies?: string[];
}

export interface RouteContext<S> {
  req: IncomingMessage;
  url: URL;
  params: Record<string, string>;
  services: S;
  body(): Promise<unknown>;
}

type Handler<S> = (ctx: RouteContext<S>) => Promise<Antwoord> | Antwoord;

interface Route<S> {
  method: string;
  pattern: RegExp;
  keys: string[];
  handler: Handler<S>;
}

/**
 * A small router for /api: `:name` segments, JSON in and out, and one place
 * where errors become a Dutch `{error}` with a 4xx (a 500 only for our own bugs).
 */
export class Router<S> {
  private readonly routes: Route<S>[] = [];

  constructor(private readonly services: S) {}

  on(method: string, path: string, handler: Handler<S>): this {
    const keys: string[] = [];
    const pattern = new RegExp(
      '^' +
        path.replace(/:([a-zA-Z]+)/g, (_, k: string) => {
          keys.push(k);
          return '([^/]+)';
        }) +
        '/?$',
    );
    this.routes.push({ method, pattern, keys, handler });
    return this;
  }

  async handle(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    let antwoord: Antwoord;
    try {
      antwoord = await this.dispatch(req, url);
    } catch (err) {
      if (err instanceof HttpError) antwoord = { status: err.status, json: { error: err.dutch } };
      else if (isStorageError(err)) {
        console.error(`[api] ${req.method} ${url.pathname}: opslag niet beschikbaar:`, (err as Error).message);
        antwoord = { status: 503, json: { error: 'De opslag van de server is tijdelijk niet beschikbaar; er is niets bewaard. Probeer het later opnieuw.' } };
      } else {
        console.error(`[api] ${req.method} ${url.pathname}:`, err);
        antwoord = { status: 500, json: { error: 'Er ging iets mis op de server.' } };
      }
    }
    send(res, antwoord);
  }

  private async dispatch(req: IncomingMessage, url: URL): Promise<Antwoord> {
    let pad: string;
    try {
      pad = decodeURIComponent(url.pathname);
    } catch {
      throw new HttpError(400, 'Ongeldig adres.');
    }
    let methodeFout = false;
    for (const r of this.routes) {
      const m = r.pattern.exec(pad);
      if (!m) continue;
      if (r.method !== req.method) {
        methodeFout = true;
        continue;
      }
      const params: Record<string, string> = {};
      r.keys.forEach((k, i) => (params[k] = m[i + 1] ?? ''));
      return r.handler({ req, url, params, services: this.services, body: () => readJson(req) });
    }
    if (methodeFout) throw new HttpError(405, 'Deze methode is hier niet toegestaan.');
    throw new HttpError(404, 'Deze API-route bestaat niet.');
  }
}

function send(res: ServerResponse, a: Antwoord): void {
  if (res.headersSent) return;
  const headers: Record<string, string | string[]> = { 'Cache-Control': 'no-store', ...a.headers };
  if (a.cookies?.length) headers['Set-Cookie'] = a.cookies;
  let body: string | Buffer;
  if (a.body !== undefined) {
    body = a.body;
    headers['Content-Type'] = a.contentType ?? 'application/octet-stream';
  } else {
    body = JSON.stringify(a.json ?? {});
    headers['Content-Type'] = 'application/json; charset=utf-8';
  }
  res.writeHead(a.status ?? 200, headers);
  res.end(body);
}

/** A full, read-only or failing disk: the server's trouble, not the client's, and nothing was written. */
export function isStorageError(err: unknown): boolean {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^SQLITE_(FULL|READONLY|IOERR|BUSY|LOCKED|CANTOPEN|CORRUPT|NOTADB)/.test(code);
}
