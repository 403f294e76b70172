import type { IncomingMessage } from 'node:http';
import { LeegBody, NieuwTrajectBody, RoteerBody, WijzigTrajectBody } from '../../../lib/protocol';
import { planningVan } from '../../planning';
import { maakUitnodiging } from '../../db/accounts';
import {
  begeleidersVan,
  deelnemersVan,
  maakTraject,
  trajectenVanBegeleider,
  wijzigTraject,
  type TrajectRij,
} from '../../db/trajecten';
import { bijeenkomstenVan } from '../../db/bijeenkomsten';
import { randomToken, sha256 } from '../../auth/tokens';
import { auditVanTraject, noteer } from '../../db/audit';
import { verwijderTrajectVolledig } from '../../verwijderen';
import { verwijderdatum } from '../../retentie';
import { waarschuwen } from '../../../lib/retentie/retentie';
import type { Persoon } from '../../auth/access';
import { parse } from '../body';
import { baseUrl, vereisBegeleider, vereisBegeleiderVan, vereisPersoon, vindTraject } from '../guards';
import type { Router } from '../router';
import type { Services } from '../../services';

const UITNODIGING_MS = 14 * 24 * 3600 * 1000;

/** The traject as its people see it; links only for facilitators. */
export async function trajectView(s: Services, req: IncomingMessage, t: TrajectRij, ik: Persoon) {
  const bijeenkomsten = await bijeenkomstenVan(s.db, t.id);
  const planning = await planningVan(s, t, bijeenkomsten);
  const links =
    ik.soort === 'begeleider'
      ? { joinUrl: `${baseUrl(s, req)}/join/${t.joinToken}`, waarnemerUrl: `${baseUrl(s, req)}/join/${t.waarnemerToken}` }
      : {};
  return {
    id: t.id,
    type: t.type,
    titel: t.titel,
    thema: t.thema,
    vraagstuk: t.vraagstuk,
    einddoel: t.einddoel,
    einddatum: t.einddatum,
    trekker: t.trekker,
    geplandAantal: planning.geplandAantal,
    ...links,
    begeleiders: await begeleidersVan(s.db, t.id),
    deelnemers: (await deelnemersVan(s.db, t.id)).map((d) => ({ id: d.id, naam: d.naam, organisatie: d.organisatie, rol: d.rol, soort: d.soort })),
    bijeenkomsten: bijeenkomsten.map((b) => ({
      id: b.id,
      nummer: b.nummer,
      datum: b.datum,
      intentie: b.intentie,
      status: b.status,
      verslagGedeeld: b.verslagGedeeld,
    })),
    planning,
    ik: { id: ik.id, naam: ik.naam, soort: ik.soort },
  };
}

export function trajectRoutes(r: Router<Services>): void {
  r.on('GET', '/api/trajecten', async ({ services: s, req }) => {
    const b = await vereisBegeleider(s, req);
    const trajecten = await Promise.all(
      (await trajectenVanBegeleider(s.db, b.id)).map(async (t) => {
        const op = await verwijderdatum(s, t.id, s.retentieDagen);
        // The notice appears in the last month before the deletion.
        return { ...t, verwijderOp: waarschuwen(op, s.now()) && op !== null ? new Date(op).toISOString().slice(0, 10) : null };
      }),
    );
    return { json: { trajecten } };
  });

  r.on('POST', '/api/trajecten', async ({ services: s, req, body }) => {
    const b = await vereisBegeleider(s, req);
    const d = parse(NieuwTrajectBody, await body());
    const id = s.newId();
    const joinToken = randomToken();
    const waarnemerToken = randomToken();
    await maakTraject(
      s.db,
      {
        id,
        type: d.type,
        titel: d.titel,
        thema: d.thema,
        vraagstuk: d.vraagstuk,
        einddoel: d.einddoel,
        einddatum: d.einddatum ?? null,
        trekker: d.trekker ?? '',
        joinToken,
        waarnemerToken,
        aangemaakt: s.now(),
      },
      b.id,
    );
    await noteer(s.db, b.id, 'traject aangemaakt', { trajectId: id }, s.now());
    const base = baseUrl(s, req);
    return { status: 201, json: { id, joinUrl: `${base}/join/${joinToken}`, waarnemerUrl: `${base}/join/${waarnemerToken}` } };
  });

  r.on('GET', '/api/trajecten/:id', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, t.id);
    return { json: await trajectView(s, req, t, ik) };
  });

  r.on('PATCH', '/api/trajecten/:id', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const b = await vereisBegeleiderVan(s, req, t.id);
    const d = parse(WijzigTrajectBody, await body());
    await wijzigTraject(s.db, t.id, d);
    await noteer(s.db, b.id, 'traject gewijzigd', { trajectId: t.id, velden: Object.keys(d) }, s.now());
    const ik: Persoon = { id: b.id, naam: b.naam, soort: 'begeleider', organisatie: '', rol: 'begeleider' };
    return { json: await trajectView(s, req, await vindTraject(s, t.id), ik) };
  });

  r.on('DELETE', '/api/trajecten/:id', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, t.id);
    await verwijderTrajectVolledig(s, t.id);
    // The entry names no content of the traject: only that it existed and was deleted.
    await noteer(s.db, g.id, 'traject verwijderd', { trajectId: t.id }, s.now());
    return { json: { ok: true } };
  });

  r.on('POST', '/api/trajecten/:id/uitnodigingen', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const b = await vereisBegeleiderVan(s, req, t.id);
    parse(LeegBody, await body());
    const token = randomToken();
    await maakUitnodiging(s.db, sha256(token), t.id, b.id, s.now() + UITNODIGING_MS);
    await noteer(s.db, b.id, 'begeleider uitgenodigd', { trajectId: t.id }, s.now());
    return { status: 201, json: { url: `${baseUrl(s, req)}/uitnodiging/${token}` } };
  });

  /** A new join link; the old one stops working for new joins (people already in keep their cookie). */
  r.on('POST', '/api/trajecten/:id/join-link', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const b = await vereisBegeleiderVan(s, req, t.id);
    const d = parse(RoteerBody, await body());
    const token = randomToken();
    await wijzigTraject(s.db, t.id, d.soort === 'waarnemer' ? { waarnemerToken: token } : { joinToken: token });
    await noteer(s.db, b.id, 'link vernieuwd', { trajectId: t.id, soort: d.soort }, s.now());
    return { json: { url: `${baseUrl(s, req)}/join/${token}` } };
  });

  r.on('GET', '/api/trajecten/:id/audit', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, t.id);
    return { json: { audit: await auditVanTraject(s.db, t.id) } };
  });
}
