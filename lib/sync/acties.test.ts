import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addActie, openActiesVanEerder, readActies, setActieStatus } from './acties';
import { ORIGIN } from './origins';
import { testContext } from './testContext';

describe('acties', () => {
  it('adds an open actie and reads it back', () => {
    const doc = new Y.Doc();
    const uit = addActie(
      doc,
      { wat: ' Werkgevers uitnodigen ', wie: 'Fatima', wanneer: '2026-03-01', bijeenkomstId: 'b1', werkvorm: 'opening' },
      testContext(),
    );
    expect(uit).toEqual({ ok: true, id: 'id-1' });
    expect(readActies(doc)).toEqual([
      {
        id: 'id-1',
        wat: 'Werkgevers uitnodigen',
        wie: 'Fatima',
        wanneer: '2026-03-01',
        status: 'open',
        bijeenkomstId: 'b1',
        werkvorm: 'opening',
        aangemaakt: 1_700_000_001_000,
      },
    ]);
  });

  it('names its origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    const uit = addActie(doc, { wat: 'x' }, testContext());
    if (!uit.ok) throw new Error('verwacht ok');
    setActieStatus(doc, uit.id, 'bezig');
    expect(origins).toEqual([ORIGIN.acties, ORIGIN.acties]);
  });

  it('refuses an empty wat', () => {
    const doc = new Y.Doc();
    expect(addActie(doc, { wat: '   ' }, testContext())).toEqual({ ok: false, reden: 'ongeldige-actie' });
    expect(readActies(doc)).toEqual([]);
  });

  it('changes status, and refuses unknown ids and statuses', () => {
    const doc = new Y.Doc();
    const uit = addActie(doc, { wat: 'x' }, testContext());
    if (!uit.ok) throw new Error('verwacht ok');
    expect(setActieStatus(doc, uit.id, 'gedaan')).toEqual({ ok: true });
    expect(readActies(doc)[0]?.status).toBe('gedaan');
    expect(setActieStatus(doc, 'nope', 'gedaan')).toMatchObject({ ok: false });
    expect(setActieStatus(doc, uit.id, 'kapot' as never)).toMatchObject({ ok: false });
  });

  it('skips malformed entries written by a hostile client', () => {
    const doc = new Y.Doc();
    addActie(doc, { wat: 'goed' }, testContext());
    const acties = doc.getMap('acties');
    acties.set('plat', 'geen map');
    const kapot = new Y.Map();
    kapot.set('wat', 42);
    acties.set('kapot', kapot);
    const status = new Y.Map();
    for (const [k, v] of Object.entries({ wat: 'a', wie: '', wanneer: '', status: 'weg', bijeenkomstId: null, werkvorm: null, aangemaakt: 1 })) status.set(k, v);
    acties.set('status', status);
    expect(readActies(doc).map((a) => a.wat)).toEqual(['goed']);
  });

  it('syncs between two docs', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    a.on('update', (u: Uint8Array) => Y.applyUpdate(b, u));
    addActie(a, { wat: 'samen' }, testContext());
    expect(readActies(b).map((x) => x.wat)).toEqual(['samen']);
  });

  it('openActiesVanEerder keeps open/bezig acties from other bijeenkomsten', () => {
    const doc = new Y.Doc();
    const ctx = testContext();
    addActie(doc, { wat: 'eerder open', bijeenkomstId: 'b1' }, ctx);
    const bezig = addActie(doc, { wat: 'eerder bezig', bijeenkomstId: null }, ctx);
    const gedaan = addActie(doc, { wat: 'eerder gedaan', bijeenkomstId: 'b1' }, ctx);
    addActie(doc, { wat: 'vandaag', bijeenkomstId: 'b2' }, ctx);
    if (!bezig.ok || !gedaan.ok) throw new Error('verwacht ok');
    setActieStatus(doc, bezig.id, 'bezig');
    setActieStatus(doc, gedaan.id, 'gedaan');
    expect(openActiesVanEerder(readActies(doc), 'b2').map((a) => a.wat)).toEqual(['eerder open', 'eerder bezig']);
  });
});
