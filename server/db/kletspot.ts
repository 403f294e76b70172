import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './client';
import { bijeenkomsten, kletspot } from './schema';

export type KletsvraagRij = typeof kletspot.$inferSelect;

/** Drops a question in the pot. The row holds no trace of who asked (see the table's comment). */
export function doeInKletspot(db: Db, v: { id: string; trajectId: string; vraag: string; dag: string }): void {
  db.insert(kletspot).values({ ...v, status: 'open', getrokkenIn: null, bestemming: null }).run();
}

export function aantalOpen(db: Db, trajectId: string): number {
  const r = db
    .select({ n: count() })
    .from(kletspot)
    .where(and(eq(kletspot.trajectId, trajectId), eq(kletspot.status, 'open')))
    .get();
  return r?.n ?? 0;
}

/** The ids of the questions still in the pot; their text stays on the server until one is drawn. */
export function openIds(db: Db, trajectId: string): string[] {
  return db
    .select({ id: kletspot.id })
    .from(kletspot)
    .where(and(eq(kletspot.trajectId, trajectId), eq(kletspot.status, 'open')))
    .orderBy(asc(kletspot.id))
    .all()
    .map((r) => r.id);
}

export function kletsvraagMetId(db: Db, id: string): KletsvraagRij | null {
  return db.select().from(kletspot).where(eq(kletspot.id, id)).get() ?? null;
}

/** Marks an open question drawn in this bijeenkomst; false when someone drew it first. */
export function markeerGetrokken(db: Db, id: string, bijeenkomstId: string): boolean {
  return (
    db
      .update(kletspot)
      .set({ status: 'getrokken', getrokkenIn: bijeenkomstId })
      .where(and(eq(kletspot.id, id), eq(kletspot.status, 'open')))
      .run().changes > 0
  );
}

export function zetBestemming(db: Db, id: string, bestemming: 'agenda' | 'ontwikkelpunt'): void {
  db.update(kletspot).set({ bestemming }).where(eq(kletspot.id, id)).run();
}

/** The drawn questions of a traject with the number of the bijeenkomst they were drawn in. */
export function getrokkenVan(db: Db, trajectId: string) {
  return db
    .select({
      id: kletspot.id,
      vraag: kletspot.vraag,
      dag: kletspot.dag,
      bijeenkomstId: kletspot.getrokkenIn,
      nummer: bijeenkomsten.nummer,
      bestemming: kletspot.bestemming,
    })
    .from(kletspot)
    .leftJoin(bijeenkomsten, eq(bijeenkomsten.id, kletspot.getrokkenIn))
    .where(and(eq(kletspot.trajectId, trajectId), eq(kletspot.status, 'getrokken')))
    .orderBy(asc(bijeenkomsten.nummer), asc(kletspot.dag))
    .all();
}

/** The questions drawn in one bijeenkomst (for its verslag). */
export function getrokkenIn(db: Db, bijeenkomstId: string): KletsvraagRij[] {
  return db.select().from(kletspot).where(eq(kletspot.getrokkenIn, bijeenkomstId)).orderBy(asc(kletspot.dag), asc(kletspot.id)).all();
}
