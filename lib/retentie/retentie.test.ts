import { describe, expect, it } from 'vitest';
import { verwijderOp, waarschuwen } from './retentie';

const DAG = 24 * 3600 * 1000;

describe('verwijderOp', () => {
  it('counts from the last closed bijeenkomst once all are closed', () => {
    expect(verwijderOp({ statussen: ['afgesloten', 'afgesloten'], laatstAfgeslotenOp: 1000, retentieDagen: 10 })).toBe(1000 + 10 * DAG);
  });
  it('keeps trajecten that are running, empty, or when no retention is set', () => {
    expect(verwijderOp({ statussen: ['afgesloten', 'gepland'], laatstAfgeslotenOp: 1000, retentieDagen: 10 })).toBeNull();
    expect(verwijderOp({ statussen: [], laatstAfgeslotenOp: null, retentieDagen: 10 })).toBeNull();
    expect(verwijderOp({ statussen: ['afgesloten'], laatstAfgeslotenOp: 1000, retentieDagen: null })).toBeNull();
  });
  it('warns within thirty days of the deletion', () => {
    expect(waarschuwen(100 * DAG, 71 * DAG)).toBe(true);
    expect(waarschuwen(100 * DAG, 60 * DAG)).toBe(false);
    expect(waarschuwen(null, 0)).toBe(false);
  });
});
