import { and, count, eq, gt, lt } from 'drizzle-orm';
import { atomair, eerste, type Db } from './client';
import { begeleiders, sessies, trajectBegeleiders, uitnodigingen } from './schema';

export interface Begeleider {
  id: string;
  naam: string;
  email: string;
}

const SESSIE_MS = 30 * 24 * 3600 * 1000;

export async function aantalBegeleiders(db: Db): Promise<number> {
  return (await eerste(db.select({ n: count() }).from(begeleiders)))?.n ?? 0;
}

export async function maakBegeleider(db: Db, b: Begeleider & { wachtwoordHash: string }, now: number): Promise<void> {
  await db.insert(begeleiders).values({ ...b, aangemaakt: now });
}

export function begeleiderMetEmail(db: Db, email: string) {
  return eerste(db.select().from(begeleiders).where(eq(begeleiders.email, email)));
}

export async function maakSessie(db: Db, tokenHash: string, begeleiderId: string, now: number): Promise<void> {
  await db.delete(sessies).where(lt(sessies.verloopt, now));
  await db.insert(sessies).values({ tokenHash, begeleiderId, aangemaakt: now, verloopt: now + SESSIE_MS });
}

export async function beeindigSessie(db: Db, tokenHash: string): Promise<void> {
  await db.delete(sessies).where(eq(sessies.tokenHash, tokenHash));
}

export function begeleiderVanSessie(db: Db, tokenHash: string, now: number): Promise<Begeleider | null> {
  return eerste(
    db
    .select({ id: begeleiders.id, naam: begeleiders.naam, email: begeleiders.email })
    .from(sessies)
    .innerJoin(begeleiders, eq(begeleiders.id, sessies.begeleiderId))
    .where(and(eq(sessies.tokenHash, tokenHash), gt(sessies.verloopt, now))),
  );
}

export async function isBegeleiderVan(db: Db, begeleiderId: string, trajectId: string): Promise<boolean> {
  return !!(await eerste(
    db
      .select()
      .from(trajectBegeleiders)
      .where(and(eq(trajectBegeleiders.trajectId, trajectId), eq(trajectBegeleiders.begeleiderId, begeleiderId))),
  ));
}

export async function maakUitnodiging(db: Db, tokenHash: string, trajectId: string, doorBegeleiderId: string, verloopt: number) {
  await db.insert(uitnodigingen).values({ tokenHash, trajectId, doorBegeleiderId, verloopt });
}

export async function geldigeUitnodiging(db: Db, tokenHash: string, now: number) {
  const u = await eerste(db.select().from(uitnodigingen).where(eq(uitnodigingen.tokenHash, tokenHash)));
  if (!u || u.gebruiktOp !== null || u.verloopt < now) return null;
  return u;
}

/** Marks the invitation used and adds the co-facilitator, in one transaction. */
export function gebruikUitnodiging(db: Db, tokenHash: string, begeleiderId: string, trajectId: string, now: number) {
  return atomair(db, async (tx) => {
    await tx.update(uitnodigingen).set({ gebruiktOp: now }).where(eq(uitnodigingen.tokenHash, tokenHash));
    await tx.insert(trajectBegeleiders).values({ trajectId, begeleiderId }).onConflictDoNothing();
  });
}
