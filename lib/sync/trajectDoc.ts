import * as Y from 'yjs';
import { migreer, type Migratie, type MigratieUitkomst } from './layout';

/**
 * The traject doc (room `traject:<id>`): `acties`, `successen` and
 * `speerpunten`, each a `Y.Map<id, Y.Map>`, plus `meta.versie`.
 * Version 2 adds the Klantreis and Speerpunten werkvormen: `klantreizen`
 * (Y.Map<id, Y.Map{persona fields, fasen, kaarten, emotie}>), `ontwikkelpunten`
 * (the long list, Y.Map<id, Y.Map>) and `matrix` (Y.Map<ontwikkelpuntId,
 * {impact, haalbaarheid}>).
 */
export const TRAJECT_DOC_VERSIE = 2;

/** Names of the top-level types of the traject doc. */
export const TRAJECT_MAPS = {
  acties: 'acties',
  successen: 'successen',
  speerpunten: 'speerpunten',
  klantreizen: 'klantreizen',
  ontwikkelpunten: 'ontwikkelpunten',
  matrix: 'matrix',
} as const;

/** The nested maps every klantreis holds, created with it in one transaction. */
export const KLANTREIS_DELEN = ['fasen', 'kaarten', 'emotie'] as const;

export const trajectMigraties: readonly Migratie[] = [
  {
    // v0 → v1: top-level maps are named roots that Yjs creates on first use,
    // so the first version only stamps `meta.versie`; later versions add real steps.
    naar: 1,
    up: () => {},
  },
  {
    // v1 → v2: `klantreizen`, `ontwikkelpunten` and `matrix` are named roots
    // too. A klantreis is made with its nested `fasen`, `kaarten` and `emotie`
    // maps at once (lib/sync/klantreis.ts), so no two clients ever race to
    // create them; this step repairs a klantreis that lacks one (an older or
    // hostile client), so every later write has a map to go into.
    naar: 2,
    up: (doc) => {
      doc.getMap<unknown>(TRAJECT_MAPS.klantreizen).forEach((reis) => {
        if (!(reis instanceof Y.Map)) return;
        for (const deel of KLANTREIS_DELEN) if (!(reis.get(deel) instanceof Y.Map)) reis.set(deel, new Y.Map());
      });
    },
  },
];

/** Brings a traject doc up to `TRAJECT_DOC_VERSIE`. */
export function migrateTrajectDoc(doc: Y.Doc): MigratieUitkomst {
  return migreer(doc, trajectMigraties);
}
