import type { PubliekeRonde } from '../protocol';

/** A revealed answer (`ronde:onthuld`); `auteur` and `naam` are empty in an anonymous round. */
export type Inzending = { readonly auteur: string; readonly naam: string; readonly tekst: string };

/** A private round, as far as one screen may know it. */
export type PriveFase =
  | { readonly soort: 'geen' }
  | { readonly soort: 'open'; readonly rondeId: string; readonly aantal: number }
  | { readonly soort: 'gesloten'; readonly rondeId: string; readonly aantal: number }
  /** Revealed, but the answers have not reached this screen yet. */
  | { readonly soort: 'onthullen'; readonly rondeId: string }
  | { readonly soort: 'onthuld'; readonly rondeId: string; readonly inzendingen: readonly Inzending[] };

/**
 * Where the private round `rondeId` stands: used by every werkvorm that keeps
 * its round's id in its settings (actieleren's answers, the Afsluiting's reflectie).
 */
export function priveFase(
  rondeId: string | null | undefined,
  rondes: readonly PubliekeRonde[],
  onthuld: Readonly<Record<string, readonly Inzending[]>>,
): PriveFase {
  const r = rondeId ? rondes.find((x) => x.id === rondeId) : undefined;
  if (!r || r.soort !== 'prive') return { soort: 'geen' };
  if (r.status === 'open') return { soort: 'open', rondeId: r.id, aantal: r.aantalInzendingen };
  if (r.status === 'gesloten') return { soort: 'gesloten', rondeId: r.id, aantal: r.aantalInzendingen };
  const inzendingen = onthuld[r.id];
  return inzendingen ? { soort: 'onthuld', rondeId: r.id, inzendingen } : { soort: 'onthullen', rondeId: r.id };
}

/** The facilitator's next move in a private round; what follows the reveal differs per werkvorm. */
export type PriveZet<Daarna> = { soort: 'start-ronde' } | { soort: 'onthul'; rondeId: string } | { soort: 'wacht-op-onthulling' } | Daarna;

export function priveZet<Daarna>(fase: PriveFase, naOnthulling: (rondeId: string) => Daarna): PriveZet<Daarna> {
  switch (fase.soort) {
    case 'geen':
      return { soort: 'start-ronde' };
    case 'open':
    case 'gesloten':
      return { soort: 'onthul', rondeId: fase.rondeId };
    case 'onthullen':
      return { soort: 'wacht-op-onthulling' };
    case 'onthuld':
      return naOnthulling(fase.rondeId);
  }
}
