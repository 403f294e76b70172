import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSucces, readSuccessen } from './successen';
import { ORIGIN } from './origins';
import { testContext } from './testContext';

describe('successen', () => {
  it('adds and reads successen in order', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    addSucces(doc, { tekst: 'Eerste warme overdracht', bijeenkomstId: 'b1' }, ctx);
    addSucces(doc, { tekst: 'Wachtlijst weg' }, ctx);
    expect(readSuccessen(doc).map((s) => [s.tekst, s.bijeenkomstId])).toEqual([
      ['Eerste warme overdracht', 'b1'],
      ['Wachtlijst weg', null],
    ]);
    expect(origins).toEqual([ORIGIN.successen, ORIGIN.successen]);
  });

  it('refuses empty text and skips malformed entries', () => {
    const doc = new Y.Doc();
    expect(addSucces(doc, { tekst: '' }, testContext())).toMatchObject({ ok: false });
    const m = new Y.Map();
    m.set('tekst', '');
    doc.getMap('successen').set('x', m);
    expect(readSuccessen(doc)).toEqual([]);
  });
});
