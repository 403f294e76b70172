import type * as Y from 'yjs';
import type { MigratieUitkomst } from './layout';
import { migrateTrajectDoc } from './trajectDoc';
import { migrateBijeenkomstDoc } from './bijeenkomstDoc';

/** Which layout a doc has; derived from its room name (`traject:<id>` / `bijeenkomst:<id>`). */
export type DocSoort = 'traject' | 'bijeenkomst';

/**
 * Migrates a doc to the current layout of its kind. Call it after the first
 * sync with the server (not before: a fresh client would otherwise stamp an
 * empty doc and race the real content).
 */
export function ensureLayout(doc: Y.Doc, soort: DocSoort): MigratieUitkomst {
  switch (soort) {
    case 'traject':
      return migrateTrajectDoc(doc);
    case 'bijeenkomst':
      return migrateBijeenkomstDoc(doc);
    default:
      return assertNever(soort);
  }
}

function assertNever(x: never): never {
  throw new Error(`onbekende docsoort: ${String(x)}`);
}
