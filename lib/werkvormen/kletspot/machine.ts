import type { GetrokkenVraag, KletsBestemming, KletspotStand } from './schema';

/**
 * The kletspot's pure rules: the day a question is stamped with, the blind
 * draw, and what the room shows after each move of the begeleider.
 */

/**
 * The day (UTC, YYYY-MM-DD) of an epoch time: the only time kept with a
 * question, so its row cannot be matched to a login or a join moment.
 */
export function dagVan(epochMs: number): string {
  return new Date(epochMs).toISOString().slice(0, 10);
}

/** Draws one of `open` with `random` in [0, 1); null when the pot is empty. */
export function trek<T>(open: readonly T[], random: number): T | null {
  if (open.length === 0) return null;
  const i = Math.min(open.length - 1, Math.max(0, Math.floor(random * open.length)));
  return open[i] ?? null;
}

/** The room after a draw: this question full screen for everyone. */
export function naTrekking(stand: KletspotStand, vraag: GetrokkenVraag): KletspotStand {
  return { ...stand, vraag };
}

/** The room after the begeleider closed the question. */
export function naSluiten(stand: KletspotStand): KletspotStand {
  return { ...stand, vraag: null };
}

/** The room after a drawn question got a place: on the agenda it joins today's list (once). */
export function naBestemming(stand: KletspotStand, vraag: GetrokkenVraag, bestemming: KletsBestemming): KletspotStand {
  if (bestemming !== 'agenda' || stand.agenda.some((v) => v.id === vraag.id)) return stand;
  return { ...stand, agenda: [...stand.agenda, vraag] };
}
