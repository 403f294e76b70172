import { describe, expect, it } from 'vitest';
import { langeLijst, mogelijkeDubbelen, samenvoegProbleem, vergelijkTekst, wortel } from './lijst';
import type { Ontwikkelpunt } from './schema';

const punt = (id: string, titel: string, samengevoegdIn: string | null = null, aangemaakt = 0): Ontwikkelpunt => ({
  id,
  titel,
  bron: { soort: 'vrij' },
  bijeenkomstId: null,
  samengevoegdIn,
  aangemaakt,
});

describe('merging duplicates', () => {
  it('shows merged items under the item they were merged into, through chains', () => {
    const lijst = langeLijst([
      punt('a', 'Wachttijd intake', null, 1),
      punt('b', 'Wachtlijst bij intake', 'a', 2),
      punt('c', 'Lange wachttijd', 'b', 3),
      punt('d', 'Warme overdracht', null, 4),
    ]);
    expect(lijst.map((i) => [i.punt.id, i.samengevoegd.map((x) => x.id)])).toEqual([
      ['a', ['b', 'c']],
      ['d', []],
    ]);
  });

  it('treats a merge into an unknown item as no merge', () => {
    expect(langeLijst([punt('a', 'A', 'weg')]).map((i) => i.punt.id)).toEqual(['a']);
  });

  it('resolves a loop from two concurrent merges to the smallest id, the same everywhere', () => {
    const perId = new Map([punt('b', 'B', 'a'), punt('a', 'A', 'b')].map((p) => [p.id, p]));
    expect(wortel('a', perId)).toBe('a');
    expect(wortel('b', perId)).toBe('a');
    const lijst = langeLijst([...perId.values()]);
    expect(lijst.map((i) => [i.punt.id, i.samengevoegd.map((x) => x.id)])).toEqual([['a', ['b']]]);
  });

  it('refuses merging an item with itself or with what is already merged in', () => {
    const alle = [punt('a', 'A'), punt('b', 'B', 'a'), punt('c', 'C')];
    expect(samenvoegProbleem('a', 'a', alle)).toBe('zelfde');
    expect(samenvoegProbleem('b', 'a', alle)).toBe('zelfde');
    expect(samenvoegProbleem('a', 'x', alle)).toBe('onbekend');
    expect(samenvoegProbleem('c', 'b', alle)).toBeNull();
  });
});

describe('likely duplicates', () => {
  it('normalises case, accents and punctuation', () => {
    expect(vergelijkTekst('  Één  loket, voor ALLES! ')).toBe('een loket voor alles');
  });

  it('pairs items with the same words or nearly all words shared', () => {
    const lijst = langeLijst([
      punt('a', 'Wachttijd bij de intake', null, 1),
      punt('b', 'wachttijd intake', null, 2),
      punt('c', 'Warme overdracht naar de kredietbank', null, 3),
      punt('d', 'Overdracht kredietbank warm maken', null, 4),
      punt('e', 'Budgetcoach inzetten', null, 5),
    ]);
    expect(mogelijkeDubbelen(lijst)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
  });
});
