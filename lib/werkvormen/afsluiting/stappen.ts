import type { TrajectType } from '../../protocol';

/**
 * The steps of the Afsluiting (DESIGN §3). Their index is stable (it is the
 * room's `stap`); the vraagstukken step exists in a leernetwerk only, where
 * every participant has a vraagstuk of their own.
 */
export const AFSLUITING_STAPPEN = ['acties', 'vraagstukken', 'volgende', 'reflectie'] as const;
export type AfsluitingStap = (typeof AFSLUITING_STAPPEN)[number];

/** The steps of this kind of traject, in order. */
export function afsluitingStappen(type: TrajectType): readonly AfsluitingStap[] {
  return type === 'leernetwerk' ? AFSLUITING_STAPPEN : AFSLUITING_STAPPEN.filter((s) => s !== 'vraagstukken');
}

/** The step a room's `stap` shows; one this traject does not have moves on to the next it does. */
export function afsluitingStap(stap: number, type: TrajectType): AfsluitingStap {
  const zichtbaar = afsluitingStappen(type);
  const i = Math.min(Math.max(Number.isFinite(stap) ? Math.trunc(stap) : 0, 0), AFSLUITING_STAPPEN.length - 1);
  for (let j = i; j < AFSLUITING_STAPPEN.length; j++) {
    const s = AFSLUITING_STAPPEN[j];
    if (s && zichtbaar.includes(s)) return s;
  }
  return zichtbaar[zichtbaar.length - 1] ?? 'acties';
}

/** The room's `stap` for a step. */
export function afsluitingIndex(stap: AfsluitingStap): number {
  return AFSLUITING_STAPPEN.indexOf(stap);
}
