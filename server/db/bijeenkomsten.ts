import { asc, eq, sql } from 'drizzle-orm';
import { atomair, eerste, voerUit, type Db } from './client';
import { aanwezigheid, bijeenkomsten, kamers } from './schema';

export type BijeenkomstRij = typeof bijeenkomsten.$inferSelect;

/** Adds a bijeenkomst; its nummer follows the date order of the series. */
export function maakBijeenkomst(db: Db, b: Omit<typeof bijeenkomsten.$inferInsert, 'nummer'>): Promise<void> {
  return atomair(db, async (tx) => {
    await tx.insert(bijeenkomsten).values({ ...b, nummer: 0 });
    await hernummer(tx, b.trajectId);
  });
}

/** Numbers follow the dates: bijeenkomst 1 is the earliest. */
async function hernummer(db: Db, trajectId: string) {
  // On PostgreSQL two renumberings of one series take turns (the traject's row is the lock), so they cannot deadlock.
  if (db.$leerbord.dialect === 'pg') await voerUit(db, sql`SELECT id FROM trajecten WHERE id = ${trajectId} FOR UPDATE`);
  const alle = await db
    .select({ id: bijeenkomsten.id })
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.trajectId, trajectId))
    .orderBy(asc(bijeenkomsten.datum), asc(bijeenkomsten.aangemaakt));
  for (const [i, b] of alle.entries()) await db.update(bijeenkomsten).set({ nummer: i + 1 }).where(eq(bijeenkomsten.id, b.id));
}

export function bijeenkomstMetId(db: Db, id: string): Promise<BijeenkomstRij | null> {
  return eerste(db.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)));
}

export async function bijeenkomstenVan(db: Db, trajectId: string): Promise<BijeenkomstRij[]> {
  return db.select().from(bijeenkomsten).where(eq(bijeenkomsten.trajectId, trajectId)).orderBy(asc(bijeenkomsten.nummer));
}

export async function wijzigBijeenkomst(db: Db, id: string, trajectId: string, velden: Partial<typeof bijeenkomsten.$inferInsert>): Promise<void> {
  if (Object.keys(velden).length === 0) return;
  await atomair(db, async (tx) => {
    await tx.update(bijeenkomsten).set(velden).where(eq(bijeenkomsten.id, id));
    if (velden.datum !== undefined) await hernummer(tx, trajectId);
  });
}

export async function leesKamerJson(db: Db, bijeenkomstId: string): Promise<{ toestand: unknown; versie: number } | null> {
  const rij = await eerste(db.select().from(kamers).where(eq(kamers.bijeenkomstId, bijeenkomstId)));
  if (!rij) return null;
  try {
    return { toestand: JSON.parse(rij.toestand), versie: rij.versie };
  } catch {
    return null;
  }
}

/**
 * Stores the room's state as version `versie`, but only if the stored one is
 * still `versie - 1` (or absent): two nodes deciding on the same room at once
 * cannot both win. False when another write came first; the caller reloads
 * and decides again.
 */
export async function bewaarKamer(db: Db, bijeenkomstId: string, toestand: unknown, versie: number): Promise<boolean> {
  const json = JSON.stringify(toestand);
  const rijen = await db
    .insert(kamers)
    .values({ bijeenkomstId, toestand: json, versie })
    .onConflictDoUpdate({ target: kamers.bijeenkomstId, set: { toestand: json, versie }, setWhere: sql`${kamers.versie} = ${versie - 1}` })
    .returning({ versie: kamers.versie });
  return rijen.length > 0;
}

export async function noteerAanwezig(db: Db, bijeenkomstId: string, persoonId: string, now: number): Promise<void> {
  await db.insert(aanwezigheid).values({ bijeenkomstId, persoonId, eersteOp: now }).onConflictDoNothing();
}

export async function aanwezigIds(db: Db, bijeenkomstId: string): Promise<string[]> {
  const rijen = await db
    .select({ id: aanwezigheid.persoonId })
    .from(aanwezigheid)
    .where(eq(aanwezigheid.bijeenkomstId, bijeenkomstId))
    .orderBy(asc(aanwezigheid.eersteOp));
  return rijen.map((r) => r.id);
}

export function vorigeAfgeslotenMetVerslag(db: Db, trajectId: string, voorNummer: number): Promise<BijeenkomstRij | null> {
  return eerste(
    db
      .select()
      .from(bijeenkomsten)
      .where(sql`${bijeenkomsten.trajectId} = ${trajectId} AND ${bijeenkomsten.nummer} < ${voorNummer} AND ${bijeenkomsten.status} = 'afgesloten'`)
      .orderBy(sql`${bijeenkomsten.nummer} DESC`)
      .limit(1),
  );
}
