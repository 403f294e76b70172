import { asc, eq, sql } from 'drizzle-orm';
import type { Db } from './client';
import { aanwezigheid, bijeenkomsten, kamers } from './schema';

export type BijeenkomstRij = typeof bijeenkomsten.$inferSelect;

/** Adds a bijeenkomst; its nummer follows the date order of the series. */
export function maakBijeenkomst(db: Db, b: Omit<typeof bijeenkomsten.$inferInsert, 'nummer'>): void {
  db.transaction((tx) => {
    tx.insert(bijeenkomsten).values({ ...b, nummer: 0 }).run();
    hernummer(tx as unknown as Db, b.trajectId);
  });
}

/** Numbers follow the dates: bijeenkomst 1 is the earliest. */
function hernummer(db: Db, trajectId: string) {
  const alle = db
    .select({ id: bijeenkomsten.id })
    .from(bijeenkomsten)
    .where(eq(bijeenkomsten.trajectId, trajectId))
    .orderBy(asc(bijeenkomsten.datum), asc(bijeenkomsten.aangemaakt))
    .all();
  alle.forEach((b, i) => db.update(bijeenkomsten).set({ nummer: i + 1 }).where(eq(bijeenkomsten.id, b.id)).run());
}

export function bijeenkomstMetId(db: Db, id: string): BijeenkomstRij | null {
  return db.select().from(bijeenkomsten).where(eq(bijeenkomsten.id, id)).get() ?? null;
}

export function bijeenkomstenVan(db: Db, trajectId: string): BijeenkomstRij[] {
  return db.select().from(bijeenkomsten).where(eq(bijeenkomsten.trajectId, trajectId)).orderBy(asc(bijeenkomsten.nummer)).all();
}

export function wijzigBijeenkomst(db: Db, id: string, trajectId: string, velden: Partial<typeof bijeenkomsten.$inferInsert>) {
  if (Object.keys(velden).length === 0) return;
  db.transaction((tx) => {
    tx.update(bijeenkomsten).set(velden).where(eq(bijeenkomsten.id, id)).run();
    if (velden.datum !== undefined) hernummer(tx as unknown as Db, trajectId);
  });
}

export function leesKamerJson(db: Db, bijeenkomstId: string): { toestand: unknown; versie: number } | null {
  const rij = db.select().from(kamers).where(eq(kamers.bijeenkomstId, bijeenkomstId)).get();
  if (!rij) return null;
  try {
    return { toestand: JSON.parse(rij.toestand), versie: rij.versie };
  } catch {
    return null;
  }
}

export function bewaarKamer(db: Db, bijeenkomstId: string, toestand: unknown, versie: number): void {
  const json = JSON.stringify(toestand);
  db.insert(kamers)
    .values({ bijeenkomstId, toestand: json, versie })
    .onConflictDoUpdate({ target: kamers.bijeenkomstId, set: { toestand: json, versie } })
    .run();
}

export function noteerAanwezig(db: Db, bijeenkomstId: string, persoonId: string, now: number): void {
  db.insert(aanwezigheid).values({ bijeenkomstId, persoonId, eersteOp: now }).onConflictDoNothing().run();
}

export function aanwezigIds(db: Db, bijeenkomstId: string): string[] {
  return db
    .select({ id: aanwezigheid.persoonId })
    .from(aanwezigheid)
    .where(eq(aanwezigheid.bijeenkomstId, bijeenkomstId))
    .orderBy(asc(aanwezigheid.eersteOp))
    .all()
    .map((r) => r.id);
}

export function vorigeAfgeslotenMetVerslag(db: Db, trajectId: string, voorNummer: number): BijeenkomstRij | null {
  return (
    db
      .select()
      .from(bijeenkomsten)
      .where(sql`${bijeenkomsten.trajectId} = ${trajectId} AND ${bijeenkomsten.nummer} < ${voorNummer} AND ${bijeenkomsten.status} = 'afgesloten'`)
      .orderBy(sql`${bijeenkomsten.nummer} DESC`)
      .get() ?? null
  );
}
