import { describe, expect, it } from 'vitest';
import { nieuweKamer } from '../../kamer/schema';
import { transition, type KamerContext } from '../../kamer/machine';
import { naarMarkdown } from '../../verslag/markdown';
import { begeleiderZet, magKaartBewerken, magSchrijven, nieuweKaarten, onthuldeVraagstukken, vastleggen, vraagstukStap } from './machine';
import { leesVraagstukAntwoord, schrijfVraagstukAntwoord, VraagstukkaartBody } from './schema';
import { heeftVraagstuk, vraagstukBlokken } from './verslag';

const ctx: KamerContext = { now: 1, newId: () => 'r1', random: () => 0, online: [] };
const antwoord = (probleem: string) => schrijfVraagstukAntwoord({ probleem, waarom: 'Het raakt gezinnen', doel: 'Eerder signaleren' });

describe('vraagstuk answers as JSON in a private round', () => {
  it('round-trips and trims', () => {
    const tekst = schrijfVraagstukAntwoord({ probleem: '  Te late meldingen ', waarom: 'Schulden groeien', doel: '' });
    expect(leesVraagstukAntwoord(tekst)).toEqual({ probleem: 'Te late meldingen', waarom: 'Schulden groeien', doel: '' });
  });

  it('reads anything else as null: plain text, wrong version, empty, too long', () => {
    expect(leesVraagstukAntwoord('gewoon een zin')).toBeNull();
    expect(leesVraagstukAntwoord(JSON.stringify({ versie: 2, probleem: 'x', waarom: '', doel: '' }))).toBeNull();
    expect(leesVraagstukAntwoord(JSON.stringify({ versie: 1, probleem: ' ', waarom: '', doel: '' }))).toBeNull();
    expect(leesVraagstukAntwoord(JSON.stringify({ versie: 1, probleem: 'x'.repeat(2001), waarom: '', doel: '' }))).toBeNull();
    expect(leesVraagstukAntwoord(JSON.stringify({ versie: 1, probleem: 1, waarom: '', doel: '' }))).toBeNull();
  });

  it('skips invalid revealed answers and keeps the order', () => {
    const uit = onthuldeVraagstukken([
      { auteur: 'a', naam: 'Ayse', tekst: antwoord('Eerste') },
      { auteur: 'b', naam: 'Bram', tekst: '<script>' },
      { auteur: 'c', naam: 'Cor', tekst: antwoord('Derde') },
    ]);
    expect(uit.map((u) => [u.naam, u.vraagstuk.probleem])).toEqual([
      ['Ayse', 'Eerste'],
      ['Cor', 'Derde'],
    ]);
  });
});

describe('steps and who may do what', () => {
  it('clamps the step and picks what vastleggen means per traject type', () => {
    expect(vraagstukStap(-1)).toBe('schrijven');
    expect(vraagstukStap(1)).toBe('naast-elkaar');
    expect(vraagstukStap(9)).toBe('vastleggen');
    expect(vastleggen('werkplaats')).toBe('gezamenlijk');
    expect(vastleggen('leernetwerk')).toBe('eigen-kaarten');
  });

  it("gives the begeleider's next move from the round's phase", () => {
    expect(begeleiderZet({ soort: 'geen' })).toEqual({ soort: 'start-ronde' });
    expect(begeleiderZet({ soort: 'open', rondeId: 'r', aantal: 1 })).toEqual({ soort: 'onthul', rondeId: 'r' });
    expect(begeleiderZet({ soort: 'onthullen', rondeId: 'r' })).toEqual({ soort: 'wacht-op-onthulling' });
    expect(begeleiderZet({ soort: 'onthuld', rondeId: 'r', inzendingen: [] })).toEqual({ soort: 'naar-naast-elkaar' });
  });

  it('lets only participants write, and only while the round is open', () => {
    const open = { soort: 'open', rondeId: 'r', aantal: 0 } as const;
    expect(magSchrijven('deelnemer', open)).toBe(true);
    expect(magSchrijven('begeleider', open)).toBe(false);
    expect(magSchrijven('waarnemer', open)).toBe(false);
    expect(magSchrijven('deelnemer', { soort: 'gesloten', rondeId: 'r', aantal: 0 })).toBe(false);
  });

  it('lets only the owner edit a card', () => {
    const kaart = { persoonId: 'p1' };
    expect(magKaartBewerken(kaart, { id: 'p1', soort: 'deelnemer' })).toBe(true);
    expect(magKaartBewerken(kaart, { id: 'p2', soort: 'deelnemer' })).toBe(false);
    expect(magKaartBewerken(kaart, { id: 'g1', soort: 'begeleider' })).toBe(false);
    expect(magKaartBewerken(kaart, { id: 'p1', soort: 'waarnemer' })).toBe(false);
  });

  it('makes cards only for participants without one, once each, from valid answers', () => {
    const uit = nieuweKaarten(
      [
        { auteur: 'p1', tekst: antwoord('Ayse') },
        { auteur: 'p2', tekst: antwoord('Bram') },
        { auteur: 'p3', tekst: 'kapot' },
        { auteur: 'g1', tekst: antwoord('Begeleider') },
        { auteur: '', tekst: antwoord('Anoniem') },
        { auteur: 'p1', tekst: antwoord('Dubbel') },
      ],
      new Set(['p1', 'p2', 'p3']),
      new Set(['p2']),
    );
    expect(uit.map((k) => [k.persoonId, k.vraagstuk.probleem])).toEqual([['p1', 'Ayse']]);
  });

  it('validates card bodies strictly', () => {
    expect(VraagstukkaartBody.safeParse({ probleem: 'a', waarom: 'b', doel: 'c' }).success).toBe(true);
    expect(VraagstukkaartBody.safeParse({ probleem: 'a', waarom: 'b', doel: 'c', persoonId: 'p2' }).success).toBe(false);
  });
});

