import { and, eq } from 'drizzle-orm';
import type { AfbeeldingNaam, VerslagAfbeelding } from '../../lib/verslag/afbeelding';
import { eerste, type Db } from './client';
import { verslagAfbeeldingen } from './schema';

/** Every image of a bijeenkomst's verslag, by name, for the renderers. */
export async function afbeeldingenVan(db: Db, bijeenkomstId: string): Promise<Map<AfbeeldingNaam, VerslagAfbeelding>> {
  const rijen = await db.select().from(verslagAfbeeldingen).where(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId));
  return new Map(rijen.map((r) => [r.naam, { png: new Uint8Array(r.png), breedte: r.breedte, hoogte: r.hoogte }]));
}

/** One image, or null. */
export async function afbeeldingVan(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam): Promise<VerslagAfbeelding | null> {
  const r = await eerste(
    db
      .select()
      .from(verslagAfbeeldingen)
      .where(and(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId), eq(verslagAfbeeldingen.naam, naam))),
  );
  return r ? { png: new Uint8Array(r.png), breedte: r.breedte, hoogte: r.hoogte } : null;
}

/** Stores an image, replacing the one of that name. */
export async function bewaarAfbeelding(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam, a: VerslagAfbeelding, op: number): Promise<void> {
  const waarden = { png: Buffer.from(a.png.buffer, a.png.byteOffset, a.png.byteLength), breedte: a.breedte, hoogte: a.hoogte, bijgewerkt: op };
  await db
    .insert(verslagAfbeeldingen)
    .values({ bijeenkomstId, naam, ...waarden })
    .onConflictDoUpdate({ target: [verslagAfbeeldingen.bijeenkomstId, verslagAfbeeldingen.naam], set: waarden });
}

/** Removes an image; true when there was one. */
export async function verwijderAfbeelding(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam): Promise<boolean> {
  const rijen = await db
    .delete(verslagAfbeeldingen)
    .where(and(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId), eq(verslagAfbeeldingen.naam, naam)))
    .returning({ naam: verslagAfbeeldingen.naam });
  return rijen.length > 0;
}
