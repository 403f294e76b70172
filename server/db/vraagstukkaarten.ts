import { and, asc, eq } from 'drizzle-orm';
import { atomair, eerste, type Db } from './client';
import { vraagstukkaarten } from './schema';

export type VraagstukkaartRij = typeof vraagstukkaarten.$inferSelect;
type Velden = { probleem: string; waarom: string; doel: string };

export async function kaartenVan(db: Db, trajectId: string): Promise<VraagstukkaartRij[]> {
  return db.select().from(vraagstukkaarten).where(eq(vraagstukkaarten.trajectId, trajectId)).orderBy(asc(vraagstukkaarten.aangemaakt));
}

export function kaartMetId(db: Db, id: string): Promise<VraagstukkaartRij | null> {
  return eerste(db.select().from(vraagstukkaarten).where(eq(vraagstukkaarten.id, id)));
}

export function kaartVanPersoon(db: Db, trajectId: string, persoonId: string): Promise<VraagstukkaartRij | null> {
  return eerste(
    db
      .select()
      .from(vraagstukkaarten)
      .where(and(eq(vraagstukkaarten.trajectId, trajectId), eq(vraagstukkaarten.persoonId, persoonId))),
  );
}

/** Creates the owner's card, or replaces its texts when it exists (one card per participant per traject). */
export async function zetKaart(db: Db, k: { id: string; trajectId: string; persoonId: string; now: number } & Velden): Promise<VraagstukkaartRij> {
  const { id, trajectId, persoonId, now, ...velden } = k;
  await db
    .insert(vraagstukkaarten)
    .values({ id, trajectId, persoonId, ...velden, aangemaakt: now, bijgewerkt: now })
    .onConflictDoUpdate({ target: [vraagstukkaarten.trajectId, vraagstukkaarten.persoonId], set: { ...velden, bijgewerkt: now } });
  const rij = await kaartVanPersoon(db, trajectId, persoonId);
  if (!rij) throw new Error('vraagstukkaart verdwenen na opslaan');
  return rij;
}

/** Changes some texts of a card. The caller has checked that the writer owns it. */
export async function wijzigKaart(db: Db, id: string, velden: Partial<Velden>, now: number): Promise<void> {
  await db.update(vraagstukkaarten).set({ ...velden, bijgewerkt: now }).where(eq(vraagstukkaarten.id, id));
}

/** New cards for participants who have none yet, in one transaction; existing cards are left alone. */
export function maakKaartenAls(db: Db, kaarten: readonly ({ id: string; trajectId: string; persoonId: string } & Velden)[], now: number): Promise<number> {
  return atomair(db, async (tx) => {
    let n = 0;
    for (const k of kaarten) {
      const r = await tx
        .insert(vraagstukkaarten)
        .values({ ...k, aangemaakt: now, bijgewerkt: now })
        .onConflictDoNothing()
        .returning({ id: vraagstukkaarten.id });
      n += r.length;
    }
    return n;
  });
}
