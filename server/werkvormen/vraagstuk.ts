import type * as Y from 'yjs';
import { onthulling, type KamerState } from '../../lib/kamer';
import { readGezamenlijkVraagstuk } from '../../lib/sync/vraagstuk';
import { onthuldeVraagstukken } from '../../lib/werkvormen/vraagstuk/machine';
import { VraagstukInstellingen } from '../../lib/werkvormen/vraagstuk/schema';
import type { VraagstukVerslag } from '../../lib/werkvormen/vraagstuk/verslag';
import type { BijeenkomstRij } from '../db/bijeenkomsten';
import { deelnemersVan, type TrajectRij } from '../db/trajecten';
import { kaartenVan } from '../db/vraagstukkaarten';
import type { Services } from '../services';

/**
 * The verslag's Vraagstuk: the answers of this bijeenkomst's revealed round
 * (as everyone saw them), the werkplaats's gezamenlijk vraagstuk from the
 * board, and in a leernetwerk the cards as they stand at afsluiten. Null when
 * the bijeenkomst did not hold the Vraagstuk.
 */
export async function vraagstukVoorVerslag(s: Services, t: TrajectRij, b: BijeenkomstRij, kamer: KamerState, bord: Y.Doc): Promise<VraagstukVerslag | null> {
  const inst = VraagstukInstellingen.safeParse(kamer.werkvormen.vraagstuk ?? {});
  const rondeId = inst.success ? inst.data.ronde : null;
  const ronde = rondeId ? kamer.rondes.find((r) => r.id === rondeId) : undefined;
  const mensen = new Map((await deelnemersVan(s.db, t.id)).map((d) => [d.id, d]));
  const antwoorden =
    ronde && ronde.status === 'onthuld'
      ? onthuldeVraagstukken(onthulling(ronde, (id) => mensen.get(id)?.naam ?? '').inzendingen).map((a) => ({
          naam: a.naam,
          organisatie: mensen.get(a.auteur)?.organisatie ?? '',
          ...a.vraagstuk,
        }))
      : [];
  const g = readGezamenlijkVraagstuk(bord);
  const gezamenlijk = g.vraagstuk.trim() || g.doel.trim() ? g : null;
  const hield = antwoorden.length > 0 || gezamenlijk !== null;
  const kaarten =
    hield && t.type === 'leernetwerk'
      ? (await kaartenVan(s.db, t.id)).map((k) => ({
          naam: mensen.get(k.persoonId)?.naam ?? '',
          organisatie: mensen.get(k.persoonId)?.organisatie ?? '',
          probleem: k.probleem,
          waarom: k.waarom,
          doel: k.doel,
        }))
      : [];
  return hield ? { antwoorden, gezamenlijk, kaarten } : null;
}
