import { onthulling } from '../../../lib/kamer';
import { readVraagstukKeuzes } from '../../../lib/sync/afsluiting';
import { magKaartBewerken, nieuweKaarten } from '../../../lib/werkvormen/vraagstuk/machine';
import {
  KaartenUitRondeBody,
  VraagstukkaartBody,
  WijzigVraagstukkaartBody,
  type KaartMarkering,
  type Vraagstukkaart,
} from '../../../lib/werkvormen/vraagstuk/schema';
import type { Persoon } from '../../auth/access';
import { bijeenkomstenVan } from '../../db/bijeenkomsten';
import { deelnemersVan, type TrajectRij } from '../../db/trajecten';
import { kaartenVan, kaartMetId, maakKaartenAls, wijzigKaart, zetKaart, type VraagstukkaartRij } from '../../db/vraagstukkaarten';
import type { Services } from '../../services';
import { parse } from '../body';
import { HttpError, nietGevonden } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst, vindTraject } from '../guards';
import type { Router } from '../router';
import { kletspotRoutes } from './kletspot';
import { nulmetingRoutes } from './nulmeting';

const ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * Issue 7: the Vraagstuk's own cards (leernetwerk), the Nulmeting's kept
 * results and the Kletspot. Registered with one line in server/index.ts.
 */
export function vraagstukRoutes(r: Router<Services>): void {
  kaartRoutes(r);
  nulmetingRoutes(r);
  kletspotRoutes(r);
}

function alleenLeernetwerk(t: TrajectRij): void {
  if (t.type !== 'leernetwerk') throw new HttpError(409, 'Alleen in een leernetwerk houdt ieder een eigen vraagstukkaart.');
}

/** The owner may write their card; the server decides who the owner is, never the request body. */
function vereisEigenaar(kaart: { persoonId: string }, ik: Persoon): void {
  if (magKaartBewerken(kaart, ik)) return;
  throw new HttpError(403, 'Alleen de eigenaar kan deze vraagstukkaart wijzigen.');
}

/**
 * Every Afsluiting's choice per card owner (lib/sync/afsluiting.ts), read
 * from the boards of the traject's live and closed bijeenkomsten.
 */
async function markeringenPerPersoon(s: Services, trajectId: string): Promise<Map<string, KaartMarkering[]>> {
  const uit = new Map<string, KaartMarkering[]>();
  for (const b of await bijeenkomstenVan(s.db, trajectId)) {
    if (b.status === 'gepland') continue;
    const keuzes = await keuzesVan(s, b.id, b.status === 'afgesloten');
    for (const [persoonId, keuze] of Object.entries(keuzes)) {
      const lijst = uit.get(persoonId) ?? [];
      lijst.push({ bijeenkomstId: b.id, nummer: b.nummer, datum: b.datum, keuze });
      uit.set(persoonId, lijst);
    }
  }
  return uit;
}

/**
 * A closed board never changes (its room is read-only), so its choices are
 * read from disk once; the cards list is polled while people sharpen them.
 */
const geslotenKeuzes = new Map<string, Record<string, 'aan-de-slag' | 'uitdiepen'>>();
const MAX_GESLOTEN = 2000;

async function keuzesVan(s: Services, bijeenkomstId: string, gesloten: boolean): Promise<Record<string, 'aan-de-slag' | 'uitdiepen'>> {
  const bekend = gesloten ? geslotenKeuzes.get(bijeenkomstId) : undefined;
  if (bekend) return bekend;
  const doc = await s.rooms.read(`bijeenkomst:${bijeenkomstId}`);
  const keuzes = readVraagstukKeuzes(doc);
  doc.destroy();
  if (gesloten) {
    if (geslotenKeuzes.size >= MAX_GESLOTEN) geslotenKeuzes.clear();
    geslotenKeuzes.set(bijeenkomstId, keuzes);
  }
  return keuzes;
}

async function kaartenView(s: Services, t: TrajectRij, ik: Persoon): Promise<Vraagstukkaart[]> {
  const mensen = new Map((await deelnemersVan(s.db, t.id)).map((d) => [d.id, d]));
  const markeringen = await markeringenPerPersoon(s, t.id);
  return (await kaartenVan(s.db, t.id)).map((k) => kaartView(k, mensen.get(k.persoonId), ik, markeringen.get(k.persoonId) ?? []));
}

