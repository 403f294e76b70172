import type { VraagstukKeuze } from '../../sync/afsluiting';
import type { AfsluitingUitkomst } from '../../verslag/snapshot';
import type { Inzending } from '../rondeFase';

/** What the Afsluiting left on the board and in the room. */
export interface AfsluitingVerslagInvoer {
  /** Leernetwerk: personId → choice (bijeenkomst doc `afsluiting.vraagstukken`). */
  readonly keuzes: Readonly<Record<string, VraagstukKeuze>>;
  /** The reflectie round as revealed (only what authors chose to share); null when never revealed. */
  readonly reflecties: readonly Inzending[] | null;
  readonly naamVan: (persoonId: string) => string | null;
}

/**
 * What the Afsluiting contributes to the verslag (the `afsluiting` part of the
 * snapshot): per participant's vraagstuk whether they act on it or dig deeper,
 * and the shared reflections (without a name in an anonymous round). Its
 * acties and successen are on the traject's lists with `werkvorm: "afsluiting"`.
 */
export function afsluitingVerslag({ keuzes, reflecties, naamVan }: AfsluitingVerslagInvoer): AfsluitingUitkomst {
  const vraagstukken = Object.entries(keuzes)
    .map(([id, keuze]) => ({ naam: naamVan(id), keuze }))
    .filter((v): v is { naam: string; keuze: VraagstukKeuze } => v.naam !== null)
    .sort((a, b) => a.naam.localeCompare(b.naam, 'nl'));
  return {
    vraagstukken,
    reflecties: (reflecties ?? [])
      .filter((r) => r.tekst.trim())
      .map((r) => ({ naam: r.naam || null, tekst: r.tekst.trim().slice(0, 20_000) })),
  };
}
