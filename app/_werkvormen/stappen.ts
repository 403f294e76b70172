import { nl } from '../../lib/i18n/nl';
import type { Werkvorm } from '../../lib/protocol';

/** The named steps of each werkvorm view (empty: the werkvorm has no steps yet). */
export function stappenVan(werkvorm: Werkvorm): readonly string[] {
  switch (werkvorm) {
    case 'opening':
      return nl.opening.stappen;
    case 'vraagstuk':
    case 'nulmeting':
    case 'actieleren':
    case 'klantreis':
    case 'speerpunten':
    case 'vrij-bord':
    case 'afsluiting':
      return [];
    default:
      return assertNever(werkvorm);
  }
}

/** Name of a step, or null when the werkvorm has no such step. */
export function stapNaam(werkvorm: Werkvorm, stap: number): string | null {
  return stappenVan(werkvorm)[stap] ?? null;
}

function assertNever(x: never): never {
  throw new Error(`onbekende werkvorm: ${String(x)}`);
}
