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

/**
 * The step before (-1) or after (+1) `stap`, or null at either end and for
 * werkvormen without steps. Used by the control bar's step buttons and shortcuts.
 */
export function buurStap(werkvorm: Werkvorm, stap: number, richting: -1 | 1): number | null {
  const aantal = stappenVan(werkvorm).length;
  if (aantal === 0) return null;
  // Actieleren counts 1..n, the others 0..n-1.
  const eerste = werkvorm === 'actieleren' ? 1 : 0;
  const huidig = werkvorm === 'actieleren' ? geldigeStap(stap) : Math.min(Math.max(Math.trunc(stap), 0), aantal - 1);
  const volgende = huidig + richting;
  return volgende < eerste || volgende > eerste + aantal - 1 ? null : volgende;
}

function assertNever(x: never): never {
  throw new Error(`onbekende werkvorm: ${String(x)}`);
}
