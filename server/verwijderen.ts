import type { Services } from './services';
import { bijeenkomstenVan } from './db/bijeenkomsten';
import { verwijderTraject } from './db/trajecten';

/** Deletes a traject with all its data and drops everyone still connected to its rooms. */
export function verwijderTrajectVolledig(s: Services, trajectId: string): void {
  const ids = bijeenkomstenVan(s.db, trajectId).map((b) => b.id);
  s.facilitatie.verwijderd(ids);
  for (const room of [`traject:${trajectId}`, ...ids.map((id) => `bijeenkomst:${id}`)]) s.rooms.evict(room, 'Dit traject is verwijderd.');
  verwijderTraject(s.db, trajectId);
}
