import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { celSleutel, indeling } from '../werkvormen/klantreis/raster';
import type { KaartLaan, Klantreis } from '../werkvormen/klantreis/schema';
import { maakKlantreis, promoveerKaart, readKlantreizen, verwijderKlantreis, wijzigKlantreis } from './klantreis';
import { migrateTrajectDoc } from './trajectDoc';
import { readOntwikkelpunten } from './ontwikkelpunten';
import { ORIGIN } from './origins';
import { testContext } from './testContext';
import type { SchrijfContext } from './context';

/** Two docs that exchange updates only when told to (like two laptops on bad wifi). */
function tweeDocs(): { a: Y.Doc; b: Y.Doc; sync: () => void } {
  const a = new Y.Doc();
  const b = new Y.Doc();
  const sync = () => {
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
  };
  return { a, b, sync };
}

/** Ids that do not collide between two clients. */
function ctxVan(prefix: string): SchrijfContext {
  let n = 0;
  return { newId: () => `${prefix}${++n}`, now: () => 1_000 + n };
}

function enige(doc: Y.Doc): Klantreis {
  const [reis] = readKlantreizen(doc);
  if (!reis) throw new Error('geen klantreis');
  return reis;
}

function fase(reis: Klantreis, naam: string): string {
  const f = reis.fasen.find((x) => x.naam === naam);
  if (!f) throw new Error(`geen fase ${naam}`);
  return f.id;
}

function bord(reis: Klantreis): Record<string, string[]> {
  const { fasen, cellen } = indeling(reis);
  const uit: Record<string, string[]> = {};
  for (const f of fasen) {
    for (const laan of ['klant', 'contact', 'knelpunten', 'kansen'] as KaartLaan[]) {
      const kaarten = cellen.get(celSleutel(f.id, laan)) ?? [];
      if (kaarten.length) uit[`${f.naam}/${laan}`] = kaarten.map((k) => k.tekst);
    }
  }
  return uit;
}

