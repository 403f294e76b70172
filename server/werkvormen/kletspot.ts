import type { KletspotVerslag } from '../../lib/werkvormen/kletspot/verslag';
import { getrokkenIn } from '../db/kletspot';
import type { Services } from '../services';

/** The verslag's kletspot: the questions drawn in this bijeenkomst and where they went. */
export async function kletspotVoorVerslag(s: Services, bijeenkomstId: string): Promise<KletspotVerslag | null> {
  const vragen = (await getrokkenIn(s.db, bijeenkomstId)).map((v) => ({ vraag: v.vraag, bestemming: v.bestemming }));
  return vragen.length > 0 ? { vragen } : null;
}
