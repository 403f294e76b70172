import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readVraagstukKeuzes, setVraagstukKeuze } from './afsluiting';
import { ORIGIN } from './origins';

describe('afsluiting: vraagstukken', () => {
  it('sets, changes and clears a choice per participant with its origin', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (tr) => origins.push(tr.origin));
    setVraagstukKeuze(doc, 'p1', 'aan-de-slag');
    setVraagstukKeuze(doc, 'p2', 'uitdiepen');
    setVraagstukKeuze(doc, 'p1', 'uitdiepen');
    expect(readVraagstukKeuzes(doc)).toEqual({ p1: 'uitdiepen', p2: 'uitdiepen' });
    setVraagstukKeuze(doc, 'p2', null);
    expect(readVraagstukKeuzes(doc)).toEqual({ p1: 'uitdiepen' });
    expect(new Set(origins)).toEqual(new Set([ORIGIN.afsluiting]));
  });

  it('refuses unknown choices and skips malformed values', () => {
    const doc = new Y.Doc();
    expect(setVraagstukKeuze(doc, 'p1', 'misschien' as never)).toMatchObject({ ok: false });
    setVraagstukKeuze(doc, 'p1', 'aan-de-slag');
    (doc.getMap('afsluiting').get('vraagstukken') as Y.Map<unknown>).set('p2', 7);
    expect(readVraagstukKeuzes(doc)).toEqual({ p1: 'aan-de-slag' });
  });
});
