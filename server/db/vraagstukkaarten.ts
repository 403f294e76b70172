import { and, asc, eq } from 'drizzle-orm';
import type { Db } from './client';
import { vraagstukkaarten } from './schema';

export type VraagstukkaartRij = typeof vraagstukkaarten.$inferSelect;
type Velden = { probleem: string; waarom: string; doel: string };

export function kaartenVan(db: Db, trajectId: string): VraagstukkaartRij[] {
  return db.select().from(vraagstukkaarten).where(eq(vraagstukkaarten.trajectId, trajectId)).orderBy(asc(vraagstukkaarten.aangemaakt)).all();
}

export function kaartMetId(db: Db, id: string): VraagstukkaartRij | null {
  return db.select().from(vraagstukkaarten).where(eq(vraagstukkaarten.id, id)).get() ?? null;
}

export function kaartVanPersoon(db: Db, trajectId: string, persoonId: string): VraagstukkaartRij | null {
  return (
    db
      .select()
      .from(vraagstukkaarten)
      .where(and(eq(vraagstukkaarten.trajectId, trajectId), eq(vraagstukkaarten.persoonId, persoonId)))
      .get() ?? null
  );
}

/** Creates the owner's card, or replaces its texts when it exists (one card per participant per traject). */
export function zetKaart(db: Db, k: { id: string; trajectId: string; persoonId: string; now: number } & Velden): VraagstukkaartRij {
  const { id, trajectId, persoonId, now, ...velden } = k;
  db.insert(vraagstukkaarten)
    .values({ id, trajectId, persoonId, ...velden, aangemaakt: now, bijgewerkt: now })
    .onConflictDoUpdate({ target: [vraagstukkaarten.trajectId, vraagstukkaarten.persoonId], set: { ...velden, bijgewerkt: now } })
    .run();
  const rij = kaartVanPersoon(db, trajectId, persoonId);
  if (!rij) throw new Error('vraagstukkaart verdwenen na opslaan');
  return rij;
}

/** Changes some texts of a card. The caller has checked that the writer owns it. */
export function wijzigKaart(db: Db, id: string, velden: Partial<Velden>, now: number): void {
  db.update(vraagstukkaarten).set({ ...velden, bijgewerkt: now }).where(eq(vraagstukkaarten.id, id)).run();
}

/** New cards for participants who have none yet, in one transaction; existing cards are left alone. */
export function maakKaartenAls(db: Db, kaarten: readonly ({ id: string; trajectId: string; persoonId: string } & Velden)[], now: number): number {
  let n = 0;
  db.transaction((tx) => {
    for (const k of kaarten) {
      const r = tx
        .insert(vraagstukkaarten)
        .values({ ...k, aangemaakt: now, bijgewerkt: now })
        .onConflictDoNothing()
        .run();
      n += r.changes;
    }
  });
  return n;
}
