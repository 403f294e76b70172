import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAanscherping,
  leesActielerenTekst,
  readActieleren,
  readAanscherpingen,
  verwijderAanscherping,
  wijzigActielerenTekst,
} from './actieleren';
import { migrateBijeenkomstDoc } from './bijeenkomstDoc';
import { ORIGIN } from './origins';
import { tekstDiff } from './tekstDiff';
import { testContext } from './testContext';

function typ(doc: Y.Doc, veld: 'casus' | 'casusTitel', nieuw: string) {
  const d = tekstDiff(leesActielerenTekst(doc, veld), nieuw);
  return d ? wijzigActielerenTekst(doc, veld, d) : { ok: true };
}

describe('actieleren: shared texts', () => {
  it('applies edits with the actieleren origin', () => {
    const doc = new Y.Doc();
    migrateBijeenkomstDoc(doc);
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    typ(doc, 'casus', 'Mevrouw J. heeft schulden');
    typ(doc, 'casus', 'Mevrouw J. heeft betalingsachterstanden');
    expect(leesActielerenTekst(doc, 'casus')).toBe('Mevrouw J. heeft betalingsachterstanden');
    expect(origins).toEqual([ORIGIN.actieleren, ORIGIN.actieleren]);
  });

  it('merges two people typing in different places of the casus', () => {
    const server = new Y.Doc();
    migrateBijeenkomstDoc(server);
    typ(server, 'casus', 'Begin. Eind.');
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    typ(a, 'casus', 'Begin van Anna. Eind.');
    typ(b, 'casus', 'Begin. Eind van Bram.');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(leesActielerenTekst(a, 'casus')).toBe('Begin van Anna. Eind van Bram.');
  });

  it('clamps stale offsets and refuses text over the maximum', () => {
    const doc = new Y.Doc();
    expect(wijzigActielerenTekst(doc, 'casusTitel', { index: 50, verwijder: 9, invoeg: 'Titel' })).toEqual({ ok: true });
    expect(leesActielerenTekst(doc, 'casusTitel')).toBe('Titel');
    expect(wijzigActielerenTekst(doc, 'casusTitel', { index: 0, verwijder: 0, invoeg: 'x'.repeat(300) })).toMatchObject({ ok: false });
    expect(wijzigActielerenTekst(doc, 'kapot' as never, { index: 0, verwijder: 0, invoeg: 'x' })).toMatchObject({ ok: false });
  });

  it('reads a malformed field as empty', () => {
    const doc = new Y.Doc();
    doc.getMap('actieleren').set('samenvatting', 42);
    expect(readActieleren(doc)).toMatchObject({ samenvatting: '', casus: '', aanscherpingen: [] });
  });
});

describe('actieleren: aanscherpingen', () => {
  it('adds, reads in order, and removes only your own', () => {
    const doc = new Y.Doc();
    migrateBijeenkomstDoc(doc);
    const ctx = testContext();
    const een = addAanscherping(doc, { tekst: ' Eerst de huisbaas bellen ', auteurId: 'p1', auteur: 'Anna' }, ctx);
    addAanscherping(doc, { tekst: 'Ook de kredietbank erbij', auteurId: 'p2', auteur: 'Bram' }, ctx);
    expect(readAanscherpingen(doc).map((a) => [a.tekst, a.auteur])).toEqual([
      ['Eerst de huisbaas bellen', 'Anna'],
      ['Ook de kredietbank erbij', 'Bram'],
    ]);
    if (!een.ok) throw new Error('verwacht ok');
    expect(verwijderAanscherping(doc, een.id, 'p2')).toMatchObject({ ok: false });
    expect(verwijderAanscherping(doc, een.id, 'p1')).toEqual({ ok: true });
    expect(readAanscherpingen(doc).map((a) => a.auteur)).toEqual(['Bram']);
  });

  it('refuses empty text and skips malformed entries', () => {
    const doc = new Y.Doc();
    expect(addAanscherping(doc, { tekst: '  ', auteurId: 'p1', auteur: 'Anna' }, testContext())).toMatchObject({ ok: false });
    migrateBijeenkomstDoc(doc);
    (doc.getMap('actieleren').get('aanscherpingen') as Y.Map<unknown>).set('x', 'geen map');
    expect(readAanscherpingen(doc)).toEqual([]);
  });
});
