import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { langeLijst } from '../werkvormen/speerpunten/lijst';
import {
  addOntwikkelpunt,
  maakLos,
  ontwikkelpuntIdVoorIdee,
  readMatrix,
  readOntwikkelpunten,
  verwijderOntwikkelpunt,
  voegSamen,
  wijzigOntwikkelpunt,
  zetMatrixPositie,
} from './ontwikkelpunten';
import { ORIGIN } from './origins';
import { testContext } from './testContext';

const vrij = (titel: string) => ({ titel, bron: { soort: 'vrij' as const }, bijeenkomstId: 'b1' });

describe('ontwikkelpunten', () => {
  it('adds free input and ideas, an idea only once', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    expect(addOntwikkelpunt(doc, vrij(' Warme overdracht '), ctx)).toEqual({ ok: true, id: 'id-1' });
    const idee = { titel: 'Budgetcoach', bron: { soort: 'actieleren' as const, bijeenkomstId: 'b1' }, bijeenkomstId: 'b1' };
    const id = ontwikkelpuntIdVoorIdee('b1', 'Budgetcoach');
    expect(ontwikkelpuntIdVoorIdee('b1', ' budgetcoach! ')).toBe(id);
    expect(ontwikkelpuntIdVoorIdee('b2', 'Budgetcoach')).not.toBe(id);
    addOntwikkelpunt(doc, idee, ctx, id);
    addOntwikkelpunt(doc, idee, ctx, id);
    expect(readOntwikkelpunten(doc).map((p) => [p.titel, p.bron.soort])).toEqual([
      ['Warme overdracht', 'vrij'],
      ['Budgetcoach', 'actieleren'],
    ]);
    expect(origins.every((o) => o === ORIGIN.ontwikkelpunten)).toBe(true);
    expect(addOntwikkelpunt(doc, vrij('  '), ctx)).toEqual({ ok: false, reden: 'ongeldig-ontwikkelpunt' });
    expect(wijzigOntwikkelpunt(doc, 'id-1', 'Warme overdracht naar de kredietbank')).toEqual({ ok: true });
    expect(readOntwikkelpunten(doc)[0]?.titel).toBe('Warme overdracht naar de kredietbank');
  });

  it('merges duplicates, takes the merged one off the matrix, and splits them again', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    for (const t of ['Wachttijd intake', 'Wachtlijst intake', 'Lange wachttijd']) addOntwikkelpunt(doc, vrij(t), ctx);
    zetMatrixPositie(doc, 'id-2', { impact: 80, haalbaarheid: 30 });
    expect(voegSamen(doc, 'id-1', 'id-2')).toEqual({ ok: true });
    expect(voegSamen(doc, 'id-3', 'id-1')).toEqual({ ok: true });
    expect(voegSamen(doc, 'id-2', 'id-3')).toEqual({ ok: false, reden: 'zelfde' });
    expect(readMatrix(doc)).toEqual({});
    const lijst = langeLijst(readOntwikkelpunten(doc));
    expect(lijst.map((i) => [i.punt.titel, i.samengevoegd.map((x) => x.titel)])).toEqual([['Lange wachttijd', ['Wachttijd intake', 'Wachtlijst intake']]]);
    maakLos(doc, 'id-1');
    expect(langeLijst(readOntwikkelpunten(doc)).map((i) => i.punt.titel)).toEqual(['Wachttijd intake', 'Lange wachttijd']);
  });

  it('removing an item frees what was merged into it', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    addOntwikkelpunt(doc, vrij('A'), ctx);
    addOntwikkelpunt(doc, vrij('B'), ctx);
    voegSamen(doc, 'id-1', 'id-2');
    expect(verwijderOntwikkelpunt(doc, 'id-1')).toEqual({ ok: true });
    expect(langeLijst(readOntwikkelpunten(doc)).map((i) => i.punt.titel)).toEqual(['B']);
  });

  it('stores a matrix position as one value: concurrent drags end at one of the two positions', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    zetMatrixPositie(a, 'p', { impact: 50, haalbaarheid: 50 });
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    zetMatrixPositie(a, 'p', { impact: 90, haalbaarheid: 10 });
    zetMatrixPositie(b, 'p', { impact: 20, haalbaarheid: 80.6 });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readMatrix(a)).toEqual(readMatrix(b));
    expect([JSON.stringify({ impact: 90, haalbaarheid: 10 }), JSON.stringify({ impact: 20, haalbaarheid: 81 })]).toContain(JSON.stringify(readMatrix(a).p));
    zetMatrixPositie(a, 'p', null);
    expect(readMatrix(a)).toEqual({});
  });

  it('skips malformed matrix values', () => {
    const doc = new Y.Doc();
    doc.getMap('matrix').set('x', { impact: 500, haalbaarheid: 1 });
    doc.getMap('matrix').set('y', 'midden');
    expect(readMatrix(doc)).toEqual({});
  });
});
