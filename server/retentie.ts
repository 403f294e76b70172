import { verwijderOp } from '../lib/retentie/retentie';
import type { Services } from './services';
import { bijeenkomstenVan } from './db/bijeenkomsten';
import { alleTrajectIds } from './db/trajecten';
import { verwijderTrajectVolledig } from './verwijderen';
import { noteer } from './db/audit';

const ZES_UUR = 6 * 3600 * 1000;

/** The deletion date of a traject under RETENTION_DAYS, or null. */
export function verwijderdatum(s: Services, trajectId: string, retentieDagen: number | null): number | null {
  const alle = bijeenkomstenVan(s.db, trajectId);
  const gesloten = alle.map((b) => b.afgeslotenOp).filter((x): x is number => x !== null);
  return verwijderOp({
    statussen: alle.map((b) => b.status),
    laatstAfgeslotenOp: gesloten.length ? Math.max(...gesloten) : null,
    retentieDagen,
  });
}

/** Deletes the trajecten whose retention has passed; runs at start and every six hours. */
export function startRetentie(s: Services, retentieDagen: number | null): () => void {
  if (!retentieDagen) return () => {};
  const ronde = () => {
    for (const id of alleTrajectIds(s.db)) {
      const op = verwijderdatum(s, id, retentieDagen);
      if (op === null || op > s.now()) continue;
      verwijderTrajectVolledig(s, id);
      noteer(s.db, 'systeem', 'traject verwijderd (bewaartermijn)', { trajectId: id }, s.now());
      console.log(`[retentie] traject ${id} verwijderd na ${retentieDagen} dagen`);
    }
  };
  try {
    ronde();
  } catch (err) {
    console.error('[retentie] mislukt:', err);
  }
  const timer = setInterval(() => {
    try {
      ronde();
    } catch (err) {
      console.error('[retentie] mislukt:', err);
    }
  }, ZES_UUR);
  timer.unref();
  return () => clearInterval(timer);
}
