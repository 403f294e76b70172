import { BewaarNulmetingBody, type Nulmeting } from '../../../lib/werkvormen/nulmeting/schema';
import { nulmetingenVan } from '../../db/nulmetingen';
import { bewaarOnthuldeNulmeting, leesOpgeslagen } from '../../werkvormen/nulmeting';
import type { Services } from '../../services';
import { parse } from '../body';
import { HttpError, nietGevonden } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst, vindTraject } from '../guards';
import type { Router } from '../router';

/** The traject's kept nulmetingen, oldest bijeenkomst first. */
export async function nulmetingenView(s: Services, trajectId: string): Promise<Nulmeting[]> {
  return (await nulmetingenVan(s.db, trajectId)).map((m) => ({
    id: m.id,
    bijeenkomstId: m.bijeenkomstId,
    rondeId: m.rondeId,
    nummer: m.nummer,
    datum: m.datum,
    antwoorden: leesOpgeslagen(m.antwoorden),
  }));
}

export function nulmetingRoutes(r: Router<Services>): void {
  r.on('GET', '/api/trajecten/:id/nulmetingen', async ({ services: s, req, params }) => {
    const t = await vindTraject(s, params.id ?? '');
    await vereisPersoon(s, req, t.id);
    return { json: { metingen: await nulmetingenView(s, t.id) } };
  });

  /**
   * Keeps a revealed nulmeting on the traject, from the server's own state:
   * only the answers everyone has seen, without names. Calling it twice for
   * one round keeps it once.
   */
  r.on('POST', '/api/bijeenkomsten/:id/nulmeting', async ({ services: s, req, params, body }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    await vereisBegeleiderVan(s, req, b.trajectId);
    const { rondeId } = parse(BewaarNulmetingBody, await body());
    const ronde = (await s.facilitatie.toestandVan(b.id)).rondes.find((x) => x.id === rondeId);
    if (!ronde) throw nietGevonden('Deze ronde');
    if (ronde.soort !== 'prive' || ronde.werkvorm !== 'nulmeting') throw new HttpError(409, 'Deze ronde hoort niet bij de nulmeting.');
    if (ronde.status !== 'onthuld') throw new HttpError(409, 'Laat de uitslag eerst zien; daarna wordt hij bewaard.');
    const { nieuw, aantal } = await bewaarOnthuldeNulmeting(s, b, ronde);
    return { status: nieuw ? 201 : 200, json: { ok: true, bewaard: nieuw, aantal } };
  });
}
