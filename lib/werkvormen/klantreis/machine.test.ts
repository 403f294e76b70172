import { describe, expect, it } from 'vitest';
import { nieuweKlantreis, transition, type KlantreisContext } from './machine';
import { buurCel, celSleutel, gesorteerdeFasen, indeling } from './raster';
import { LEGE_PERSONA, STANDAARD_FASEN, type Klantreis, type KlantreisEvent } from './schema';

function ctx(): KlantreisContext {
  let n = 0;
  let t = 1_000;
  return { newId: () => `id-${++n}`, now: () => (t += 10) };
}

function run(reis: Klantreis, event: KlantreisEvent, c: KlantreisContext): Klantreis {
  const uit = transition(reis, event, c);
  if (!uit.ok) throw new Error(uit.reden);
  return uit.state;
}

/** A fresh klantreis: reis id-1, phases id-2 … id-7 (Signaleren … Nazorg). */
function reis(c = ctx()): { reis: Klantreis; c: KlantreisContext; fase: (naam: string) => string } {
  const r = nieuweKlantreis({ ...LEGE_PERSONA, naam: 'Sandra' }, c, 'b1');
  const fase = (naam: string) => r.fasen.find((f) => f.naam === naam)?.id ?? 'onbekend';
  return { reis: r, c, fase };
}

const tekstIn = (r: Klantreis, faseId: string, laan: 'klant' | 'contact' | 'knelpunten' | 'kansen') =>
  (indeling(r).cellen.get(celSleutel(faseId, laan)) ?? []).map((k) => k.tekst);

describe('nieuweKlantreis', () => {
  it('starts with the schuldhulp phases in order and an empty board', () => {
    const { reis: r } = reis();
    expect(gesorteerdeFasen(r.fasen).map((f) => f.naam)).toEqual([...STANDAARD_FASEN]);
    expect(r.kaarten).toEqual([]);
    expect(r.emotie).toEqual({});
    expect(r.bijeenkomstId).toBe('b1');
  });
});

describe('cards', () => {
  it('adds cards at the end of their cell and trims the text', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Intake & plan van aanpak'), laan: 'knelpunten', tekst: ' Wachttijd 8 weken ', bijeenkomstId: 'b1' }, c);
    r = run(r, { type: 'kaart:toevoegen', faseId: fase('Intake & plan van aanpak'), laan: 'knelpunten', tekst: 'Papieren kwijt', bijeenkomstId: 'b1' }, c);
    expect(tekstIn(r, fase('Intake & plan van aanpak'), 'knelpunten')).toEqual(['Wachttijd 8 weken', 'Papieren kwijt']);
    expect(r.kaarten[0]).toMatchObject({ ontwikkelpuntId: null, bijeenkomstId: 'b1' });
  });

  it('refuses empty and overlong text and unknown phases', () => {
    const { reis: r, c, fase } = reis();
    expect(transition(r, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'kansen', tekst: '   ', bijeenkomstId: null }, c)).toEqual({ ok: false, reden: 'lege-kaart' });
    expect(transition(r, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'kansen', tekst: 'x'.repeat(501), bijeenkomstId: null }, c)).toEqual({ ok: false, reden: 'te-lange-kaart' });
    expect(transition(r, { type: 'kaart:toevoegen', faseId: 'weg', laan: 'kansen', tekst: 'x', bijeenkomstId: null }, c)).toEqual({ ok: false, reden: 'onbekende-fase' });
  });

  it('moves a card to the end of another cell, edits and deletes it', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Signaleren'), laan: 'klant', tekst: 'Post blijft dicht', bijeenkomstId: null }, c);
    r = run(r, { type: 'kaart:toevoegen', faseId: fase('Stabilisatie'), laan: 'knelpunten', tekst: 'Beslag op loon', bijeenkomstId: null }, c);
    const kaart = r.kaarten[0]!.id;
    r = run(r, { type: 'kaart:verplaats', kaartId: kaart, faseId: fase('Stabilisatie'), laan: 'knelpunten' }, c);
    expect(tekstIn(r, fase('Signaleren'), 'klant')).toEqual([]);
    expect(tekstIn(r, fase('Stabilisatie'), 'knelpunten')).toEqual(['Beslag op loon', 'Post blijft dicht']);
    r = run(r, { type: 'kaart:wijzig', kaartId: kaart, tekst: 'Post blijft maanden dicht' }, c);
    expect(tekstIn(r, fase('Stabilisatie'), 'knelpunten')).toContain('Post blijft maanden dicht');
    r = run(r, { type: 'kaart:verwijder', kaartId: kaart }, c);
    expect(r.kaarten.map((k) => k.tekst)).toEqual(['Beslag op loon']);
    expect(transition(r, { type: 'kaart:verwijder', kaartId: kaart }, c)).toEqual({ ok: false, reden: 'onbekende-kaart' });
  });

  it('a move to the cell it is in changes nothing', () => {
    const { reis: r0, c, fase } = reis();
    const r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'kansen', tekst: 'Buddy', bijeenkomstId: null }, c);
    expect(run(r, { type: 'kaart:verplaats', kaartId: r.kaarten[0]!.id, faseId: fase('Nazorg'), laan: 'kansen' }, c)).toBe(r);
  });

  it('promotes only knelpunten and kansen', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'kansen', tekst: 'Buddy', bijeenkomstId: null }, c);
    r = run(r, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'contact', tekst: 'Kredietbank', bijeenkomstId: null }, c);
    const [kans, contact] = r.kaarten;
    expect(run(r, { type: 'kaart:promoveer', kaartId: kans!.id, ontwikkelpuntId: 'op1' }, c).kaarten[0]?.ontwikkelpuntId).toBe('op1');
    expect(transition(r, { type: 'kaart:promoveer', kaartId: contact!.id, ontwikkelpuntId: 'op2' }, c)).toEqual({ ok: false, reden: 'niet-promoveerbaar' });
  });
});

