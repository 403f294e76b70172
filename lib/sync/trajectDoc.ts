import type * as Y from 'yjs';
import { migreer, type Migratie, type MigratieUitkomst } from './layout';

/**
 * The traject doc (room `traject:<id>`): `acties`, `successen` and
 * `speerpunten`, each a `Y.Map<id, Y.Map>`, plus `meta.versie`.
 */
export const TRAJECT_DOC_VERSIE = 1;

/** Names of the top-level types of the traject doc. */
export const TRAJECT_MAPS = { acties: 'acties', successen: 'successen', speerpunten: 'speerpunten' } as const;

export const trajectMigraties: readonly Migratie[] = [
  {
    // v0 → v1: top-level maps are named roots that Yjs creates on first use,
    // so the first version only stamps `meta.versie`; later versions add real steps.
    naar: 1,
    up: () => {},
  },
];

/** Brings a traject doc up to `TRAJECT_DOC_VERSIE`. */
export function migrateTrajectDoc(doc: Y.Doc): MigratieUitkomst {
  return migreer(doc, trajectMigraties);
}
