import { and, eq, gt, lt } from 'drizzle-orm';
import type { Db } from './client';
import { begeleiders, sessies, trajectBegeleiders, uitnodigingen } from './schema';

export interface Begeleider {
  id: string;
  naam: string;
  email: string;
}

const SESSIE_MS = 30 * 24 * 3600 * 1000;

export function aantalBegeleiders(db: Db): number {
  return (db.$client.prepare('SELECT count(*) AS n FROM begeleiders').get() as { n: number }).n;
}

export function maakBegeleider(db: Db, b: Begeleider & { wachtwoordHash: string }, now: number): void {
  db.insert(begeleiders).values({ ...b, aangemaakt: now }).run();
}

export function begeleiderMetEmail(db: Db, email: string) {
  return db.select().from(begeleiders).where(eq(begeleiders.email, email)).get() ?? null;
}

export function maakSessie(db: Db, tokenHash: string, begeleiderId: string, now: number): void {
  db.delete(sessies).where(lt(sessies.verloopt, now)).run();
  db.insert(sessies).values({ tokenHash, begeleiderId, aangemaakt: now, verloopt: now + SESSIE_MS }).run();
}

export function beeindigSessie(db: Db, tokenHash: string): void {
  db.delete(sessies).where(eq(sessies.tokenHash, tokenHash)).run();
}

export function begeleiderVanSessie(db: Db, tokenHash: string, now: number): Begeleider | null {
  const rij = db
    .select({ id: begeleiders.id, naam: begeleiders.naam, email: begeleiders.email })
    .from(sessies)
    .innerJoin(begeleiders, eq(begeleiders.id, sessies.begeleiderId))
    .where(and(eq(sessies.tokenHash, tokenHash), gt(sessies.verloopt, now)))
    .get();
  return rij ?? null;
}

export function isBegeleiderVan(db: Db, begeleiderId: string, trajectId: string): boolean {
  return !!db
    .select()
    .from(trajectBegeleiders)
    .where(and(eq(trajectBegeleiders.trajectId, trajectId), eq(trajectBegeleiders.begeleiderId, begeleiderId)))
    .get();
}

export function maakUitnodiging(db: Db, tokenHash: string, trajectId: string, doorBegeleiderId: string, verloopt: number) {
  db.insert(uitnodigingen).values({ tokenHash, trajectId, doorBegeleiderId, verloopt }).run();
}

export function geldigeUitnodiging(db: Db, tokenHash: string, now: number) {
  const u = db.select().from(uitnodigingen).where(eq(uitnodigingen.tokenHash, tokenHash)).get();
  if (!u || u.gebruiktOp !== null || u.verloopt < now) return null;
  return u;
}

/** Marks the invitation used and adds the co-facilitator, in one transaction. */
export function gebruikUitnodiging(db: Db, tokenHash: string, begeleiderId: string, trajectId: string, now: number) {
  db.transaction((tx) => {
    tx.update(uitnodigingen).set({ gebruiktOp: now }).where(eq(uitnodigingen.tokenHash, tokenHash)).run();
    tx.insert(trajectBegeleiders).values({ trajectId, begeleiderId }).onConflictDoNothing().run();
  });
}
