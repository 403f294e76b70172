import { describe, expect, it } from 'vitest';
import { naarMarkdown } from '../../verslag/markdown';
import { eerdereMeting, geldigeAntwoorden, nulmetingStap, nulmetingZet } from './machine';
import { STANDAARD_MAAT, stippen, xVan } from './plot';
import { leesNulmetingAntwoord, NULMETING_ITEMS, schrijfNulmetingAntwoord, type Nulmeting } from './schema';
import { mediaan, opmerkingen, toonMediaan, uitslagPerItem } from './statistiek';
import { heeftNulmeting, nulmetingBlokken, stippenCel } from './verslag';

describe('nulmeting answers', () => {
  it('has the five kenmerken and the four conditions', () => {
    expect(NULMETING_ITEMS).toHaveLength(9);
    expect(NULMETING_ITEMS.slice(5)).toEqual(['weten', 'willen', 'kunnen', 'mogen']);
  });

  it('round-trips, allows skipped items, refuses scores outside 1–4 and unknown items', () => {
    const tekst = schrijfNulmetingAntwoord({ scores: { pdca: 2, mogen: 4 }, opmerking: ' Veel ruimte ' });
    expect(leesNulmetingAntwoord(tekst)).toEqual({ scores: { pdca: 2, mogen: 4 }, opmerking: 'Veel ruimte' });
    expect(leesNulmetingAntwoord(JSON.stringify({ versie: 1, scores: { pdca: 5 } }))).toBeNull();
    expect(leesNulmetingAntwoord(JSON.stringify({ versie: 1, scores: { pdca: 2.5 } }))).toBeNull();
    expect(leesNulmetingAntwoord(JSON.stringify({ versie: 1, scores: { lachen: 2 } }))).toBeNull();
    expect(leesNulmetingAntwoord(JSON.stringify({ versie: 1, scores: {} }))).toBeNull();
    expect(leesNulmetingAntwoord('3,3,3')).toBeNull();
  });

  it('skips invalid revealed answers', () => {
    const a = geldigeAntwoorden([{ tekst: schrijfNulmetingAntwoord({ scores: { weten: 3 }, opmerking: '' }) }, { tekst: 'kapot' }]);
    expect(a).toEqual([{ scores: { weten: 3 }, opmerking: '' }]);
  });
});

describe('statistics', () => {
  it('takes the median of odd and even counts', () => {
    expect(mediaan([])).toBeNull();
    expect(mediaan([3])).toBe(3);
    expect(mediaan([1, 2, 4])).toBe(2);
    expect(mediaan([2, 3])).toBe(2.5);
    expect(toonMediaan(2.5)).toBe('2,5');
    expect(toonMediaan(null)).toBe('–');
  });

  it('counts every score per item, in the fixed order', () => {
    const u = uitslagPerItem([
      { scores: { pdca: 2, weten: 4 }, opmerking: '' },
      { scores: { pdca: 3 }, opmerking: 'Check ontbreekt vaak' },
      { scores: { pdca: 2, weten: 1 }, opmerking: ' ' },
    ]);
    expect(u.map((x) => x.item)).toEqual([...NULMETING_ITEMS]);
    const pdca = u[0]!;
    expect(pdca.scores).toEqual([2, 2, 3]);
    expect(pdca.verdeling).toEqual({ 1: 0, 2: 2, 3: 1, 4: 0 });
    expect(pdca.mediaan).toBe(2);
    expect(u.find((x) => x.item === 'weten')?.mediaan).toBe(2.5);
    expect(u.find((x) => x.item === 'mogen')).toMatchObject({ scores: [], mediaan: null });
    expect(opmerkingen([{ scores: {}, opmerking: ' ' }, { scores: {}, opmerking: 'Ja' }])).toEqual(['Ja']);
  });
});

