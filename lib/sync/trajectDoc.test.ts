import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { leesVersie } from './layout';
import { TRAJECT_DOC_VERSIE, migrateTrajectDoc } from './trajectDoc';
import { addActie, readActies } from './acties';
import { testContext } from './testContext';

describe('migrateTrajectDoc', () => {
  it('up: stamps a fresh doc with the current version', () => {
    const doc = new Y.Doc();
    expect(migrateTrajectDoc(doc)).toEqual({ ok: true, van: 0, naar: TRAJECT_DOC_VERSIE, gewijzigd: true });
    expect(leesVersie(doc)).toBe(TRAJECT_DOC_VERSIE);
  });

  it('up: keeps content written before the layout existed', () => {
    const doc = new Y.Doc();
    addActie(doc, { wat: 'Bel de kredietbank' }, testContext());
    migrateTrajectDoc(doc);
    expect(readActies(doc).map((a) => a.wat)).toEqual(['Bel de kredietbank']);
  });

  it('converges when two clients migrate concurrently', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    migrateTrajectDoc(a);
    migrateTrajectDoc(b);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(leesVersie(a)).toBe(TRAJECT_DOC_VERSIE);
    expect(leesVersie(b)).toBe(TRAJECT_DOC_VERSIE);
  });
});
