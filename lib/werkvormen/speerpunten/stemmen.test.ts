import { describe, expect, it } from 'vitest';
import { langeLijst } from './lijst';
import type { Ontwikkelpunt } from './schema';
import { rangorde, resterend, stemOpties, tellingNaLijst, topItems } from './stemmen';

const punt = (id: string, titel: string, samengevoegdIn: string | null = null): Ontwikkelpunt => ({
  id,
  titel,
  bron: { soort: 'vrij' },
  bijeenkomstId: null,
  samengevoegdIn,
  aangemaakt: Number(id.replace(/\D/g, '')) || 0,
});

describe('vote tally', () => {
  it('makes one option per long-list item, merged duplicates excluded', () => {
    const { opties, ids } = stemOpties(langeLijst([punt('p1', 'Wachttijd'), punt('p2', 'Wachtlijst', 'p1'), punt('p3', 'Buddy')]));
    expect(opties).toEqual(['Wachttijd', 'Buddy']);
    expect(ids).toEqual(['p1', 'p3']);
  });

  it('ranks the server count per ontwikkelpunt, ties in list order', () => {
    expect(rangorde({ '0': 2, '1': 5, '2': 2, '3': 0 }, ['a', 'b', 'c', 'd'])).toEqual([
      { id: 'b', stemmen: 5 },
      { id: 'a', stemmen: 2 },
      { id: 'c', stemmen: 2 },
      { id: 'd', stemmen: 0 },
    ]);
    // Missing or malformed counts are 0.
    expect(rangorde({ '1': Number.NaN }, ['a', 'b'])).toEqual([
      { id: 'a', stemmen: 0 },
      { id: 'b', stemmen: 0 },
    ]);
  });

  it('takes the top n with votes, plus anything tied with the last one', () => {
    const t = rangorde({ '0': 4, '1': 3, '2': 3, '3': 1, '4': 0 }, ['a', 'b', 'c', 'd', 'e']);
    expect(topItems(t, 2).map((x) => x.id)).toEqual(['a', 'b', 'c']);
    expect(topItems(t, 4).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(topItems(t, 10).map((x) => x.id)).toEqual(['a', 'b', 'c', 'd']);
    expect(topItems(rangorde({}, ['a']), 3)).toEqual([]);
  });

  it('counts the dots a person has left', () => {
    expect(resterend(3, undefined)).toBe(3);
    expect(resterend(3, { '0': 2 })).toBe(1);
    expect(resterend(3, { '0': 2, '4': 2 })).toBe(0);
  });
});

describe('tellingNaLijst', () => {
  it('adds the votes of items merged after the vote to their item and drops removed ones', () => {
    const wortels: Record<string, string | null> = { a: 'a', b: 'a', c: 'c', d: null };
    const t = tellingNaLijst(
      [
        { id: 'c', stemmen: 3 },
        { id: 'a', stemmen: 2 },
        { id: 'b', stemmen: 2 },
        { id: 'd', stemmen: 9 },
      ],
      (id) => wortels[id] ?? null,
    );
    expect(t).toEqual([
      { id: 'a', stemmen: 4 },
      { id: 'c', stemmen: 3 },
    ]);
  });
});
