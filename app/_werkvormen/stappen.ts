import { nl } from '../../lib/i18n/nl';
import type { Werkvorm } from '../../lib/protocol';
import { geldigeStap } from '../../lib/werkvormen/actieleren/machine';
import { ACTIELEREN_STAPPEN } from '../../lib/werkvormen/actieleren/stappen';

const ACTIELEREN_NAMEN: readonly string[] = ACTIELEREN_STAPPEN.map((s) => s.naam);

/** The named steps of each werkvorm view (empty: the werkvorm has no steps yet). */
export function stappenVan(werkvorm: Werkvorm): readonly string[] {
  switch (werkvorm) {
    case 'opening':
      return nl.opening.stappen;
    case 'actieleren':
      return ACTIELEREN_NAMEN;
    case 'afsluiting':
      return nl.afsluiting.stappen;
    case 'speerpunten':
      return nl.prioriteren.stappen;
    case 'vraagstuk':
      return nl.vraagstuk.vraagstuk.stappen;
    case 'nulmeting':
      return nl.vraagstuk.nulmeting.stappen;
    case 'klantreis':
    case 'vrij-bord':
      return [];
    default:
      return assertNever(werkvorm);
  }
}

/**
 * Name of a step, or null when the werkvorm has no such step. Actieleren
 * counts from 1 (seed 003); its step 0, where the control bar starts it, is step 1.
 */
export function stapNaam(werkvorm: Werkvorm, stap: number): string | null {
  const index = werkvorm === 'actieleren' ? geldigeStap(stap) - 1 : stap;
  return stappenVan(werkvorm)[index] ?? null;
}

function assertNever(x: never): never {
  throw new Error(`onbekende werkvorm: ${String(x)}`);
}
