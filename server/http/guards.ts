import type { IncomingMessage } from 'node:http';
import type { Services } from '../services';
import type { Persoon } from '../auth/access';
import type { Begeleider } from '../db/accounts';
import { isBegeleiderVan } from '../db/accounts';
import { trajectMetId, type TrajectRij } from '../db/trajecten';
import { bijeenkomstMetId, type BijeenkomstRij } from '../db/bijeenkomsten';
import { geenToegang, HttpError, nietGevonden, nietIngelogd } from './errors';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export async function vereisBegeleider(s: Services, req: IncomingMessage): Promise<Begeleider> {
  const b = await s.access.begeleider(req);
  if (!b) throw nietIngelogd();
  return b;
}

export async function vindTraject(s: Services, id: string): Promise<TrajectRij> {
  const t = ID.test(id) ? await trajectMetId(s.db, id) : null;
  if (!t) throw nietGevonden('Dit traject');
  return t;
}

export async function vindBijeenkomst(s: Services, id: string): Promise<BijeenkomstRij> {
  const b = ID.test(id) ? await bijeenkomstMetId(s.db, id) : null;
  if (!b) throw nietGevonden('Deze bijeenkomst');
  return b;
}

/** Anyone in the traject: facilitator, participant or observer. */
export async function vereisPersoon(s: Services, req: IncomingMessage, trajectId: string): Promise<Persoon> {
  const p = await s.access.persoonInTraject(req, trajectId);
  if (p) return p;
  throw (await s.access.heeftIdentiteit(req)) ? geenToegang() : new HttpError(401, 'Je bent niet aangemeld.');
}

/** A facilitator of this traject. */
export async function vereisBegeleiderVan(s: Services, req: IncomingMessage, trajectId: string): Promise<Begeleider> {
  const b = await s.access.begeleider(req);
  if (b) {
    if (await isBegeleiderVan(s.db, b.id, trajectId)) return b;
    throw geenToegang();
  }
  if (await s.access.heeftIdentiteit(req)) throw new HttpError(403, 'Alleen de begeleider kan dit doen.');
  throw nietIngelogd();
}

/** The absolute base URL for links (PUBLIC_URL, else the request's own host). */
export function baseUrl(s: Services, req: IncomingMessage): string {
  if (s.publicUrl) return s.publicUrl;
  const host = req.headers.host && /^[A-Za-z0-9.:\[\]-]+$/.test(req.headers.host) ? req.headers.host : 'localhost';
  return `http://${host}`;
}
