import { AfsluitenBody, DelenBody, NieuweBijeenkomstBody, WijzigBijeenkomstBody } from '../../../lib/protocol';
import { bijeenkomstenVan, maakBijeenkomst, vorigeAfgeslotenMetVerslag, wijzigBijeenkomst, type BijeenkomstRij } from '../../db/bijeenkomsten';
import { maakVerslag, terugblik } from '../../verslag';
import { noteer } from '../../db/audit';
import type { Persoon } from '../../auth/access';
import { parse } from '../body';
import { HttpError } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst, vindTraject } from '../guards';
import { leesAgenda, planningVan, STANDAARD_AGENDA } from '../../planning';
import type { Router } from '../router';
import type { Services } from '../../services';


async function bijeenkomstView(s: Services, b: BijeenkomstRij, ik: Persoon) {
  const t = await vindTraject(s, b.trajectId);
  const alle = await bijeenkomstenVan(s.db, t.id);
  const { geplandAantal } = await planningVan(s, t, alle);
  const vorige = await vorigeAfgeslotenMetVerslag(s.db, t.id, b.nummer);
  return {
    id: b.id,
    trajectId: t.id,
    nummer: b.nummer,
    totaal: geplandAantal,
    datum: b.datum,
    intentie: b.intentie,
    agenda: leesAgenda(b.agenda),
    status: b.status,
    verslagGedeeld: b.verslagGedeeld,
    traject: { id: t.id, titel: t.titel, type: t.type, thema: t.thema, vraagstuk: t.vraagstuk, einddoel: t.einddoel, einddatum: t.einddatum },
    terugblik: vorige?.verslag ? terugblik(vorige.verslag) : [],
    ik: { id: ik.id, naam: ik.naam, soort: ik.soort },
  };
}

export function bijeenkomstRoutes(r: Router<Services>): void {
  r.on('POST', '/api/trajecten/:id/bijeenkomsten', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, t.id);
    const d = parse(NieuweBijeenkomstBody, await body());
    const id = s.newId();
    await maakBijeenkomst(s.db, {
      id,
      trajectId: t.id,
      datum: d.datum,
      intentie: d.intentie,
      agenda: JSON.stringify(d.agenda ?? STANDAARD_AGENDA),
      status: 'gepland',
      aangemaakt: s.now(),
    });
    await noteer(s.db, g.id, 'bijeenkomst gepland', { trajectId: t.id, bijeenkomstId: id }, s.now());
    return { status: 201, json: { id } };
  });

  r.on('GET', '/api/bijeenkomsten/:id', async ({ services: s, req, params }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, b.trajectId);
    return { json: await bijeenkomstView(s, b, ik) };
  });

  r.on('PATCH', '/api/bijeenkomsten/:id', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, b.trajectId);
    const d = parse(WijzigBijeenkomstBody, await body());
    if (b.status === 'afgesloten') throw new HttpError(409, 'Deze bijeenkomst is al afgesloten.');
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, {
      ...(d.datum !== undefined ? { datum: d.datum } : {}),
      ...(d.intentie !== undefined ? { intentie: d.intentie } : {}),
      ...(d.agenda !== undefined ? { agenda: JSON.stringify(d.agenda) } : {}),
    });
    const ik: Persoon = { id: g.id, naam: g.naam, soort: 'begeleider', organisatie: '', rol: 'begeleider' };
    return { json: await bijeenkomstView(s, await vindBijeenkomst(s, b.id), ik) };
  });

  r.on('POST', '/api/bijeenkomsten/:id/afsluiten', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, b.trajectId);
    parse(AfsluitenBody, await body());
    if (b.status === 'afgesloten') throw new HttpError(409, 'Deze bijeenkomst is al afgesloten.');
    // Read-only first, so no edit slips in between the verslag and the close;
    // if storing the close fails, the room opens again as it was.
    s.cluster.alleenLezen(`bijeenkomst:${b.id}`, true);
    try {
      await s.rooms.flush();
      // The snapshot, the verslag and the status change land together (one write) or not at all.
      const verslag = await maakVerslag(s, b);
      await wijzigBijeenkomst(s.db, b.id, b.trajectId, { status: 'afgesloten', afgeslotenOp: s.now(), ...verslag });
    } catch (err) {
      s.cluster.alleenLezen(`bijeenkomst:${b.id}`, false);
      throw err;
    }
    await s.facilitatie.afgesloten(b.id);
    await noteer(s.db, g.id, 'bijeenkomst afgesloten', { trajectId: b.trajectId, bijeenkomstId: b.id }, s.now());
    return { json: { ok: true } };
  });

  r.on('POST', '/api/bijeenkomsten/:id/verslag/delen', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, b.trajectId);
    const d = parse(DelenBody, await body());
    await wijzigBijeenkomst(s.db, b.id, b.trajectId, { verslagGedeeld: d.gedeeld });
    await noteer(s.db, g.id, d.gedeeld ? 'verslag gedeeld' : 'verslag niet meer gedeeld', { trajectId: b.trajectId, bijeenkomstId: b.id }, s.now());
    return { json: { ok: true, gedeeld: d.gedeeld } };
  });

}
