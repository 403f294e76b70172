import { NULMETING_ITEMS, type NulmetingItem, type NulmetingScores, type Score } from './schema';

/** The spread of one item in one meting: how many gave each score, and the median. */
export type ItemUitslag = {
  item: NulmetingItem;
  /** Every score given, sorted low to high (one dot each). */
  scores: Score[];
  /** score → how many gave it. */
  verdeling: Record<Score, number>;
  /** Null when nobody scored the item. */
  mediaan: number | null;
};

/** The median of sorted numbers; the mean of the two middle ones for an even count. */
export function mediaan(gesorteerd: readonly number[]): number | null {
  const n = gesorteerd.length;
  if (n === 0) return null;
  const midden = Math.floor(n / 2);
  const a = gesorteerd[midden] ?? 0;
  if (n % 2 === 1) return a;
  return ((gesorteerd[midden - 1] ?? a) + a) / 2;
}

/** Per item, in the fixed order, every score and the median. */
export function uitslagPerItem(antwoorden: readonly NulmetingScores[]): ItemUitslag[] {
  return NULMETING_ITEMS.map((item) => {
    const scores = antwoorden
      .map((a) => a.scores[item])
      .filter((s): s is Score => s !== undefined)
      .sort((x, y) => x - y);
    const verdeling = { 1: 0, 2: 0, 3: 0, 4: 0 } as Record<Score, number>;
    for (const s of scores) verdeling[s] += 1;
    return { item, scores, verdeling, mediaan: mediaan(scores) };
  });
}

/** A median as people read it: "2,5" with a Dutch comma, "–" for none. */
export function toonMediaan(m: number | null): string {
  if (m === null) return '–';
  return Number.isInteger(m) ? String(m) : m.toFixed(1).replace('.', ',');
}

/** The non-empty comments, trimmed, in the order they came. */
export function opmerkingen(antwoorden: readonly NulmetingScores[]): string[] {
  return antwoorden.map((a) => a.opmerking.trim()).filter(Boolean);
}

