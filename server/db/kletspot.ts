import { and, asc, count, eq } from 'drizzle-orm';
import { eerste, type Db } from './client';
import { bijeenkomsten, kletspot } from './schema';

export type KletsvraagRij = typeof kletspot.$inferSelect;

/** Drops a question in the pot. The row holds no trace of who asked (see the table's comment). */
export async function doeInKletspot(db: Db, v: { id: string; trajectId: string; vraag: string; dag: string }): Promise<void> {
  await db.insert(kletspot).values({ ...v, status: 'open', getrokkenIn: null, bestemming: null });
}

export async function aantalOpen(db: Db, trajectId: string): Promise<number> {
  const r = await eerste(
    db
      .select({ n: count() })
      .from(kletspot)
      .where(and(eq(kletspot.trajectId, trajectId), eq(kletspot.status, 'open'))),
  );
  return r?.n ?? 0;
}

/** The ids of the questions still in the pot; their text stays on the server until one is drawn. */
export async function openIds(db: Db, trajectId: string): Promise<string[]> {
  const rijen = await db
    .select({ id: kletspot.id })
    .from(kletspot)
    .where(and(eq(kletspot.trajectId, trajectId), eq(kletspot.status, 'open')))
    .orderBy(asc(kletspot.id));
  return rijen.map((r) => r.id);
}

export function kletsvraagMetId(db: Db, id: string): Promise<KletsvraagRij | null> {
  return eerste(db.select().from(kletspot).where(eq(kletspot.id, id)));
}

/** Marks an open question drawn in this bijeenkomst; false when someone drew it first. */
export async function markeerGetrokken(db: Db, id: string, bijeenkomstId: string): Promise<boolean> {
  const rijen = await db
    .update(kletspot)
    .set({ status: 'getrokken', getrokkenIn: bijeenkomstId })
    .where(and(eq(kletspot.id, id), eq(kletspot.status, 'open')))
    .returning({ id: kletspot.id });
  return rijen.length > 0;
}

export async function zetBestemming(db: Db, id: string, bestemming: 'agenda' | 'ontwikkelpunt'): Promise<void> {
  await db.update(kletspot).set({ bestemming }).where(eq(kletspot.id, id));
}

/** The drawn questions of a traject with the number of the bijeenkomst they were drawn in. */
export async function getrokkenVan(db: Db, trajectId: string) {
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
    .orderBy(asc(bijeenkomsten.nummer), asc(kletspot.dag));
}

/** The questions drawn in one bijeenkomst (for its verslag). */
export async function getrokkenIn(db: Db, bijeenkomstId: string): Promise<KletsvraagRij[]> {
  return db.select().from(kletspot).where(eq(kletspot.getrokkenIn, bijeenkomstId)).orderBy(asc(kletspot.dag), asc(kletspot.id));
}
