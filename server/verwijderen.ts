import type { Services } from './services';
import { bijeenkomstenVan } from './db/bijeenkomsten';
import { verwijderTraject } from './db/trajecten';

/** Deletes a traject with all its data and drops everyone still connected to its rooms, on every node. */
export async function verwijderTrajectVolledig(s: Services, trajectId: string): Promise<void> {
  const ids = (await bijeenkomstenVan(s.db, trajectId)).map((b) => b.id);
  const rooms = [`traject:${trajectId}`, ...ids.map((id) => `bijeenkomst:${id}`)];
  const reden = 'Dit traject is verwijderd.';
  s.cluster.verwijderd(rooms, ids, reden);
  await verwijderTraject(s.db, trajectId);
  // Whoever came back in while the rows were deleted is sent away again; nothing of theirs is kept.
  s.cluster.verwijderd(rooms, ids, reden);
}
