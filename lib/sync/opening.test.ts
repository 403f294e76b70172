import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readCheckAct, readCheckin, setCheckAct, setCheckin } from './opening';
import { ORIGIN } from './origins';

describe('opening: check and act', () => {
  it('sets resultaat and besluit per speerpunt', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    expect(setCheckAct(doc, 's1', { resultaat: '12 van 20 meldingen' })).toEqual({ ok: true });
    setCheckAct(doc, 's1', { besluit: 'bijstellen' });
    expect(readCheckAct(doc)).toEqual({ s1: { resultaat: '12 van 20 meldingen', besluit: 'bijstellen' } });
    expect(origins).toEqual([ORIGIN.opening, ORIGIN.opening]);
  });

  it('refuses an unknown besluit', () => {
    const doc = new Y.Doc();
    expect(setCheckAct(doc, 's1', { besluit: 'misschien' as never })).toMatchObject({ ok: false });
  });

  it('reads malformed fields as empty', () => {
    const doc = new Y.Doc();
    setCheckAct(doc, 's1', { resultaat: 'x' });
    const item = (doc.getMap('opening').get('checkAct') as Y.Map<unknown>).get('s1') as Y.Map<unknown>;
    item.set('besluit', 'raar');
    expect(readCheckAct(doc)).toEqual({ s1: { resultaat: 'x', besluit: '' } });
  });

  it('merges concurrent edits of different speerpunten after the layout exists', () => {
    const a = new Y.Doc();
    setCheckAct(a, 's0', {});
    const b = new Y.Doc();
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    setCheckAct(a, 's1', { besluit: 'doorgaan' });
    setCheckAct(b, 's2', { besluit: 'stoppen' });
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    expect(Object.keys(readCheckAct(a)).sort()).toEqual(['s0', 's1', 's2']);
  });
});

describe('opening: check-in', () => {
  it('sets, replaces and clears a line per person', () => {
    const doc = new Y.Doc();
    setCheckin(doc, 'p1', 'Moe maar nieuwsgierig');
    setCheckin(doc, 'p2', 'Scherp');
    setCheckin(doc, 'p1', 'Wakker');
    expect(readCheckin(doc)).toEqual({ p1: 'Wakker', p2: 'Scherp' });
    setCheckin(doc, 'p2', '  ');
    expect(readCheckin(doc)).toEqual({ p1: 'Wakker' });
  });

  it('refuses overlong lines and skips non-strings', () => {
    const doc = new Y.Doc();
    expect(setCheckin(doc, 'p1', 'x'.repeat(301))).toMatchObject({ ok: false });
    setCheckin(doc, 'p1', 'ok');
    (doc.getMap('opening').get('checkin') as Y.Map<unknown>).set('p2', 5);
    expect(readCheckin(doc)).toEqual({ p1: 'ok' });
  });
});
