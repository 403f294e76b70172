import type { TrajectType } from '../protocol';

/** Seed 002: a leernetwerk has at least 6 bijeenkomsten, a werkplaats at most 8. */
export const MIN_LEERNETWERK = 6;
export const MAX_WERKPLAATS = 8;
export const STANDAARD_AANTAL: Record<TrajectType, number> = { leernetwerk: 6, werkplaats: 6 };
/** Default rhythm of a series: every four weeks. */
export const INTERVAL_DAGEN = 28;

export interface PlanningInput {
  type: TrajectType;
  /** The einddoel's date, YYYY-MM-DD. */
  einddatum: string | null;
  geplandAantal: number | null;
  /** Dates (YYYY-MM-DD) of the bijeenkomsten already planned. */
  bestaand: readonly string[];
  /** Today, YYYY-MM-DD (from the caller: lib has no clock). */
  vandaag: string;
}

export interface Planning {
  geplandAantal: number;
  /** Suggested dates for the bijeenkomsten not planned yet, earliest first. */
  voorstel: string[];
  waarschuwing: string | null;
}

/**
 * Plans a series backwards from the einddoel (seed 002: "plan terug vanaf het
 * einddoel"): the last bijeenkomst on the einddatum, the others every four
 * weeks before it, never in the past or before an existing one.
 */
export function planSerie(p: PlanningInput): Planning {
  const geplandAantal = Math.max(p.geplandAantal ?? STANDAARD_AANTAL[p.type], p.bestaand.length);
  const open = geplandAantal - p.bestaand.length;
  const laatsteBestaand = [...p.bestaand].sort().at(-1) ?? null;
  const voorstel: string[] = [];
  if (p.einddatum && open > 0) {
    for (let i = 0; i < open; i++) {
      const datum = plusDagen(p.einddatum, -INTERVAL_DAGEN * i);
      if (datum < p.vandaag || (laatsteBestaand && datum <= laatsteBestaand)) break;
      voorstel.unshift(datum);
    }
  }
  return { geplandAantal, voorstel, waarschuwing: waarschuwing(p.type, geplandAantal) };
}

export function waarschuwing(type: TrajectType, aantal: number): string | null {
  if (type === 'leernetwerk' && aantal < MIN_LEERNETWERK) {
    return `Een leernetwerk heeft minstens ${MIN_LEERNETWERK} bijeenkomsten nodig om te werken; er zijn er ${aantal} gepland.`;
  }
  if (type === 'werkplaats' && aantal > MAX_WERKPLAATS) {
    return `Een werkplaats houdt het bij hoogstens ${MAX_WERKPLAATS} bijeenkomsten; er zijn er ${aantal} gepland.`;
  }
  return null;
}

/** Adds days to a YYYY-MM-DD date, in UTC so no time zone shifts the day. */
export function plusDagen(datum: string, dagen: number): string {
  const [j, m, d] = datum.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(j, m - 1, d + dagen));
  return t.toISOString().slice(0, 10);
}
