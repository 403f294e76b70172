import { describe, expect, it } from 'vitest';
import { naarMarkdown } from '../../verslag/markdown';
import type { Ontwikkelpunt } from './schema';
import { gekozenSpeerpuntenBlokken, speerpuntenVerslag, stemmersInRonde } from './verslag';

const punt = (id: string, samengevoegdIn: string | null = null): Ontwikkelpunt => ({
  id,
  titel: id,
  bron: { soort: 'vrij' },
  bijeenkomstId: 'b1',
  samengevoegdIn,
  aangemaakt: 1,
});

const sp = (titel: string, bijeenkomstId: string | null, stemmen: number | null, aangemaakt: number) => ({
  titel,
  trekker: 'Fatima',
  eersteStap: 'Bel de woningcorporatie',
  doelstelling: '20 meldingen per maand',
  bijeenkomstId,
  stemmen,
  aangemaakt,
});

describe('speerpuntenVerslag', () => {
  it('lists the speerpunten chosen in this bijeenkomst with votes and trekker', () => {
    const v = speerpuntenVerslag(
      [sp('Eerder gekozen', 'b0', 2, 1), sp('Vroegsignalering', 'b1', 5, 3), sp('Warme overdracht', 'b1', null, 2)],
      [punt('a'), punt('b'), punt('c', 'a')],
      'b1',
      7,
    );
    expect(v).toEqual({
      gekozen: [
        { titel: 'Warme overdracht', stemmen: null, trekker: 'Fatima', eersteStap: 'Bel de woningcorporatie', doelstelling: '20 meldingen per maand' },
        { titel: 'Vroegsignalering', stemmen: 5, trekker: 'Fatima', eersteStap: 'Bel de woningcorporatie', doelstelling: '20 meldingen per maand' },
      ],
      langeLijst: 2,
      stemmers: 7,
    });
    const md = naarMarkdown({ titel: 'x', blokken: gekozenSpeerpuntenBlokken(v!) });
    expect(md).toContain('## Gekozen speerpunten');
    expect(md).toContain('| Vroegsignalering | 5 | Fatima | Bel de woningcorporatie | 20 meldingen per maand |');
    expect(md).toContain('| Warme overdracht | — |');
    expect(md).toContain('Gekozen uit een lange lijst van 2 ontwikkelpunten; 7 mensen stemden mee.');
  });

  it('is null when nothing was chosen in this bijeenkomst', () => {
    expect(speerpuntenVerslag([sp('Eerder', 'b0', 1, 1)], [], 'b1', null)).toBeNull();
  });
});

describe('stemmersInRonde', () => {
  it('counts the people who voted in the werkvorm’s round', () => {
    const rondes = [
      { id: 'r1', stemmen: { p1: { '0': 1 } } },
      { id: 'r2', stemmen: { p1: { '0': 2 }, p2: { '1': 1 } } },
    ];
    expect(stemmersInRonde({ speerpunten: { stemRonde: 'r2' } }, rondes)).toBe(2);
    expect(stemmersInRonde({}, rondes)).toBeNull();
    expect(stemmersInRonde({ speerpunten: { stemRonde: 'weg' } }, rondes)).toBeNull();
  });
});
