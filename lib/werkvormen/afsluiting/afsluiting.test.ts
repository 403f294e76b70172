import { describe, expect, it } from 'vitest';
import { AfsluitingUitkomst } from '../../verslag/snapshot';
import { leesAfsluitingInstellingen, lokaalNaarIso, reflectieFase, volgendeBijeenkomst } from './machine';
import { AfsluitingInstellingen } from './schema';
import { afsluitingIndex, afsluitingStap, afsluitingStappen } from './stappen';
import { afsluitingVerslag } from './verslag';

describe('steps of the Afsluiting', () => {
  it('has a vraagstukken step in a leernetwerk only', () => {
    expect(afsluitingStappen('leernetwerk')).toEqual(['acties', 'vraagstukken', 'volgende', 'reflectie']);
    expect(afsluitingStappen('werkplaats')).toEqual(['acties', 'volgende', 'reflectie']);
    expect(afsluitingStap(0, 'werkplaats')).toBe('acties');
    expect(afsluitingStap(1, 'werkplaats')).toBe('volgende');
    expect(afsluitingStap(1, 'leernetwerk')).toBe('vraagstukken');
    expect(afsluitingStap(99, 'leernetwerk')).toBe('reflectie');
    expect(afsluitingIndex('reflectie')).toBe(3);
  });
});

describe('settings and the reflectie round', () => {
  it('accepts the reflectie round and the next bijeenkomst, nothing else', () => {
    expect(AfsluitingInstellingen.safeParse({ reflectieRonde: 'r1' }).success).toBe(true);
    expect(AfsluitingInstellingen.safeParse({ volgendeBijeenkomst: { id: 'b2', datum: '2030-04-11T11:30:00.000Z', intentie: 'Verder' } }).success).toBe(true);
    expect(AfsluitingInstellingen.safeParse({ iets: 1 }).success).toBe(false);
    expect(leesAfsluitingInstellingen({ reflectieRonde: 5 })).toEqual({});
  });

  it('follows the reflectie round', () => {
    const rondes = [{ id: 'r9', soort: 'prive' as const, titel: 'Reflectie', status: 'onthuld' as const, aantalInzendingen: 2, delenOptioneel: true }];
    expect(reflectieFase({}, rondes, {})).toEqual({ soort: 'geen' });
    expect(reflectieFase({ reflectieRonde: 'r9' }, rondes, {})).toEqual({ soort: 'onthullen', rondeId: 'r9' });
    expect(reflectieFase({ reflectieRonde: 'r9' }, rondes, { r9: [] })).toEqual({ soort: 'onthuld', rondeId: 'r9', inzendingen: [] });
  });
});

describe('the next bijeenkomst', () => {
  it('is the first with a higher number', () => {
    const lijst = [
      { id: 'c', nummer: 3, status: 'gepland' },
      { id: 'a', nummer: 1, status: 'afgesloten' },
      { id: 'b', nummer: 2, status: 'gepland' },
    ];
    expect(volgendeBijeenkomst(lijst, 1)?.id).toBe('b');
    expect(volgendeBijeenkomst(lijst, 3)).toBeNull();
  });

  it('turns a datetime-local value into an ISO date-time', () => {
    // Amsterdam in April is UTC+2: getTimezoneOffset() is −120.
    expect(lokaalNaarIso('2030-04-11T13:30', -120)).toBe('2030-04-11T11:30:00.000Z');
    expect(lokaalNaarIso('11-04-2030', 0)).toBeNull();
  });
});

describe('afsluitingVerslag', () => {
  it('names who acts and who digs deeper, and keeps shared reflections only', () => {
    const namen: Record<string, string> = { p1: 'Fatima Ouali', p2: 'Bram Jansen' };
    const uit = afsluitingVerslag({
      keuzes: { p2: 'uitdiepen', p1: 'aan-de-slag', weg: 'uitdiepen' },
      reflecties: [
        { auteur: 'p1', naam: 'Fatima Ouali', tekst: ' We namen de tijd. ' },
        { auteur: '', naam: '', tekst: 'Anoniem gedeeld' },
        { auteur: 'p2', naam: 'Bram Jansen', tekst: '  ' },
      ],
      naamVan: (id) => namen[id] ?? null,
    });
    expect(AfsluitingUitkomst.parse(uit)).toEqual(uit);
    expect(uit).toEqual({
      vraagstukken: [
        { naam: 'Bram Jansen', keuze: 'uitdiepen' },
        { naam: 'Fatima Ouali', keuze: 'aan-de-slag' },
      ],
      reflecties: [
        { naam: 'Fatima Ouali', tekst: 'We namen de tijd.' },
        { naam: null, tekst: 'Anoniem gedeeld' },
      ],
    });
    expect(afsluitingVerslag({ keuzes: {}, reflecties: null, naamVan: () => null })).toEqual({ vraagstukken: [], reflecties: [] });
  });
});
