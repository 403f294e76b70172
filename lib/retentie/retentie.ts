const DAG = 24 * 3600 * 1000;
/** How long before the deletion the facilitator sees a notice. */
export const WAARSCHUW_DAGEN = 30;

export interface RetentieInput {
  /** Status of every bijeenkomst of the traject. */
  statussen: readonly string[];
  /** When the last bijeenkomst was closed (epoch ms), if any. */
  laatstAfgeslotenOp: number | null;
  retentieDagen: number | null;
}

/**
 * When a traject is deleted under RETENTION_DAYS: that many days after its
 * last bijeenkomst closed, once every bijeenkomst is closed. Null: kept.
 */
export function verwijderOp(i: RetentieInput): number | null {
  if (!i.retentieDagen || i.retentieDagen <= 0) return null;
  if (i.statussen.length === 0 || i.statussen.some((s) => s !== 'afgesloten')) return null;
  if (i.laatstAfgeslotenOp === null) return null;
  return i.laatstAfgeslotenOp + i.retentieDagen * DAG;
}

/** Whether the facilitator should be told now. */
export function waarschuwen(verwijderOpMs: number | null, now: number): boolean {
  return verwijderOpMs !== null && verwijderOpMs - now <= WAARSCHUW_DAGEN * DAG;
}
