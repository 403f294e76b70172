import * as Y from 'yjs';
import { z } from 'zod';
import type { Schrijfuitkomst } from './context';
import { geneste } from './leesMap';
import { ORIGIN } from './origins';

/**
 * Leernetwerk, at every Afsluiting: per participant's vraagstuk, can they act
 * on it now or must it be explored further (DESIGN §3 Vraagstuk, Afsluiting).
 */
export const VraagstukKeuze = z.enum(['aan-de-slag', 'uitdiepen']);
export type VraagstukKeuze = z.infer<typeof VraagstukKeuze>;

function vraagstukken(doc: Y.Doc, maak: boolean): Y.Map<unknown> | undefined {
  const afsluiting = doc.getMap<unknown>('afsluiting');
  const bestaand = geneste(afsluiting, 'vraagstukken');
  if (bestaand || !maak) return bestaand;
  const nieuw = new Y.Map<unknown>();
  afsluiting.set('vraagstukken', nieuw);
  return nieuw;
}

/** personId → choice; anything else in the map is skipped. */
export function readVraagstukKeuzes(doc: Y.Doc): Record<string, VraagstukKeuze> {
  const uit: Record<string, VraagstukKeuze> = {};
  vraagstukken(doc, false)?.forEach((waarde, personId) => {
    const keuze = VraagstukKeuze.safeParse(waarde);
    if (keuze.success) uit[personId] = keuze.data;
  });
  return uit;
}

/** Sets (or with null clears) the choice for one participant's vraagstuk. */
export function setVraagstukKeuze(doc: Y.Doc, personId: string, keuze: VraagstukKeuze | null): Schrijfuitkomst {
  if (personId.length === 0 || personId.length > 100) return { ok: false, reden: 'onbekende-persoon' };
  if (keuze !== null && !VraagstukKeuze.safeParse(keuze).success) return { ok: false, reden: 'ongeldige-keuze' };
  doc.transact(() => {
    const map = vraagstukken(doc, true);
    if (!map) return;
    if (keuze === null) map.delete(personId);
    else if (map.get(personId) !== keuze) map.set(personId, keuze);
  }, ORIGIN.afsluiting);
  return { ok: true };
}
