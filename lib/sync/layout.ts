import * as Y from 'yjs';
import { ORIGIN } from './origins';

/**
 * Versioned Y.Doc layouts. Each doc keeps `meta.versie`; a migration lifts a
 * doc from `naar - 1` to `naar`. Migrations must be idempotent: a hostile or
 * buggy client may reset `meta.versie`, and concurrent clients may both run
 * the same step (Yjs then keeps one of the equal writes).
 */
export type Migratie = {
  naar: number;
  /** Runs inside a transaction with origin `leerbord:layout`. */
  up: (doc: Y.Doc) => void;
};

export type MigratieUitkomst =
  | { ok: true; van: number; naar: number; gewijzigd: boolean }
  | { ok: false; reden: 'nieuwere-versie'; versie: number };

/** The version stored in `meta.versie`; 0 when absent or malformed. */
export function leesVersie(doc: Y.Doc): number {
  const v = doc.getMap('meta').get('versie');
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : 0;
}

/**
 * Runs every migration above the stored version, in order, in one transaction.
 * Writes nothing when the doc is already current, so calling it on every load
 * does not grow the doc. A doc from a newer app version is left untouched.
 */
export function migreer(doc: Y.Doc, migraties: readonly Migratie[]): MigratieUitkomst {
  const van = leesVersie(doc);
  const doel = migraties.reduce((max, m) => Math.max(max, m.naar), 0);
  if (van > doel) return { ok: false, reden: 'nieuwere-versie', versie: van };
  const open = migraties.filter((m) => m.naar > van).sort((a, b) => a.naar - b.naar);
  if (open.length === 0) return { ok: true, van, naar: van, gewijzigd: false };
  doc.transact(() => {
    for (const m of open) {
      m.up(doc);
      doc.getMap('meta').set('versie', m.naar);
    }
  }, ORIGIN.layout);
  return { ok: true, van, naar: doel, gewijzigd: true };
}
