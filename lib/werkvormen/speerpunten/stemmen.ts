import type { LijstItem } from './lijst';
import { MAX_ONTWIKKELPUNT } from './schema';

/** The vote round protocol allows at most this many options (lib/protocol `ronde:open`). */
export const MAX_OPTIES = 200;

/**
 * The options of a vote round over the long list: one per item (merged
 * duplicates count as their item), with the ontwikkelpunt id per option
 * index, to store as the werkvorm setting `stemOpties`.
 */
export function stemOpties(lijst: readonly LijstItem[]): { opties: string[]; ids: string[] } {
  const gekozen = lijst.slice(0, MAX_OPTIES);
  return {
    opties: gekozen.map((i) => i.punt.titel.trim().slice(0, MAX_ONTWIKKELPUNT)),
    ids: gekozen.map((i) => i.punt.id),
  };
}

/** One line of a result: an ontwikkelpunt and its dots. */
export type Telling = { id: string; stemmen: number };

/**
 * The server's count (`ronde:uitslag`, dots per option index) per
 * ontwikkelpunt, most dots first; a tie keeps the list's order.
 */
export function rangorde(uitslag: Readonly<Record<string, number>>, ids: readonly string[]): Telling[] {
  return ids
    .map((id, i) => ({ id, stemmen: Math.max(0, Number(uitslag[String(i)] ?? 0) || 0), i }))
    .sort((a, b) => b.stemmen - a.stemmen || a.i - b.i)
    .map(({ id, stemmen }) => ({ id, stemmen }));
}

/**
 * The top `n` items that got dots. An item tied with the last one taken
 * comes along too: a tie is not for the app to break.
 */
export function topItems(telling: readonly Telling[], n: number): Telling[] {
  const met = telling.filter((t) => t.stemmen > 0);
  const grens = met[Math.max(0, n - 1)]?.stemmen;
  if (grens === undefined) return met;
  return met.filter((t, i) => i < n || t.stemmen === grens);
}

/** Dots per ontwikkelpunt id. */
export function stemmenPerId(telling: readonly Telling[]): Map<string, number> {
  return new Map(telling.map((t) => [t.id, t.stemmen]));
}

/** How many dots a person has left. */
export function resterend(budget: number, mijn: Readonly<Record<string, number>> | undefined): number {
  const gebruikt = Object.values(mijn ?? {}).reduce((a, b) => a + b, 0);
  return Math.max(0, budget - gebruikt);
}

/**
 * A tally over the items as they are now: votes for an item merged into
 * another after the vote count for the item it is under, and items that
 * were removed drop out. Most dots first; a tie keeps the tally's order.
 */
export function tellingNaLijst(telling: readonly Telling[], wortelVan: (id: string) => string | null): Telling[] {
  const som = new Map<string, number>();
  for (const t of telling) {
    const w = wortelVan(t.id);
    if (w !== null) som.set(w, (som.get(w) ?? 0) + t.stemmen);
  }
  const volgorde = [...som.keys()];
  return volgorde
    .map((id, i) => ({ id, stemmen: som.get(id) ?? 0, i }))
    .sort((a, b) => b.stemmen - a.stemmen || a.i - b.i)
    .map(({ id, stemmen }) => ({ id, stemmen }));
}
