import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSpeerpunt, readSpeerpunten } from './speerpunten';
import { testContext } from './testContext';

describe('speerpunten', () => {
  it('adds an actief speerpunt and reads it back', () => {
    const doc = new Y.Doc();
    addSpeerpunt(doc, { titel: 'Vroegsignalering', doelstelling: '20 meldingen per maand' }, testContext());
    expect(readSpeerpunten(doc)).toEqual([
      {
        id: 'id-1',
        titel: 'Vroegsignalering',
        doelstelling: '20 meldingen per maand',
        trekker: '',
        eersteStap: '',
        status: 'actief',
        aangemaakt: 1_700_000_001_000,
      },
    ]);
  });

  it('reads speerpunten without aangemaakt and skips malformed ones', () => {
    const doc = new Y.Doc();
    const goed = new Y.Map();
    for (const [k, v] of Object.entries({ titel: 'A', doelstelling: '', trekker: '', eersteStap: '', status: 'actief' })) goed.set(k, v);
    doc.getMap('speerpunten').set('a', goed);
    const fout = new Y.Map();
    fout.set('titel', 'B');
    doc.getMap('speerpunten').set('b', fout);
    expect(readSpeerpunten(doc).map((s) => s.id)).toEqual(['a']);
  });
});