describe('dot plot geometry', () => {
  it('puts score 1 at the left margin and 4 at the right', () => {
    expect(xVan(1)).toBe(STANDAARD_MAAT.marge);
    expect(xVan(4)).toBe(STANDAARD_MAAT.breedte - STANDAARD_MAAT.marge);
    expect(xVan(2.5)).toBeCloseTo((xVan(2) + xVan(3)) / 2);
  });

  it('stacks equal scores upwards, one dot each, inside the row', () => {
    const s = stippen([2, 2, 3], 0);
    expect(s).toHaveLength(3);
    expect(s[0]!.x).toBe(s[1]!.x);
    expect(s[1]!.y).toBeLessThan(s[0]!.y);
    expect(s[2]!.y).toBe(s[0]!.y);
    for (const d of stippen(Array(200).fill(3), 0)) {
      expect(d.y - STANDAARD_MAAT.straal).toBeGreaterThanOrEqual(0);
      expect(d.y + STANDAARD_MAAT.straal).toBeLessThanOrEqual(STANDAARD_MAAT.rijHoogte);
    }
  });
});

describe('steps and the earlier meting', () => {
  it('moves the begeleider from start to reveal to the plot', () => {
    expect(nulmetingStap(0)).toBe('invullen');
    expect(nulmetingStap(3)).toBe('uitslag');
    expect(nulmetingZet({ soort: 'geen' })).toEqual({ soort: 'start-ronde' });
    expect(nulmetingZet({ soort: 'gesloten', rondeId: 'r', aantal: 2 })).toEqual({ soort: 'onthul', rondeId: 'r' });
    expect(nulmetingZet({ soort: 'onthuld', rondeId: 'r', inzendingen: [] })).toEqual({ soort: 'naar-uitslag', rondeId: 'r' });
  });

  it('compares with the latest meting of an earlier bijeenkomst', () => {
    const m = (id: string, nummer: number): Nulmeting => ({ id, bijeenkomstId: `b${nummer}`, rondeId: `r-${id}`, nummer, datum: '', antwoorden: [] });
    const alle = [m('a', 1), m('b', 3), m('c', 5)];
    expect(eerdereMeting(alle, { rondeId: 'r-c', nummer: 5 })?.id).toBe('b');
    expect(eerdereMeting(alle, { rondeId: null, nummer: 4 })?.id).toBe('b');
    expect(eerdereMeting(alle, { rondeId: 'r-a', nummer: 1 })).toBeNull();
  });
});

describe('verslag', () => {
  it('draws the plot as a table of dots with the median, earlier meting first', () => {
    const md = naarMarkdown({
      titel: 't',
      blokken: nulmetingBlokken({
        metingen: [
          { nummer: 4, dezeBijeenkomst: true, antwoorden: [{ scores: { pdca: 3 }, opmerking: 'Beter dan eerst' }, { scores: { pdca: 4 }, opmerking: '' }] },
          { nummer: 1, dezeBijeenkomst: false, antwoorden: [{ scores: { pdca: 1 }, opmerking: 'oud' }] },
        ],
      }),
    });
    expect(md).toContain('## Nulmeting');
    expect(md).toContain('2 deelnemers');
    const regels = md.split('\n').filter((r) => r.startsWith('| PDCA-cyclus'));
    expect(regels).toEqual(['| PDCA-cyclus | Bijeenkomst 1 | ● 1 |   |   |   | 1 |', '| PDCA-cyclus | Bijeenkomst 4 |   |   | ● 1 | ● 1 | 3,5 |']);
    expect(md).toContain('- Beter dan eerst');
    expect(md).not.toContain('- oud');
  });

  it('caps the dots of a crowded cell and needs a meting of this bijeenkomst', () => {
    expect(stippenCel(0)).toBe('');
    expect(stippenCel(3)).toBe('●●● 3');
    expect(stippenCel(40)).toBe(`${'●'.repeat(12)}… 40`);
    expect(heeftNulmeting({ metingen: [{ nummer: 1, dezeBijeenkomst: false, antwoorden: [] }] })).toBe(false);
  });
});