describe('klantreis in the traject doc', () => {
  it('makes a klantreis with its nested maps in one transaction and reads it back', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const uit = maakKlantreis(doc, { naam: ' Sandra ', leeftijdsklasse: 'tot-27' }, testContext(), 'b1');
    expect(uit).toMatchObject({ ok: true });
    const reis = enige(doc);
    expect(reis.persona).toMatchObject({ naam: 'Sandra', leeftijdsklasse: 'tot-27', ervaringsdeskundige: false });
    expect(reis.fasen).toHaveLength(6);
    const map = doc.getMap('klantreizen').get(reis.id) as Y.Map<unknown>;
    for (const deel of ['fasen', 'kaarten', 'emotie']) expect(map.get(deel)).toBeInstanceOf(Y.Map);
    expect(origins).toEqual([ORIGIN.klantreis]);
  });

  it('writes only what an event changed, with the klantreis origin', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    maakKlantreis(doc, { naam: 'Sandra' }, ctx, 'b1');
    const reis = enige(doc);
    const uit = wijzigKlantreis(doc, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Nazorg'), laan: 'kansen', tekst: 'Buddy', bijeenkomstId: 'b1' }, ctx);
    expect(uit).toMatchObject({ ok: true, kaartId: expect.any(String) });
    const updates: Uint8Array[] = [];
    doc.on('update', (u: Uint8Array) => updates.push(u));
    wijzigKlantreis(doc, reis.id, { type: 'emotie:zet', faseId: fase(reis, 'Nazorg'), score: 1 }, ctx);
    expect(updates).toHaveLength(1);
    // A move that changes nothing writes nothing.
    const kaartId = enige(doc).kaarten[0]!.id;
    wijzigKlantreis(doc, reis.id, { type: 'kaart:verplaats', kaartId, faseId: fase(reis, 'Nazorg'), laan: 'kansen' }, ctx);
    expect(updates).toHaveLength(1);
    expect(enige(doc).emotie).toEqual({ [fase(reis, 'Nazorg')]: 1 });
  });

  it('refuses events for an unknown klantreis and passes on the machine’s reasons', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    expect(wijzigKlantreis(doc, 'nope', { type: 'fase:toevoegen', naam: 'x' }, ctx)).toEqual({ ok: false, reden: 'onbekende-klantreis' });
    maakKlantreis(doc, {}, ctx, null);
    expect(wijzigKlantreis(doc, enige(doc).id, { type: 'kaart:verwijder', kaartId: 'nope' }, ctx)).toEqual({ ok: false, reden: 'onbekende-kaart' });
  });

  it('two people moving the same card at the same moment: one card, in one of the two cells, on both screens', () => {
    for (const volgorde of ['a-eerst', 'b-eerst'] as const) {
      const { a, b, sync } = tweeDocs();
      maakKlantreis(a, { naam: 'Sandra' }, ctxVan('a'), 'b1');
      sync();
      const reis = enige(a);
      const kaart = wijzigKlantreis(a, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Signaleren'), laan: 'knelpunten', tekst: 'Wachttijd', bijeenkomstId: 'b1' }, ctxVan('k'));
      if (!kaart.ok || !kaart.kaartId) throw new Error('geen kaart');
      sync();
      // Offline from each other: A moves it to Intake/kansen, B to Nazorg/contact.
      wijzigKlantreis(a, reis.id, { type: 'kaart:verplaats', kaartId: kaart.kaartId, faseId: fase(reis, 'Intake & plan van aanpak'), laan: 'kansen' }, ctxVan('a'));
      wijzigKlantreis(b, reis.id, { type: 'kaart:verplaats', kaartId: kaart.kaartId, faseId: fase(reis, 'Nazorg'), laan: 'contact' }, ctxVan('b'));
      if (volgorde === 'a-eerst') sync();
      else {
        Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
        Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
      }
      expect(bord(enige(a))).toEqual(bord(enige(b)));
      expect(enige(a).kaarten).toHaveLength(1);
      const plek = enige(a).kaarten[0]!.plek;
      expect([
        `${fase(reis, 'Intake & plan van aanpak')}/kansen`,
        `${fase(reis, 'Nazorg')}/contact`,
      ]).toContain(`${plek.faseId}/${plek.laan}`);
    }
  });

  it('concurrent adds to different cells, an edit and a move all survive the merge', () => {
    const { a, b, sync } = tweeDocs();
    maakKlantreis(a, { naam: 'Kees' }, ctxVan('a'), 'b1');
    sync();
    const reis = enige(a);
    const eerste = wijzigKlantreis(a, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Signaleren'), laan: 'klant', tekst: 'Post blijft dicht', bijeenkomstId: 'b1' }, ctxVan('x'));
    if (!eerste.ok || !eerste.kaartId) throw new Error('geen kaart');
    sync();
    wijzigKlantreis(a, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Stabilisatie'), laan: 'knelpunten', tekst: 'Beslag', bijeenkomstId: 'b1' }, ctxVan('a'));
    wijzigKlantreis(b, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Nazorg'), laan: 'kansen', tekst: 'Buddy', bijeenkomstId: 'b1' }, ctxVan('b'));
    wijzigKlantreis(a, reis.id, { type: 'kaart:wijzig', kaartId: eerste.kaartId, tekst: 'Post blijft maanden dicht' }, ctxVan('a'));
    wijzigKlantreis(b, reis.id, { type: 'kaart:verplaats', kaartId: eerste.kaartId, faseId: fase(reis, 'Signaleren'), laan: 'knelpunten' }, ctxVan('b'));
    sync();
    expect(bord(enige(a))).toEqual({
      'Signaleren/knelpunten': ['Post blijft maanden dicht'],
      'Stabilisatie/knelpunten': ['Beslag'],
      'Nazorg/kansen': ['Buddy'],
    });
    expect(bord(enige(b))).toEqual(bord(enige(a)));
  });

  it('a card moved into a phase someone removed at the same time is still shown', () => {
    const { a, b, sync } = tweeDocs();
    maakKlantreis(a, { naam: 'Kees' }, ctxVan('a'), 'b1');
    sync();
    const reis = enige(a);
    const k = wijzigKlantreis(a, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Signaleren'), laan: 'klant', tekst: 'Zwerver', bijeenkomstId: null }, ctxVan('x'));
    if (!k.ok || !k.kaartId) throw new Error('geen kaart');
    sync();
    wijzigKlantreis(a, reis.id, { type: 'fase:verwijder', faseId: fase(reis, 'Nazorg') }, ctxVan('a'));
    wijzigKlantreis(b, reis.id, { type: 'kaart:verplaats', kaartId: k.kaartId, faseId: fase(reis, 'Nazorg'), laan: 'kansen' }, ctxVan('b'));
    sync();
    expect(bord(enige(a))).toEqual({ 'Signaleren/kansen': ['Zwerver'] });
    expect(bord(enige(b))).toEqual(bord(enige(a)));
  });

  it('concurrent emotion scores and phase renames merge per phase', () => {
    const { a, b, sync } = tweeDocs();
    maakKlantreis(a, {}, ctxVan('a'), null);
    sync();
    const reis = enige(a);
    wijzigKlantreis(a, reis.id, { type: 'emotie:zet', faseId: fase(reis, 'Signaleren'), score: -2 }, ctxVan('a'));
    wijzigKlantreis(b, reis.id, { type: 'emotie:zet', faseId: fase(reis, 'Nazorg'), score: 2 }, ctxVan('b'));
    wijzigKlantreis(a, reis.id, { type: 'fase:hernoem', faseId: fase(reis, 'Stabilisatie'), naam: 'Rust' }, ctxVan('a'));
    wijzigKlantreis(b, reis.id, { type: 'fase:verschuif', faseId: fase(reis, 'Nazorg'), richting: -1 }, ctxVan('b'));
    sync();
    const na = enige(b);
    expect(na.emotie).toEqual({ [fase(reis, 'Signaleren')]: -2, [fase(reis, 'Nazorg')]: 2 });
    expect(indeling(na).fasen.map((f) => f.naam)).toEqual([
      'Signaleren',
      'Aanmelding & kennismaking',
      'Intake & plan van aanpak',
      'Rust',
      'Nazorg',
      'Schuldregeling',
    ]);
  });

  it('promotes a knelpunt to the long list once, with a link to its origin', () => {
    const { a, b, sync } = tweeDocs();
    maakKlantreis(a, { naam: 'Sandra' }, ctxVan('a'), 'b1');
    sync();
    const reis = enige(a);
    const k = wijzigKlantreis(a, reis.id, { type: 'kaart:toevoegen', faseId: fase(reis, 'Intake & plan van aanpak'), laan: 'knelpunten', tekst: 'Acht weken wachttijd', bijeenkomstId: 'b1' }, ctxVan('x'));
    if (!k.ok || !k.kaartId) throw new Error('geen kaart');
    sync();
    expect(promoveerKaart(a, reis.id, k.kaartId, ctxVan('a'), 'b1')).toMatchObject({ ok: true, ontwikkelpuntId: `kr-${k.kaartId}` });
    expect(promoveerKaart(b, reis.id, k.kaartId, ctxVan('b'), 'b1')).toMatchObject({ ok: true });
    sync();
    const punten = readOntwikkelpunten(a);
    expect(punten).toHaveLength(1);
    expect(punten[0]).toMatchObject({
      titel: 'Acht weken wachttijd',
      bron: { soort: 'klantreis', klantreisId: reis.id, kaartId: k.kaartId, persona: 'Sandra', fase: 'Intake & plan van aanpak', laan: 'knelpunten' },
      bijeenkomstId: 'b1',
      samengevoegdIn: null,
    });
    expect(enige(b).kaarten[0]?.ontwikkelpuntId).toBe(`kr-${k.kaartId}`);
  });

  it('skips malformed cards and klantreizen written by a hostile client', () => {
    const doc = new Y.Doc();
    maakKlantreis(doc, { naam: 'Goed' }, testContext(), null);
    const reis = enige(doc);
    const map = doc.getMap('klantreizen').get(reis.id) as Y.Map<unknown>;
    const kapot = new Y.Map<unknown>();
    kapot.set('tekst', 'zonder plek');
    (map.get('kaarten') as Y.Map<unknown>).set('kapot', kapot);
    (map.get('emotie') as Y.Map<unknown>).set(reis.fasen[0]!.id, 7);
    doc.getMap('klantreizen').set('plat', 'geen map');
    expect(readKlantreizen(doc).map((r) => [r.persona.naam, r.kaarten.length, Object.keys(r.emotie).length])).toEqual([['Goed', 0, 0]]);
  });

  it('removes a klantreis', () => {
    const doc = new Y.Doc();
    const uit = maakKlantreis(doc, {}, testContext(), null);
    if (!uit.ok) throw new Error('niet gemaakt');
    expect(verwijderKlantreis(doc, uit.id)).toEqual({ ok: true });
    expect(readKlantreizen(doc)).toEqual([]);
  });

  it('migration v2 repairs a klantreis without its nested maps', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('versie', 1);
    const half = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ naam: 'Half', leeftijdsklasse: '', huishouden: '', problematiek: '', aanleiding: '', ervaringsdeskundige: false, bijeenkomstId: null, aangemaakt: 5 })) half.set(k, v);
    doc.getMap('klantreizen').set('half', half);
    expect(migrateTrajectDoc(doc)).toMatchObject({ ok: true, van: 1, naar: 2 });
    for (const deel of ['fasen', 'kaarten', 'emotie']) expect(half.get(deel)).toBeInstanceOf(Y.Map);
    expect(readKlantreizen(doc)[0]?.persona.naam).toBe('Half');
  });
});
