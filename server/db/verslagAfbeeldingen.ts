import { and, eq } from 'drizzle-orm';
import type { AfbeeldingNaam, VerslagAfbeelding } from '../../lib/verslag/afbeelding';
import type { Db } from './client';
import { verslagAfbeeldingen } from './schema';

/** Every image of a bijeenkomst's verslag, by name, for the renderers. */
export function afbeeldingenVan(db: Db, bijeenkomstId: string): Map<AfbeeldingNaam, VerslagAfbeelding> {
  const rijen = db.select().from(verslagAfbeeldingen).where(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId)).all();
  return new Map(rijen.map((r) => [r.naam, { png: new Uint8Array(r.png), breedte: r.breedte, hoogte: r.hoogte }]));
}

/** One image, or null. */
export function afbeeldingVan(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam): VerslagAfbeelding | null {
  const r = db
    .select()
    .from(verslagAfbeeldingen)
    .where(and(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId), eq(verslagAfbeeldingen.naam, naam)))
    .get();
  return r ? { png: new Uint8Array(r.png), breedte: r.breedte, hoogte: r.hoogte } : null;
}

/** Stores an image, replacing the one of that name. */
export function bewaarAfbeelding(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam, a: VerslagAfbeelding, op: number): void {
  const waarden = { png: Buffer.from(a.png.buffer, a.png.byteOffset, a.png.byteLength), breedte: a.breedte, hoogte: a.hoogte, bijgewerkt: op };
  db.insert(verslagAfbeeldingen)
    .values({ bijeenkomstId, naam, ...waarden })
    .onConflictDoUpdate({ target: [verslagAfbeeldingen.bijeenkomstId, verslagAfbeeldingen.naam], set: waarden })
    .run();
}

/** Removes an image; true when there was one. */
export function verwijderAfbeelding(db: Db, bijeenkomstId: string, naam: AfbeeldingNaam): boolean {
  return (
    db
      .delete(verslagAfbeeldingen)
      .where(and(eq(verslagAfbeeldingen.bijeenkomstId, bijeenkomstId), eq(verslagAfbeeldingen.naam, naam)))
      .run().changes > 0
  );
}
