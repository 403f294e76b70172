import { describe, expect, it } from 'vitest';
import { leesSnapshot } from './snapshot';
import { legeSnapshot, volleSnapshot } from './testSnapshot';

describe('stored snapshot', () => {
  it('reads back what was stored as JSON', () => {
    for (const s of [volleSnapshot(), legeSnapshot()]) expect(leesSnapshot(JSON.parse(JSON.stringify(s)))).toEqual(s);
  });

  it('gives null for unknown versions and broken data, so the caller gathers a new one', () => {
    expect(leesSnapshot({ ...volleSnapshot(), versie: 2 })).toBeNull();
    expect(leesSnapshot({ versie: 1 })).toBeNull();
    expect(leesSnapshot(null)).toBeNull();
    expect(leesSnapshot('{')).toBeNull();
  });
});
