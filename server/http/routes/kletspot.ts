import { randomInt } from 'node:crypto';
import { dagVan, naBestemming, naSluiten, naTrekking, trek } from '../../../lib/werkvormen/kletspot/machine';
import { KletsBestemmingBody, KletsvraagBody, leesKletspotStand, type KletspotOverzicht } from '../../../lib/werkvormen/kletspot/schema';
import { RateLimiter } from '../../auth/rateLimit';
import { aantalOpen, doeInKletspot, getrokkenVan, kletsvraagMetId, markeerGetrokken, openIds, zetBestemming } from '../../db/kletspot';
import type { BijeenkomstRij } from '../../db/bijeenkomsten';
import type { Services } from '../../services';
import { LeegBody } from '../../../lib/protocol';
import { parse } from '../body';
import { HttpError, nietGevonden } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst, vindTraject } from '../guards';
import type { Router } from '../router';

/** Questions per person per window: enough for a real question, not for a flood. */
const MAX_VRAGEN = 5;
const VENSTER_MS = 10 * 60_000;
/** The key under which the server keeps the kletspot in `kamer:toestand.werkvormen`. */
const SLEUTEL = 'kletspot';
const ID = /^[A-Za-z0-9_-]{1,64}$/;

async function overzicht(s: Services, trajectId: string): Promise<KletspotOverzicht> {
  return { open: await aantalOpen(s.db, trajectId), getrokken: await getrokkenVan(s.db, trajectId) };
}

function vereisOpen(b: BijeenkomstRij): void {
  if (b.status === 'afgesloten') throw new HttpError(409, 'Deze bijeenkomst is afgesloten.');
}

/** Tells the room (kamer state, broadcast by the facilitation server). */
async function zetInKamer(s: Services, b: BijeenkomstRij, wijzig: (stand: ReturnType<typeof leesKletspotStand>) => ReturnType<typeof leesKletspotStand>) {
  const gelukt = await s.facilitatie.zetVanServer(b.id, SLEUTEL, (huidig) => wijzig(leesKletspotStand(huidig)));
  if (!gelukt) throw new HttpError(409, 'Deze bijeenkomst is afgesloten.');
}

export function kletspotRoutes(r: Router<Services>): void {
  // In memory only: the limiter knows who asked recently, the database never does.
  const perPersoon = new RateLimiter(MAX_VRAGEN, VENSTER_MS);

  r.on('GET', '/api/trajecten/:id/kletspot', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    await vereisPersoon(s, req, t.id);
    return { json: await overzicht(s, t.id) };
  });

  /**
   * A question for the pot. The row gets a random id, the traject, the text and
   * the day: nothing that leads back to the asker (no person, no exact time,
   * no address), and no audit entry either.
   */
  r.on('POST', '/api/trajecten/:id/kletspot', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, t.id);
    if (ik.soort === 'waarnemer') throw new HttpError(403, 'Als waarnemer kun je geen vraag in de kletspot doen.');
    const { vraag } = parse(KletsvraagBody, await body());
    if (!perPersoon.tel(ik.id, s.now())) {
      throw new HttpError(429, 'Je hebt net al een paar vragen gesteld; probeer het over een paar minuten opnieuw.');
    }
    await doeInKletspot(s.db, { id: s.newId(), trajectId: t.id, vraag, dag: dagVan(s.now()) });
    return { status: 201, json: { ok: true, open: await aantalOpen(s.db, t.id) } };
  });

  /** The begeleider draws one question blind; it shows full screen for everyone in the room. */
  r.on('POST', '/api/bijeenkomsten/:id/kletspot/trek', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    parse(LeegBody, await body());
    vereisOpen(b);
    const open = await openIds(s.db, b.trajectId);
    const gekozen = trek(open, open.length > 0 ? randomInt(0, open.length) / open.length : 0);
    if (gekozen === null) throw new HttpError(409, 'De kletspot is leeg.');
    const rij = await kletsvraagMetId(s.db, gekozen);
    if (!rij || !await markeerGetrokken(s.db, gekozen, b.id)) throw new HttpError(409, 'Deze vraag is al getrokken; probeer het opnieuw.');
    const vraag = { id: rij.id, tekst: rij.vraag };
    await zetInKamer(s, b, (stand) => naTrekking(stand, vraag));
    return { json: { ok: true, vraag, open: open.length - 1 } };
  });

  /** Closes the question on everyone's screen. */
  r.on('POST', '/api/bijeenkomsten/:id/kletspot/sluit', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    parse(LeegBody, await body());
    vereisOpen(b);
    await zetInKamer(s, b, naSluiten);
    return { json: { ok: true } };
  });

  /**
   * Gives a question drawn in this bijeenkomst its place: today's agenda
   * (shown in the room and in the verslag) or the ontwikkelpunten long list
   * (the begeleider's screen adds it to the traject doc's list).
   */
  r.on('POST', '/api/bijeenkomsten/:id/kletspot/:vraagId', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    const { bestemming } = parse(KletsBestemmingBody, await body());
    vereisOpen(b);
    const vraagId = params.vraagId ?? '';
    const rij = ID.test(vraagId) ? await kletsvraagMetId(s.db, vraagId) : null;
    if (!rij || rij.trajectId !== b.trajectId) throw nietGevonden('Deze kletspotvraag');
    if (rij.getrokkenIn !== b.id) throw new HttpError(409, 'Deze vraag is niet in deze bijeenkomst getrokken.');
    await zetBestemming(s.db, rij.id, bestemming);
    await zetInKamer(s, b, (stand) => naBestemming(stand, { id: rij.id, tekst: rij.vraag }, bestemming));
    return { json: { ok: true, bestemming } };
  });
}
