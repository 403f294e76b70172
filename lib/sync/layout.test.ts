import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leesVersie, migreer, type Migratie } from './layout';
import { ORIGIN } from './origins';

describe('migreer', () => {
  const migraties: Migratie[] = [
    { naar: 1, up: (d) => d.getMap('a').set('x', 1) },
    { naar: 2, up: (d) => d.getMap('a').set('y', 2) },
  ];

  it('runs every step above the stored version in one transaction with the layout origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    expect(migreer(doc, migraties)).toEqual({ ok: true, van: 0, naar: 2, gewijzigd: true });
    expect(doc.getMap('a').toJSON()).toEqual({ x: 1, y: 2 });
    expect(leesVersie(doc)).toBe(2);
    expect(origins).toEqual([ORIGIN.layout]);
  });

  it('only runs the missing steps', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('versie', 1);
    migreer(doc, migraties);
    expect(doc.getMap('a').toJSON()).toEqual({ y: 2 });
  });

  it('writes nothing when the doc is current', () => {
    const doc = new Y.Doc();
    migreer(doc, migraties);
    let updates = 0;
    doc.on('update', () => updates++);
    expect(migreer(doc, migraties)).toMatchObject({ ok: true, gewijzigd: false });
    expect(updates).toBe(0);
  });

  it('leaves a doc of a newer version alone', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('versie', 9);
    expect(migreer(doc, migraties)).toEqual({ ok: false, reden: 'nieuwere-versie', versie: 9 });
    expect(doc.getMap('a').size).toBe(0);
  });

  it('treats a malformed version as 0', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('versie', 'kapot');
    expect(leesVersie(doc)).toBe(0);
    expect(migreer(doc, migraties)).toMatchObject({ ok: true, van: 0, naar: 2 });
  });
});
