import * as Y from 'yjs';
import { migreer, type Migratie, type MigratieUitkomst } from './layout';

/**
 * The bijeenkomst doc (room `bijeenkomst:<id>`): the board of one meeting.
 * Version 1 holds the Opening: `opening.checkAct` (Y.Map<speerpuntId, Y.Map>)
 * and `opening.checkin` (Y.Map<personId, string>).
 */
export const BIJEENKOMST_DOC_VERSIE = 1;

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
];

/** Brings a bijeenkomst doc up to `BIJEENKOMST_DOC_VERSIE`. */
export function migrateBijeenkomstDoc(doc: Y.Doc): MigratieUitkomst {
  return migreer(doc, bijeenkomstMigraties);
}