describe('werkvorm:zet through the kamer machine', () => {
  it('accepts the round id and refuses anything else', () => {
    const s = nieuweKamer();
    const ok = transition(s, { type: 'werkvorm:zet', body: { werkvorm: 'vraagstuk', waarden: { ronde: 'r1' } } }, { id: 'g', soort: 'begeleider' }, ctx);
    expect(ok.ok && ok.state.werkvormen.vraagstuk).toEqual({ ronde: 'r1' });
    const fout = transition(s, { type: 'werkvorm:zet', body: { werkvorm: 'vraagstuk', waarden: { eigenaar: 'p1' } } }, { id: 'g', soort: 'begeleider' }, ctx);
    expect(fout.ok).toBe(false);
    const deelnemer = transition(s, { type: 'werkvorm:zet', body: { werkvorm: 'vraagstuk', waarden: { ronde: 'r1' } } }, { id: 'p', soort: 'deelnemer' }, ctx);
    expect(deelnemer.ok).toBe(false);
  });
});

describe('verslag', () => {
  const regel = { naam: 'Ayse Demir', organisatie: 'Gemeente Utrecht', probleem: 'Te late meldingen', waarom: 'Schulden groeien', doel: 'Eerder in beeld' };

  it('writes the gezamenlijk vraagstuk and the answers as a table', () => {
    const md = naarMarkdown({
      titel: 't',
      blokken: vraagstukBlokken({ antwoorden: [regel], gezamenlijk: { vraagstuk: 'Hoe signaleren we samen eerder?', doel: 'Binnen 3 maanden' }, kaarten: [] }),
    });
    expect(md).toContain('## Vraagstuk');
    expect(md).toContain('**Gezamenlijk vraagstuk:** Hoe signaleren we samen eerder?');
    expect(md).toContain('**Doel:** Binnen 3 maanden');
    expect(md).toContain('| Ayse Demir (Gemeente Utrecht) | Te late meldingen | Schulden groeien | Eerder in beeld |');
  });

  it('prefers the cards in a leernetwerk and says nothing when there is nothing', () => {
    const md = naarMarkdown({ titel: 't', blokken: vraagstukBlokken({ antwoorden: [regel], gezamenlijk: null, kaarten: [{ ...regel, probleem: 'Aangescherpt' }] }) });
    expect(md).toContain('Aangescherpt');
    expect(md).not.toContain('Te late meldingen');
    expect(heeftVraagstuk({ antwoorden: [], gezamenlijk: { vraagstuk: ' ', doel: '' }, kaarten: [] })).toBe(false);
    expect(heeftVraagstuk(null)).toBe(false);
  });
});
