import { verwijderOp } from '../lib/retentie/retentie';
import type { Services } from './services';
import { bijeenkomstenVan } from './db/bijeenkomsten';
import { alleTrajectIds } from './db/trajecten';
import { verwijderTrajectVolledig } from './verwijderen';
import { noteer } from './db/audit';

const ZES_UUR = 6 * 3600 * 1000;

/** The deletion date of a traject under RETENTION_DAYS, or null. */
export async function verwijderdatum(s: Services, trajectId: string, retentieDagen: number | null): Promise<number | null> {
  const alle = await bijeenkomstenVan(s.db, trajectId);
  const gesloten = alle.map((b) => b.afgeslotenOp).filter((x): x is number => x !== null);
  return verwijderOp({
    statussen: alle.map((b) => b.status),
    laatstAfgeslotenOp: gesloten.length ? Math.max(...gesloten) : null,
    retentieDagen,
  });
}

/** Deletes the trajecten whose retention has passed; runs at start and every six hours. */
export async function startRetentie(s: Services, retentieDagen: number | null): Promise<() => void> {
  if (!retentieDagen) return () => {};
  const ronde = async () => {
    for (const id of await alleTrajectIds(s.db)) {
      const op = await verwijderdatum(s, id, retentieDagen);
      if (op === null || op > s.now()) continue;
      await verwijderTrajectVolledig(s, id);
      await noteer(s.db, 'systeem', 'traject verwijderd (bewaartermijn)', { trajectId: id }, s.now());
      console.log(`[retentie] traject ${id} verwijderd na ${retentieDagen} dagen`);
    }
  };
  try {
    await ronde();
  } catch (err) {
    console.error('[retentie] mislukt:', err);
  }
  const timer = setInterval(async () => {
    try {
      await ronde();
    } catch (err) {
      console.error('[retentie] mislukt:', err);
    }
  }, ZES_UUR);
  timer.unref();
  return () => clearInterval(timer);
}
