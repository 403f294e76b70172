import { describe, expect, it } from 'vitest';
import { pasDeltaToe, tekstDiff, verschuifPositie } from './tekstDiff';

describe('tekstDiff', () => {
  it('finds one replaced range between two texts', () => {
    expect(tekstDiff('abc', 'abc')).toBeNull();
    expect(tekstDiff('De klant belt', 'De klant mailt')).toEqual({ index: 9, verwijder: 2, invoeg: 'mai' });
    expect(tekstDiff('', 'nieuw')).toEqual({ index: 0, verwijder: 0, invoeg: 'nieuw' });
    expect(tekstDiff('weg', '')).toEqual({ index: 0, verwijder: 3, invoeg: '' });
    expect(tekstDiff('aa', 'aaa')).toEqual({ index: 2, verwijder: 0, invoeg: 'a' });
  });

  it('round-trips on random edits', () => {
    const paren: [string, string][] = [
      ['schulden bij de woningcorporatie', 'schulden bij de gemeente en de woningcorporatie'],
      ['regel 1\nregel 2', 'regel 1\nnieuwe regel\nregel 2'],
      ['abcabc', 'abc'],
      ['x', 'y'],
    ];
    for (const [oud, nieuw] of paren) {
      const d = tekstDiff(oud, nieuw);
      expect(d && pasDeltaToe(oud, d)).toBe(nieuw);
    }
  });

  it('never splits a surrogate pair', () => {
    const d = tekstDiff('a😀', 'a😃');
    expect(d).toEqual({ index: 1, verwijder: 2, invoeg: '😃' });
    const e = tekstDiff('😀b', '😃b');
    expect(e).toEqual({ index: 0, verwijder: 2, invoeg: '😃' });
  });
});

describe('verschuifPositie', () => {
  it('keeps a cursor before the change and shifts one after it', () => {
    const d = { index: 5, verwijder: 2, invoeg: 'xyz' };
    expect(verschuifPositie(d, 3)).toBe(3);
    expect(verschuifPositie(d, 5)).toBe(5);
    expect(verschuifPositie(d, 10)).toBe(11);
    expect(verschuifPositie(d, 6)).toBe(8);
  });
});
