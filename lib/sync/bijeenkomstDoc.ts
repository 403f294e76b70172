import * as Y from 'yjs';
import { migreer, type Migratie, type MigratieUitkomst } from './layout';

/**
 * The bijeenkomst doc (room `bijeenkomst:<id>`): the board of one meeting.
 * Version 1 holds the Opening: `opening.checkAct` (Y.Map<speerpuntId, Y.Map>)
 * and `opening.checkin` (Y.Map<personId, string>).
 * Version 2 adds actieleren (`actieleren.{casusTitel,casus,reflectievraag,dialoog,samenvatting}`
 * as Y.Text, `actieleren.aanscherpingen` Y.Map<id, Y.Map>) and the Afsluiting
 * (`afsluiting.vraagstukken` Y.Map<personId, "aan-de-slag"|"uitdiepen">).
 */
export const BIJEENKOMST_DOC_VERSIE = 2;

/** The shared texts of actieleren, each a Y.Text in `actieleren`. */
export const ACTIELEREN_TEKSTEN = ['casusTitel', 'casus', 'reflectievraag', 'dialoog', 'samenvatting'] as const;
export type ActielerenTekstVeld = (typeof ACTIELEREN_TEKSTEN)[number];

/** Puts a fresh shared type under `key` unless one of the right kind is there (a malformed value is replaced). */
function zorgVoor(map: Y.Map<unknown>, key: string, soort: 'tekst' | 'map'): void {
  const waarde = map.get(key);
  if (soort === 'tekst' && !(waarde instanceof Y.Text)) map.set(key, new Y.Text());
  if (soort === 'map' && !(waarde instanceof Y.Map)) map.set(key, new Y.Map<unknown>());
}

export const bijeenkomstMigraties: readonly Migratie[] = [
  {
    // v0 → v1: create the nested maps of the Opening once, right after the
    // first sync, so that two clients writing their first check-in do not each
    // create (and race to overwrite) their own `checkin` map.
    naar: 1,
    up: (doc) => {
      const opening = doc.getMap<unknown>('opening');
      if (!(opening.get('checkAct') instanceof Y.Map)) opening.set('checkAct', new Y.Map());
      if (!(opening.get('checkin') instanceof Y.Map)) opening.set('checkin', new Y.Map());
    },
  },
  {
    // v1 → v2: the nested texts and maps of actieleren and the Afsluiting. The
    // server runs this when it loads a room, before any client is served: two
    // clients that each created their own Y.Text would lose one person's typing.
    naar: 2,
    up: (doc) => {
      const actieleren = doc.getMap<unknown>('actieleren');
      for (const veld of ACTIELEREN_TEKSTEN) zorgVoor(actieleren, veld, 'tekst');
      zorgVoor(actieleren, 'aanscherpingen', 'map');
      zorgVoor(doc.getMap<unknown>('afsluiting'), 'vraagstukken', 'map');
    },
  },
];

/** Brings a bijeenkomst doc up to `BIJEENKOMST_DOC_VERSIE`. */
export function migrateBijeenkomstDoc(doc: Y.Doc): MigratieUitkomst {
  return migreer(doc, bijeenkomstMigraties);
}
