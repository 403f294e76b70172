import { describe, expect, it } from 'vitest';
import { naarMarkdown } from '../../verslag/markdown';
import { nieuweKlantreis, transition, type KlantreisContext } from './machine';
import { LEGE_PERSONA, type Klantreis, type KlantreisEvent } from './schema';
import { klantreisBlokken, klantreisVerslag, KlantreisVerslag } from './verslag';

function ctx(): KlantreisContext {
  let n = 0;
  return { newId: () => `id-${++n}`, now: () => 1_000 + n };
}

function bouw(): Klantreis {
  const c = ctx();
  let r = nieuweKlantreis(
    { ...LEGE_PERSONA, naam: 'Sandra', leeftijdsklasse: '27-45', huishouden: 'alleenstaande-ouder', aanleiding: 'Baan verloren', ervaringsdeskundige: true },
    c,
    'b1',
  );
  const f = (naam: string) => r.fasen.find((x) => x.naam === naam)!.id;
  const events: KlantreisEvent[] = [
    { type: 'kaart:toevoegen', faseId: f('Signaleren'), laan: 'knelpunten', tekst: 'Niemand vraagt naar geldzorgen', bijeenkomstId: 'b1' },
    { type: 'kaart:toevoegen', faseId: f('Intake & plan van aanpak'), laan: 'knelpunten', tekst: 'Acht weken wachttijd', bijeenkomstId: 'b1' },
    { type: 'kaart:toevoegen', faseId: f('Nazorg'), laan: 'kansen', tekst: 'Buddy van de vrijwilligerscentrale', bijeenkomstId: 'b1' },
    { type: 'kaart:toevoegen', faseId: f('Signaleren'), laan: 'klant', tekst: 'Post blijft dicht', bijeenkomstId: 'b1' },
    { type: 'emotie:zet', faseId: f('Signaleren'), score: -2 },
    { type: 'emotie:zet', faseId: f('Nazorg'), score: 1 },
  ];
  for (const e of events) {
    const uit = transition(r, e, c);
    if (!uit.ok) throw new Error(uit.reden);
    r = uit.state;
  }
  const promo = transition(r, { type: 'kaart:promoveer', kaartId: r.kaarten[1]!.id, ontwikkelpuntId: 'op' }, c);
  return promo.ok ? promo.state : r;
}

describe('klantreisVerslag', () => {
  it('takes the klantreizen worked on in the bijeenkomst: persona, emotion and cards per phase', () => {
    const v = klantreisVerslag([bouw()], 'b1');
    expect(KlantreisVerslag.safeParse(v).success).toBe(true);
    const reis = v!.klantreizen[0]!;
    expect(reis.persona.naam).toBe('Sandra');
    expect(reis.fasen.map((f) => f.naam)).toHaveLength(6);
    expect(reis.fasen[0]).toEqual({ naam: 'Signaleren', emotie: -2, knelpunten: ['Niemand vraagt naar geldzorgen'], kansen: [] });
    expect(reis.fasen[5]).toMatchObject({ naam: 'Nazorg', emotie: 1, kansen: ['Buddy van de vrijwilligerscentrale'] });
    expect(reis.opLijst).toBe(1);
  });

  it('is null when no klantreis was touched', () => {
    expect(klantreisVerslag([bouw()], 'b2')).toBeNull();
    expect(klantreisVerslag([], 'b1')).toBeNull();
  });

  it('writes persona, emotion curve and a table of knelpunten per phase', () => {
    const md = naarMarkdown({ titel: 'x', blokken: klantreisBlokken(klantreisVerslag([bouw()], 'b1')!) });
    expect(md).toContain('## Klantreis: Sandra');
    expect(md).toContain('**Persona:** Sandra, 27 tot 45 jaar, alleenstaande ouder');
    expect(md).toContain('**Aanleiding:** Baan verloren');
    expect(md).toContain('Verteld door een ervaringsdeskundige.');
    expect(md).toContain('**Emotiecurve:** Signaleren −2 → Aanmelding & kennismaking · →');
    expect(md).toContain('| Signaleren | −2 (heel negatief) | Niemand vraagt naar geldzorgen |');
    expect(md).toContain('| Intake & plan van aanpak | — | Acht weken wachttijd |');
    expect(md).toContain('Buddy van de vrijwilligerscentrale (Nazorg)');
    expect(md).toContain('1 knelpunt of kans staat nu op de lange lijst');
    expect(md).not.toContain('Post blijft dicht');
  });
});
