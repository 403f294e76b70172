import { STANDAARD_MAX_SPEERPUNTEN, VEEL_TE_VEEL } from './schema';

/** How loudly to warn about the number of speerpunten (seed 002: "benoem speerpunten, maar niet te veel"). */
export type AantalWaarschuwing = 'geen' | 'boven-advies' | 'veel-te-veel';

export function aantalWaarschuwing(aantal: number, advies = STANDAARD_MAX_SPEERPUNTEN): AantalWaarschuwing {
  if (aantal > VEEL_TE_VEEL) return 'veel-te-veel';
  if (aantal > advies) return 'boven-advies';
  return 'geen';
}

/**
 * The id of the speerpunt made from an ontwikkelpunt. Deterministic, so two
 * people choosing the same item at once make one speerpunt, not two.
 */
export function speerpuntIdVoor(ontwikkelpuntId: string): string {
  return `sp-${ontwikkelpuntId}`.slice(0, 100);
}

/**
 * The acties ranked under a speerpunt: first in the stored order, then the
 * rest oldest first. Ids in the order that no longer exist are ignored.
 */
export function geordendeActies<T extends { id: string; aangemaakt: number }>(acties: readonly T[], volgorde: readonly string[]): T[] {
  const plaats = new Map(volgorde.map((id, i) => [id, i]));
  return [...acties].sort((a, b) => {
    const pa = plaats.get(a.id);
    const pb = plaats.get(b.id);
    if (pa !== undefined && pb !== undefined) return pa - pb;
    if (pa !== undefined) return -1;
    if (pb !== undefined) return 1;
    return a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id);
  });
}

/** The order after moving `id` one place up (-1) or down (+1) among `ids` (the current order). */
export function verschuifInVolgorde(ids: readonly string[], id: string, richting: -1 | 1): string[] {
  const i = ids.indexOf(id);
  const j = i + richting;
  if (i < 0 || j < 0 || j >= ids.length) return [...ids];
  const uit = [...ids];
  [uit[i], uit[j]] = [uit[j] as string, uit[i] as string];
  return uit;
}
