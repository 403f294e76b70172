import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { HttpError } from './errors';

export const MAX_BODY = 1024 * 1024;

/** Reads a JSON body of at most MAX_BODY bytes; an empty body counts as `{}`. */
export async function readJson(req: IncomingMessage): Promise<unknown> {
  const lengte = Number(req.headers['content-length'] ?? 0);
  if (lengte > MAX_BODY) {
    req.resume();
    throw new HttpError(413, 'Het verzoek is te groot.');
  }
  const delen: Buffer[] = [];
  let totaal = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    totaal += deel.length;
    if (totaal > MAX_BODY) {
      req.resume();
      throw new HttpError(413, 'Het verzoek is te groot.');
    }
    delen.push(deel);
  }
  const tekst = Buffer.concat(delen).toString('utf8').trim();
  if (tekst === '') return {};
  let waarde: unknown;
  try {
    waarde = JSON.parse(tekst);
  } catch {
    throw new HttpError(400, 'De gegevens zijn geen geldige JSON.');
  }
  // A NUL character is never typed text, and PostgreSQL cannot store it in a text column.
  if (bevatNulTeken(waarde)) throw new HttpError(400, 'De tekst bevat een ongeldig teken (NUL).');
  return waarde;
}

/** Whether any string (or key) in a parsed JSON value holds a NUL character. */
export function bevatNulTeken(waarde: unknown, diepte = 0): boolean {
  if (typeof waarde === 'string') return waarde.includes('\u0000');
  if (waarde === null || typeof waarde !== 'object' || diepte > 64) return false;
  return Object.entries(waarde).some(([k, v]) => k.includes('\u0000') || bevatNulTeken(v, diepte + 1));
}

/**
 * Reads a binary body of one media type (an upload), at most `max` bytes:
 * another type gets a 415, a larger body a 413 before it is read in full.
 */
export async function readBytes(req: IncomingMessage, opties: { type: string; max: number; naam: string }): Promise<Buffer> {
  const type = String(req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  const teGroot = () => new HttpError(413, `${opties.naam} is te groot: hooguit ${Math.floor(opties.max / (1024 * 1024))} MB.`);
  if (type !== opties.type) {
    req.resume();
    throw new HttpError(415, `Stuur ${opties.naam.toLowerCase()} als ${opties.type}.`);
  }
  if (Number(req.headers['content-length'] ?? 0) > opties.max) {
    req.resume();
    throw teGroot();
  }
  // Events rather than for-await: leaving that loop early destroys the
  // request, and the client would get a reset instead of the Dutch 413.
  return new Promise<Buffer>((resolve, reject) => {
    const delen: Buffer[] = [];
    let totaal = 0;
    req.on('data', (deel: Buffer) => {
      totaal += deel.length;
      if (totaal <= opties.max) delen.push(deel);
    });
    req.on('end', () => (totaal > opties.max ? reject(teGroot()) : resolve(Buffer.concat(delen))));
    req.on('error', () => reject(new HttpError(400, `${opties.naam} kwam niet volledig aan.`)));
  });
}

/** Validates with zod; the first issue becomes the Dutch error. */
export function parse<T extends z.ZodType>(schema: T, data: unknown): z.infer<T> {
  const r = schema.safeParse(data);
  if (r.success) return r.data;
  throw new HttpError(400, dutchIssue(r.error, data));
}

/** The first issue in plain Dutch: a missing field is named as missing, a wrong one with zod's Dutch message. */
export function dutchIssue(error: z.ZodError, data?: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'Ongeldige invoer.';
  const veld = issue.path.map(String).join('.');
  if (!veld) {
    return issue.code === 'invalid_type' ? 'Stuur de gegevens als een JSON-object.' : issue.message;
  }
  if (issue.code === 'invalid_type' && waardeOp(data, issue.path) === undefined) return `Het veld '${veld}' ontbreekt.`;
  if (issue.code === 'unrecognized_keys') return `Onbekend veld: ${issue.keys.join(', ')}.`;
  return `Het veld '${veld}' klopt niet: ${issue.message}`;
}

function waardeOp(data: unknown, pad: readonly PropertyKey[]): unknown {
  let hier = data;
  for (const stap of pad) {
    if (hier === null || typeof hier !== 'object') return undefined;
    hier = (hier as Record<PropertyKey, unknown>)[stap];
  }
  return hier;
}
