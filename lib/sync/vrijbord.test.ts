import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ORIGIN } from './origins';
import { testContext } from './testContext';
import {
  VRIJBORD_MAPS,
  leesVrijbordSchema,
  leesVrijbordWaarde,
  leesWachtrij,
  observeerVrijbord,
  observeerVrijbordSchema,
  observeerWachtrij,
  plaatsOpVrijBord,
  schrijfVrijbord,
  vrijbordIds,
} from './vrijbord';

/** Two docs that exchange every update, like two browsers through the server. */
function tweeDocs(): [Y.Doc, Y.Doc] {
  const a = new Y.Doc();
  const b = new Y.Doc();
  a.on('update', (u: Uint8Array, origin: unknown) => origin !== 'b' && Y.applyUpdate(b, u, 'a'));
  b.on('update', (u: Uint8Array, origin: unknown) => origin !== 'a' && Y.applyUpdate(a, u, 'b'));
  return [a, b];
}

describe('vrij bord in het bijeenkomstdoc', () => {
  it('writes a batch in one transaction with its origin, and removes placed items with it', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr: Y.Transaction) => origins.push(tr.origin));
    const geplaatst = plaatsOpVrijBord(doc, { tekst: 'Vroegsignalering', bron: 'speerpunt' }, testContext());
    expect(geplaatst).toMatchObject({ ok: true });
    const id = geplaatst.ok ? geplaatst.id : '';
    schrijfVrijbord(doc, {
      records: [
        ['shape:a', { id: 'shape:a', typeName: 'shape' }],
        ['shape:b', { id: 'shape:b', typeName: 'shape' }],
      ],
      schema: { schemaVersion: 2, sequences: {} },
      geplaatst: [id],
    });
    schrijfVrijbord(doc, { records: [['shape:a', null]] });
    expect(vrijbordIds(doc)).toEqual(['shape:b']);
    expect(leesVrijbordWaarde(doc, 'shape:b')).toEqual({ id: 'shape:b', typeName: 'shape' });
    expect(leesVrijbordSchema(doc)).toEqual({ schemaVersion: 2, sequences: {} });
    expect(leesWachtrij(doc)).toEqual([]);
    expect(origins).toEqual([ORIGIN.vrijbord, ORIGIN.vrijbord, ORIGIN.vrijbord]);
  });

  it('tells the other side which keys changed, but not the writer itself', () => {
    const [a, b] = tweeDocs();
    const inA: string[][] = [];
    const inB: string[][] = [];
    const stopA = observeerVrijbord(a, (ids) => inA.push(ids));
    const stopB = observeerVrijbord(b, (ids) => inB.push(ids));
    schrijfVrijbord(a, { records: [['shape:x', { id: 'shape:x', typeName: 'shape' }]] });
    expect(inA).toEqual([]);
    expect(inB).toEqual([['shape:x']]);
    // A stock client writing straight into the map is seen by both.
    b.getMap(VRIJBORD_MAPS.records).set('shape:y', 42);
    expect(inA).toEqual([['shape:y']]);
    expect(inB).toEqual([['shape:x'], ['shape:y']]);
    stopA();
    stopB();
    schrijfVrijbord(b, { records: [['shape:z', null]] });
    expect(inA).toHaveLength(1);
  });

  it('reports a schema stored by another client, not its own', () => {
    const [a, b] = tweeDocs();
    let inA = 0;
    const stop = observeerVrijbordSchema(a, () => inA++);
    schrijfVrijbord(a, { records: [], schema: { schemaVersion: 2, sequences: {} } });
    expect(inA).toBe(0);
    schrijfVrijbord(b, { records: [['shape:x', null]] });
    expect(inA).toBe(0);
    schrijfVrijbord(b, { records: [], schema: { schemaVersion: 2, sequences: { x: 1 } } });
    expect(inA).toBe(1);
    stop();
  });

  it('queues items with their source and skips malformed queue entries', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    let meldingen = 0;
    const stop = observeerWachtrij(doc, () => meldingen++);
    expect(plaatsOpVrijBord(doc, { tekst: '  Warme overdracht  ', bron: 'idee' }, ctx)).toMatchObject({ ok: true });
    expect(plaatsOpVrijBord(doc, { tekst: 'Zonder bron' }, ctx)).toMatchObject({ ok: true });
    expect(plaatsOpVrijBord(doc, { tekst: '   ' }, ctx)).toEqual({ ok: false, reden: 'ongeldige-tekst' });
    expect(plaatsOpVrijBord(doc, { tekst: 'x'.repeat(1001) }, ctx)).toEqual({ ok: false, reden: 'ongeldige-tekst' });
    const wachtrij = doc.getMap(VRIJBORD_MAPS.wachtrij);
    wachtrij.set('kapot', 'geen map');
    const zonderTekst = new Y.Map();
    zonderTekst.set('bron', 'idee');
    zonderTekst.set('aangemaakt', 1);
    wachtrij.set('leeg', zonderTekst);
    const vreemdeSleutel = new Y.Map();
    vreemdeSleutel.set('tekst', 'Wel tekst');
    vreemdeSleutel.set('bron', 'idee');
    vreemdeSleutel.set('aangemaakt', 1);
    wachtrij.set('../shape:x', vreemdeSleutel);
    expect(leesWachtrij(doc).map((i) => [i.tekst, i.bron])).toEqual([
      ['Warme overdracht', 'idee'],
      ['Zonder bron', 'anders'],
    ]);
    expect(meldingen).toBe(5);
    stop();
  });
});
