import { asc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { bijeenkomsten, nulmetingen } from './schema';

export type NulmetingRij = typeof nulmetingen.$inferSelect & { nummer: number; datum: string };

/** Every kept nulmeting of a traject with its bijeenkomst's number and date, oldest bijeenkomst first. */
export async function nulmetingenVan(db: Db, trajectId: string): Promise<NulmetingRij[]> {
  return db
    .select({
      id: nulmetingen.id,
      trajectId: nulmetingen.trajectId,
      bijeenkomstId: nulmetingen.bijeenkomstId,
      rondeId: nulmetingen.rondeId,
      antwoorden: nulmetingen.antwoorden,
      bewaardOp: nulmetingen.bewaardOp,
      nummer: bijeenkomsten.nummer,
      datum: bijeenkomsten.datum,
    })
    .from(nulmetingen)
    .innerJoin(bijeenkomsten, eq(bijeenkomsten.id, nulmetingen.bijeenkomstId))
    .where(eq(nulmetingen.trajectId, trajectId))
    .orderBy(asc(bijeenkomsten.nummer), asc(nulmetingen.bewaardOp));
}

/** Keeps a revealed round's result once; a second call for the same round changes nothing. */
export async function bewaarNulmeting(db: Db, n: typeof nulmetingen.$inferInsert): Promise<boolean> {
  const rijen = await db.insert(nulmetingen).values(n).onConflictDoNothing({ target: nulmetingen.rondeId }).returning({ id: nulmetingen.id });
  return rijen.length > 0;
}