describe('phases', () => {
  it('adds, renames and reorders phases', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'fase:toevoegen', naam: ' Preventie ' }, c);
    const preventie = r.fasen.find((f) => f.naam === 'Preventie')!.id;
    expect(gesorteerdeFasen(r.fasen).at(-1)?.naam).toBe('Preventie');
    for (let i = 0; i < 6; i++) r = run(r, { type: 'fase:verschuif', faseId: preventie, richting: -1 }, c);
    expect(gesorteerdeFasen(r.fasen)[0]?.naam).toBe('Preventie');
    // Already first: nothing happens.
    expect(run(r, { type: 'fase:verschuif', faseId: preventie, richting: -1 }, c)).toBe(r);
    r = run(r, { type: 'fase:verschuif', faseId: fase('Nazorg'), richting: -1 }, c);
    expect(gesorteerdeFasen(r.fasen).map((f) => f.naam).slice(-2)).toEqual(['Nazorg', 'Schuldregeling']);
    r = run(r, { type: 'fase:hernoem', faseId: preventie, naam: 'Vroegsignalering' }, c);
    expect(gesorteerdeFasen(r.fasen)[0]?.naam).toBe('Vroegsignalering');
    expect(transition(r, { type: 'fase:hernoem', faseId: preventie, naam: '  ' }, c)).toEqual({ ok: false, reden: 'lege-naam' });
  });

  it('removing a phase moves its cards to the phase before it and drops its emotion', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Aanmelding & kennismaking'), laan: 'knelpunten', tekst: 'Al', bijeenkomstId: null }, c);
    r = run(r, { type: 'kaart:toevoegen', faseId: fase('Intake & plan van aanpak'), laan: 'knelpunten', tekst: 'Wachtlijst', bijeenkomstId: null }, c);
    r = run(r, { type: 'emotie:zet', faseId: fase('Intake & plan van aanpak'), score: -2 }, c);
    r = run(r, { type: 'fase:verwijder', faseId: fase('Intake & plan van aanpak') }, c);
    expect(r.fasen).toHaveLength(5);
    expect(tekstIn(r, fase('Aanmelding & kennismaking'), 'knelpunten')).toEqual(['Al', 'Wachtlijst']);
    expect(r.emotie).toEqual({});
    // The first phase hands its cards to the next one.
    r = run(r, { type: 'kaart:toevoegen', faseId: fase('Signaleren'), laan: 'kansen', tekst: 'Huisarts', bijeenkomstId: null }, c);
    r = run(r, { type: 'fase:verwijder', faseId: fase('Signaleren') }, c);
    expect(tekstIn(r, fase('Aanmelding & kennismaking'), 'kansen')).toEqual(['Huisarts']);
  });

  it('keeps at least one phase and at most twelve', () => {
    const { reis: r0, c } = reis();
    let r = r0;
    for (const f of r0.fasen.slice(1)) r = run(r, { type: 'fase:verwijder', faseId: f.id }, c);
    expect(transition(r, { type: 'fase:verwijder', faseId: r.fasen[0]!.id }, c)).toEqual({ ok: false, reden: 'laatste-fase' });
    r = r0;
    for (let i = 0; i < 6; i++) r = run(r, { type: 'fase:toevoegen', naam: `Extra ${i}` }, c);
    expect(transition(r, { type: 'fase:toevoegen', naam: 'Nog een' }, c)).toEqual({ ok: false, reden: 'te-veel-fasen' });
  });
});

