import { and, asc, eq, or, sql } from 'drizzle-orm';
import type { Db } from './client';
import { begeleiders, bijeenkomsten, deelnemers, trajectBegeleiders, trajecten } from './schema';

export type TrajectRij = typeof trajecten.$inferSelect;
export type DeelnemerRij = typeof deelnemers.$inferSelect;

export function maakTraject(db: Db, t: typeof trajecten.$inferInsert, begeleiderId: string): void {
  db.transaction((tx) => {
    tx.insert(trajecten).values(t).run();
    tx.insert(trajectBegeleiders).values({ trajectId: t.id, begeleiderId }).run();
  });
}

export function trajectMetId(db: Db, id: string): TrajectRij | null {
  return db.select().from(trajecten).where(eq(trajecten.id, id)).get() ?? null;
}

export function trajectenVanBegeleider(db: Db, begeleiderId: string) {
  return db
    .select({
      id: trajecten.id,
      type: trajecten.type,
      titel: trajecten.titel,
      thema: trajecten.thema,
      einddatum: trajecten.einddatum,
      aantalBijeenkomsten: sql<number>`(SELECT count(*) FROM bijeenkomsten b WHERE b.traject_id = ${trajecten.id})`,
      aantalDeelnemers: sql<number>`(SELECT count(*) FROM deelnemers d WHERE d.traject_id = ${trajecten.id} AND d.soort = 'deelnemer')`,
    })
    .from(trajecten)
    .innerJoin(trajectBegeleiders, eq(trajectBegeleiders.trajectId, trajecten.id))
    .where(eq(trajectBegeleiders.begeleiderId, begeleiderId))
    .orderBy(asc(trajecten.aangemaakt))
    .all();
}

export function wijzigTraject(db: Db, id: string, velden: Partial<typeof trajecten.$inferInsert>): void {
  if (Object.keys(velden).length === 0) return;
  db.update(trajecten).set(velden).where(eq(trajecten.id, id)).run();
}

/** Deletes the traject with everything under it, its Yjs rooms included. */
export function verwijderTraject(db: Db, id: string): void {
  db.transaction((tx) => {
    const kamers = tx.select({ id: bijeenkomsten.id }).from(bijeenkomsten).where(eq(bijeenkomsten.trajectId, id)).all();
    const rooms = [`traject:${id}`, ...kamers.map((k) => `bijeenkomst:${k.id}`)];
    for (const room of rooms) {
      tx.run(sql`DELETE FROM yjs_updates WHERE room = ${room}`);
      tx.run(sql`DELETE FROM yjs_snapshots WHERE room = ${room}`);
    }
    tx.run(sql`DELETE FROM aanwezigheid WHERE bijeenkomst_id IN (SELECT id FROM bijeenkomsten WHERE traject_id = ${id})`);
    // The audit trail of a deleted traject goes too; the caller records the deletion itself.
    tx.run(sql`DELETE FROM audit WHERE details LIKE ${`%"trajectId":"${id}"%`}`);
    tx.delete(trajecten).where(eq(trajecten.id, id)).run();
  });
  // Old page versions in the WAL would still hold the content: fold and empty it.
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
}

/** The traject a join or observer link belongs to, and which of the two it is. */
export function trajectMetToken(db: Db, token: string): { traject: TrajectRij; soort: 'deelnemer' | 'waarnemer' } | null {
  const t = db
    .select()
    .from(trajecten)
    .where(or(eq(trajecten.joinToken, token), eq(trajecten.waarnemerToken, token)))
    .get();
  if (!t) return null;
  return { traject: t, soort: t.joinToken === token ? 'deelnemer' : 'waarnemer' };
}

export function begeleidersVan(db: Db, trajectId: string) {
  return db
    .select({ id: begeleiders.id, naam: begeleiders.naam })
    .from(trajectBegeleiders)
    .innerJoin(begeleiders, eq(begeleiders.id, trajectBegeleiders.begeleiderId))
    .where(eq(trajectBegeleiders.trajectId, trajectId))
    .all();
}

export function deelnemersVan(db: Db, trajectId: string): DeelnemerRij[] {
  return db.select().from(deelnemers).where(eq(deelnemers.trajectId, trajectId)).orderBy(asc(deelnemers.aangemaakt)).all();
}

export function maakDeelnemer(db: Db, d: typeof deelnemers.$inferInsert): void {
  db.insert(deelnemers).values(d).run();
}

export function deelnemerVan(db: Db, trajectId: string, id: string): DeelnemerRij | null {
  return db.select().from(deelnemers).where(and(eq(deelnemers.id, id), eq(deelnemers.trajectId, trajectId))).get() ?? null;
}

export function alleTrajectIds(db: Db): string[] {
  return db.select({ id: trajecten.id }).from(trajecten).all().map((r) => r.id);
}
