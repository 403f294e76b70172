import type { IncomingMessage } from 'node:http';
import type { Soort } from '../../lib/protocol';
import type { Db } from '../db/client';
import { begeleiderVanSessie, isBegeleiderVan, type Begeleider } from '../db/accounts';
import { deelnemerVan, trajectMetId } from '../db/trajecten';
import { bijeenkomstMetId } from '../db/bijeenkomsten';
import { readCookies } from '../http/cookies';
import { sha256, type Signer } from './tokens';

export const SESSIE_COOKIE = 'lb_sessie';
export const deelnemerCookie = (trajectId: string) => `lb_p_${trajectId}`;

/** Someone in a traject: a facilitator, a participant or an observer. */
export interface Persoon {
  id: string;
  naam: string;
  soort: Soort;
  organisatie: string;
  rol: string;
}

export type RoomAccess =
  | { ok: true; persoon: Persoon; trajectId: string; bijeenkomstId: string | null; readOnly: boolean }
  | { ok: false; status: 401 | 403 | 404; error: string };

type Headers = Pick<IncomingMessage, 'headers'>;

/** Who is asking, decided from the signed cookies only. */
export class Access {
  constructor(
    private readonly db: Db,
    private readonly signer: Signer,
    private readonly now: () => number,
  ) {}

  async begeleider(req: Headers): Promise<Begeleider | null> {
    const token = this.signer.verify(readCookies(req).get(SESSIE_COOKIE));
    return token ? await begeleiderVanSessie(this.db, sha256(token), this.now()) : null;
  }

  sessieToken(req: Headers): string | null {
    return this.signer.verify(readCookies(req).get(SESSIE_COOKIE));
  }

  /** The stored hash of this request's session, if it has a valid one. */
  async sessieHash(req: Headers): Promise<string | null> {
    const token = this.sessieToken(req);
    return token && (await begeleiderVanSessie(this.db, sha256(token), this.now())) ? sha256(token) : null;
  }

  /** The person this request is in the given traject, or null. */
  async persoonInTraject(req: Headers, trajectId: string): Promise<Persoon | null> {
    const b = await this.begeleider(req);
    if (b && (await isBegeleiderVan(this.db, b.id, trajectId))) {
      return { id: b.id, naam: b.naam, soort: 'begeleider', organisatie: '', rol: 'begeleider' };
    }
    const id = this.signer.verify(readCookies(req).get(deelnemerCookie(trajectId)));
    if (!id) return null;
    const d = await deelnemerVan(this.db, trajectId, id);
    return d ? { id: d.id, naam: d.naam, soort: d.soort, organisatie: d.organisatie, rol: d.rol } : null;
  }

  /**
   * Whether the request carries a valid identity at all (a live session or a
   * signed participant cookie of an existing deelnemer): then a refusal is 403,
   * otherwise 401.
   */
  async heeftIdentiteit(req: Headers): Promise<boolean> {
    if (await this.begeleider(req)) return true;
    for (const [naam, waarde] of readCookies(req)) {
      if (!naam.startsWith('lb_p_')) continue;
      const trajectId = naam.slice('lb_p_'.length);
      const id = this.signer.verify(waarde);
      if (id && (await deelnemerVan(this.db, trajectId, id))) return true;
    }
    return false;
  }

  /** Access to a Yjs room or a bijeenkomst's socket.io room. */
  async room(req: Headers, roomName: string): Promise<RoomAccess> {
    const m = /^(traject|bijeenkomst):([A-Za-z0-9_-]{1,64})$/.exec(roomName);
    if (!m) return { ok: false, status: 404, error: 'Deze ruimte bestaat niet.' };
    const [, soort, id] = m as unknown as [string, 'traject' | 'bijeenkomst', string];
    let trajectId: string;
    let bijeenkomstId: string | null = null;
    let gesloten = false;
    if (soort === 'traject') {
      if (!(await trajectMetId(this.db, id))) return { ok: false, status: 404, error: 'Dit traject bestaat niet.' };
      trajectId = id;
    } else {
      const b = await bijeenkomstMetId(this.db, id);
      if (!b) return { ok: false, status: 404, error: 'Deze bijeenkomst bestaat niet.' };
      trajectId = b.trajectId;
      bijeenkomstId = b.id;
      gesloten = b.status === 'afgesloten';
    }
    const persoon = await this.persoonInTraject(req, trajectId);
    if (!persoon) {
      return (await this.heeftIdentiteit(req))
        ? { ok: false, status: 403, error: 'Je hebt geen toegang tot deze bijeenkomst.' }
        : { ok: false, status: 401, error: 'Je bent niet aangemeld; open de uitnodigingslink opnieuw.' };
    }
    return { ok: true, persoon, trajectId, bijeenkomstId, readOnly: persoon.soort === 'waarnemer' || gesloten };
  }
}