describe('emotion', () => {
  it('sets, replaces and clears a score per phase within −2..+2', () => {
    const { reis: r0, c, fase } = reis();
    let r = run(r0, { type: 'emotie:zet', faseId: fase('Signaleren'), score: -1 }, c);
    r = run(r, { type: 'emotie:zet', faseId: fase('Nazorg'), score: 2 }, c);
    r = run(r, { type: 'emotie:zet', faseId: fase('Signaleren'), score: -2 }, c);
    expect(r.emotie).toEqual({ [fase('Signaleren')]: -2, [fase('Nazorg')]: 2 });
    r = run(r, { type: 'emotie:zet', faseId: fase('Nazorg'), score: null }, c);
    expect(r.emotie).toEqual({ [fase('Signaleren')]: -2 });
  });
});

describe('indeling and buurCel', () => {
  it('shows a card of a removed phase in the first phase, so nothing is lost', () => {
    const { reis: r0, c, fase } = reis();
    const r = run(r0, { type: 'kaart:toevoegen', faseId: fase('Nazorg'), laan: 'kansen', tekst: 'Wees', bijeenkomstId: null }, c);
    const wees = { ...r, kaarten: r.kaarten.map((k) => ({ ...k, plek: { ...k.plek, faseId: 'verdwenen' } })) };
    expect(tekstIn(wees, fase('Signaleren'), 'kansen')).toEqual(['Wees']);
  });

  it('finds the neighbouring cell, skipping the Emotie lane, and stops at the edges', () => {
    const { reis: r, fase } = reis();
    const plek = (f: string, laan: 'klant' | 'contact' | 'knelpunten' | 'kansen') => ({ faseId: fase(f), laan, volgorde: 1 });
    expect(buurCel(r, plek('Signaleren', 'contact'), 'omlaag')).toEqual({ faseId: fase('Signaleren'), laan: 'knelpunten' });
    expect(buurCel(r, plek('Signaleren', 'knelpunten'), 'omhoog')).toEqual({ faseId: fase('Signaleren'), laan: 'contact' });
    expect(buurCel(r, plek('Signaleren', 'klant'), 'rechts')).toEqual({ faseId: fase('Aanmelding & kennismaking'), laan: 'klant' });
    expect(buurCel(r, plek('Signaleren', 'klant'), 'links')).toBeNull();
    expect(buurCel(r, plek('Signaleren', 'klant'), 'omhoog')).toBeNull();
    expect(buurCel(r, plek('Nazorg', 'kansen'), 'omlaag')).toBeNull();
    expect(buurCel(r, plek('Nazorg', 'kansen'), 'rechts')).toBeNull();
  });
});

describe('persona', () => {
  it('sets fields and refuses unknown values', () => {
    const { reis: r0, c } = reis();
    const r = run(r0, { type: 'persona:zet', wijziging: { leeftijdsklasse: 'tot-27', ervaringsdeskundige: true } }, c);
    expect(r.persona).toMatchObject({ naam: 'Sandra', leeftijdsklasse: 'tot-27', ervaringsdeskundige: true });
    expect(transition(r, { type: 'persona:zet', wijziging: { huishouden: 'kasteel' as never } }, c)).toEqual({ ok: false, reden: 'ongeldige-persona' });
  });
});