function kaartView(
  k: VraagstukkaartRij,
  d: { naam: string; organisatie: string; rol: string } | undefined,
  ik: Persoon,
  markeringen: KaartMarkering[],
): Vraagstukkaart {
  return {
    id: k.id,
    persoonId: k.persoonId,
    naam: d?.naam ?? '',
    organisatie: d?.organisatie ?? '',
    rol: d?.rol ?? '',
    probleem: k.probleem,
    waarom: k.waarom,
    doel: k.doel,
    bijgewerkt: k.bijgewerkt,
    magBewerken: magKaartBewerken(k, ik),
    markeringen,
  };
}

function kaartRoutes(r: Router<Services>): void {
  r.on('GET', '/api/trajecten/:id/vraagstukken', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, t.id);
    return { json: { kaarten: await kaartenView(s, t, ik) } };
  });

  /** A participant's own card: made or replaced; whose it is comes from the cookie only. */
  r.on('POST', '/api/trajecten/:id/vraagstukken/mijn', async ({ services: s, req, params, body }) => {
    const t = await vindTraject(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, t.id);
    if (ik.soort !== 'deelnemer') throw new HttpError(403, 'Alleen deelnemers hebben een eigen vraagstukkaart.');
    alleenLeernetwerk(t);
    const d = parse(VraagstukkaartBody, await body());
    if (!d.probleem && !d.waarom && !d.doel) throw new HttpError(400, 'Vul minstens één van de drie vragen in.');
    await zetKaart(s.db, { id: s.newId(), trajectId: t.id, persoonId: ik.id, now: s.now(), ...d });
    const kaart = (await kaartenView(s, t, ik)).find((k) => k.persoonId === ik.id);
    return { json: { kaart } };
  });

  r.on('PATCH', '/api/vraagstukken/:id', async ({ services: s, req, params, body }) => {
    const id = params.id ?? '';
    const kaart = ID.test(id) ? await kaartMetId(s.db, id) : null;
    if (!kaart) throw nietGevonden('Deze vraagstukkaart');
    const ik = await vereisPersoon(s, req, kaart.trajectId);
    vereisEigenaar(kaart, ik);
    const d = parse(WijzigVraagstukkaartBody, await body());
    const na = { probleem: d.probleem ?? kaart.probleem, waarom: d.waarom ?? kaart.waarom, doel: d.doel ?? kaart.doel };
    if (!na.probleem && !na.waarom && !na.doel) throw new HttpError(400, 'Vul minstens één van de drie vragen in.');
    await wijzigKaart(s.db, kaart.id, d, s.now());
    const t = await vindTraject(s, kaart.trajectId);
    return { json: { kaart: (await kaartenView(s, t, ik)).find((k) => k.id === kaart.id) } };
  });

  /**
   * Leernetwerk, after the reveal: every participant whose answer is in the
   * revealed round and who has no card yet gets one with that answer. The
   * server reads the answers from its own state, so nobody can write a card
   * in someone else's name.
   */
  r.on('POST', '/api/bijeenkomsten/:id/vraagstuk/kaarten', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    const { rondeId } = parse(KaartenUitRondeBody, await body());
    const t = await vindTraject(s, b.trajectId);
    alleenLeernetwerk(t);
    const ronde = (await s.facilitatie.toestandVan(b.id)).rondes.find((x) => x.id === rondeId);
    if (!ronde) throw nietGevonden('Deze ronde');
    if (ronde.soort !== 'prive' || ronde.werkvorm !== 'vraagstuk') throw new HttpError(409, 'Deze ronde hoort niet bij het vraagstuk.');
    if (ronde.status !== 'onthuld') throw new HttpError(409, 'Laat de vraagstukken eerst zien.');
    const deelnemers = new Set((await deelnemersVan(s.db, t.id)).filter((d) => d.soort === 'deelnemer').map((d) => d.id));
    const metKaart = new Set((await kaartenVan(s.db, t.id)).map((k) => k.persoonId));
    const nieuw = nieuweKaarten(onthulling(ronde, () => '').inzendingen, deelnemers, metKaart);
    const aangemaakt = await maakKaartenAls(
      s.db,
      nieuw.map((k) => ({ id: s.newId(), trajectId: t.id, persoonId: k.persoonId, ...k.vraagstuk })),
      s.now(),
    );
    return { status: aangemaakt > 0 ? 201 : 200, json: { ok: true, aangemaakt } };
  });
}
