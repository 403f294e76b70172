import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leesVersie } from './layout';
import { BIJEENKOMST_DOC_VERSIE, migrateBijeenkomstDoc } from './bijeenkomstDoc';
import { ensureLayout } from './ensureLayout';
import { readCheckin, setCheckin } from './opening';

describe('migrateBijeenkomstDoc', () => {
  it('up: creates the nested maps of the Opening', () => {
    const doc = new Y.Doc();
    expect(migrateBijeenkomstDoc(doc)).toMatchObject({ ok: true, naar: BIJEENKOMST_DOC_VERSIE });
    const opening = doc.getMap('opening');
    expect(opening.get('checkAct')).toBeInstanceOf(Y.Map);
    expect(opening.get('checkin')).toBeInstanceOf(Y.Map);
    expect(leesVersie(doc)).toBe(1);
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
    expect(ensureLayout(traject, 'traject')).toMatchObject({ ok: true, naar: 1 });
  });
});
