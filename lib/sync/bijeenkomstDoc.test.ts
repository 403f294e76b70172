import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leesVersie } from './layout';
import { ACTIELEREN_TEKSTEN, BIJEENKOMST_DOC_VERSIE, migrateBijeenkomstDoc } from './bijeenkomstDoc';
import { ensureLayout } from './ensureLayout';
import { TRAJECT_DOC_VERSIE } from './trajectDoc';
import { readCheckin, setCheckin } from './opening';

describe('migrateBijeenkomstDoc', () => {
  it('up: creates the nested maps of the Opening', () => {
    const doc = new Y.Doc();
    expect(migrateBijeenkomstDoc(doc)).toMatchObject({ ok: true, naar: BIJEENKOMST_DOC_VERSIE });
    const opening = doc.getMap('opening');
    expect(opening.get('checkAct')).toBeInstanceOf(Y.Map);
    expect(opening.get('checkin')).toBeInstanceOf(Y.Map);
    expect(leesVersie(doc)).toBe(BIJEENKOMST_DOC_VERSIE);
  });

  it('up: keeps existing check-ins (idempotent)', () => {
    const doc = new Y.Doc();
    setCheckin(doc, 'p1', 'Goed');
    doc.getMap('meta').set('versie', 0);
    migrateBijeenkomstDoc(doc);
    expect(readCheckin(doc)).toEqual({ p1: 'Goed' });
  });

  it('up: replaces a malformed nested value', () => {
    const doc = new Y.Doc();
    doc.getMap('opening').set('checkin', 'rommel');
    migrateBijeenkomstDoc(doc);
    expect(doc.getMap('opening').get('checkin')).toBeInstanceOf(Y.Map);
  });

  it('ensureLayout dispatches by doc kind', () => {
    const doc = new Y.Doc();
    ensureLayout(doc, 'bijeenkomst');
    expect(doc.getMap('opening').get('checkin')).toBeInstanceOf(Y.Map);
    const traject = new Y.Doc();
    expect(ensureLayout(traject, 'traject')).toMatchObject({ ok: true, naar: TRAJECT_DOC_VERSIE });
  });

  it('up v2: creates the texts of actieleren and the maps of the Afsluiting', () => {
    const doc = new Y.Doc();
    doc.getMap('meta').set('versie', 1);
    expect(migrateBijeenkomstDoc(doc)).toMatchObject({ ok: true, van: 1, naar: 2 });
    const actieleren = doc.getMap('actieleren');
    for (const veld of ACTIELEREN_TEKSTEN) expect(actieleren.get(veld)).toBeInstanceOf(Y.Text);
    expect(actieleren.get('aanscherpingen')).toBeInstanceOf(Y.Map);
    expect(doc.getMap('afsluiting').get('vraagstukken')).toBeInstanceOf(Y.Map);
  });

  it('up v2: keeps existing text and replaces malformed values (idempotent)', () => {
    const doc = new Y.Doc();
    migrateBijeenkomstDoc(doc);
    (doc.getMap('actieleren').get('casus') as Y.Text).insert(0, 'Een casus');
    doc.getMap('actieleren').set('dialoog', 'rommel');
    doc.getMap('meta').set('versie', 1);
    migrateBijeenkomstDoc(doc);
    expect(String(doc.getMap('actieleren').get('casus'))).toBe('Een casus');
    expect(doc.getMap('actieleren').get('dialoog')).toBeInstanceOf(Y.Text);
  });

  it('a second client that syncs first edits the same Y.Text', () => {
    const server = new Y.Doc();
    migrateBijeenkomstDoc(server);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(server));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(server));
    expect(migrateBijeenkomstDoc(a)).toMatchObject({ gewijzigd: false });
    (a.getMap('actieleren').get('casus') as Y.Text).insert(0, 'Anna ');
    (b.getMap('actieleren').get('casus') as Y.Text).insert(0, 'Bram ');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(String(a.getMap('actieleren').get('casus'))).toBe(String(b.getMap('actieleren').get('casus')));
    expect(String(a.getMap('actieleren').get('casus'))).toContain('Anna');
    expect(String(a.getMap('actieleren').get('casus'))).toContain('Bram');
  });
});
