import { and, asc, eq, or, sql } from 'drizzle-orm';
import { atomair, eerste, leegWal, voerUit, type Db } from './client';
import { begeleiders, bijeenkomsten, deelnemers, trajectBegeleiders, trajecten } from './schema';

export type TrajectRij = typeof trajecten.$inferSelect;
export type DeelnemerRij = typeof deelnemers.$inferSelect;

export function maakTraject(db: Db, t: typeof trajecten.$inferInsert, begeleiderId: string): Promise<void> {
  return atomair(db, async (tx) => {
    await tx.insert(trajecten).values(t);
    await tx.insert(trajectBegeleiders).values({ trajectId: t.id, begeleiderId });
  });
}

export function trajectMetId(db: Db, id: string): Promise<TrajectRij | null> {
  return eerste(db.select().from(trajecten).where(eq(trajecten.id, id)));
}

export async function trajectenVanBegeleider(db: Db, begeleiderId: string) {
  return db
    .select({
      id: trajecten.id,
      type: trajecten.type,
      titel: trajecten.titel,
      thema: trajecten.thema,
      einddatum: trajecten.einddatum,
      aantalBijeenkomsten: sql<number>`(SELECT count(*) FROM bijeenkomsten b WHERE b.traject_id = ${trajecten.id})`.mapWith(Number),
      aantalDeelnemers: sql<number>`(SELECT count(*) FROM deelnemers d WHERE d.traject_id = ${trajecten.id} AND d.soort = 'deelnemer')`.mapWith(Number),
    })
    .from(trajecten)
    .innerJoin(trajectBegeleiders, eq(trajectBegeleiders.trajectId, trajecten.id))
    .where(eq(trajectBegeleiders.begeleiderId, begeleiderId))
    .orderBy(asc(trajecten.aangemaakt));
}

export async function wijzigTraject(db: Db, id: string, velden: Partial<typeof trajecten.$inferInsert>): Promise<void> {
  if (Object.keys(velden).length === 0) return;
  await db.update(trajecten).set(velden).where(eq(trajecten.id, id));
}

/** Deletes the traject with everything under it, its Yjs rooms included. */
export async function verwijderTraject(db: Db, id: string): Promise<void> {
  await atomair(db, async (tx) => {
    const kamers = await tx.select({ id: bijeenkomsten.id }).from(bijeenkomsten).where(eq(bijeenkomsten.trajectId, id));
    const rooms = [`traject:${id}`, ...kamers.map((k) => `bijeenkomst:${k.id}`)];
    for (const room of rooms) {
      await voerUit(tx, sql`DELETE FROM yjs_updates WHERE room = ${room}`);
      await voerUit(tx, sql`DELETE FROM yjs_snapshots WHERE room = ${room}`);
    }
    await voerUit(tx, sql`DELETE FROM aanwezigheid WHERE bijeenkomst_id IN (SELECT id FROM bijeenkomsten WHERE traject_id = ${id})`);
    // The audit trail of a deleted traject goes too; the caller records the deletion itself.
    await voerUit(tx, sql`DELETE FROM audit WHERE details LIKE ${`%"trajectId":"${id}"%`}`);
    await tx.delete(trajecten).where(eq(trajecten.id, id));
  });
  // Old page versions in the WAL would still hold the content: fold and empty it.
  leegWal(db);
}

/** The traject a join or observer link belongs to, and which of the two it is. */
export async function trajectMetToken(db: Db, token: string): Promise<{ traject: TrajectRij; soort: 'deelnemer' | 'waarnemer' } | null> {
  const t = await eerste(db.select().from(trajecten).where(or(eq(trajecten.joinToken, token), eq(trajecten.waarnemerToken, token))));
  if (!t) return null;
  return { traject: t, soort: t.joinToken === token ? 'deelnemer' : 'waarnemer' };
}

export async function begeleidersVan(db: Db, trajectId: string) {
  return db
    .select({ id: begeleiders.id, naam: begeleiders.naam })
    .from(trajectBegeleiders)
    .innerJoin(begeleiders, eq(begeleiders.id, trajectBegeleiders.begeleiderId))
    .where(eq(trajectBegeleiders.trajectId, trajectId));
}

export async function deelnemersVan(db: Db, trajectId: string): Promise<DeelnemerRij[]> {
  return db.select().from(deelnemers).where(eq(deelnemers.trajectId, trajectId)).orderBy(asc(deelnemers.aangemaakt));
}

export async function maakDeelnemer(db: Db, d: typeof deelnemers.$inferInsert): Promise<void> {
  await db.insert(deelnemers).values(d);
}

export function deelnemerVan(db: Db, trajectId: string, id: string): Promise<DeelnemerRij | null> {
  return eerste(db.select().from(deelnemers).where(and(eq(deelnemers.id, id), eq(deelnemers.trajectId, trajectId))));
}

export async function alleTrajectIds(db: Db): Promise<string[]> {
  return (await db.select({ id: trajecten.id }).from(trajecten)).map((r) => r.id);
}
