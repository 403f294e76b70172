import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addSpeerpunt, kiesSpeerpunt, readSpeerpunten, verwijderSpeerpunt, wijzigSpeerpunt, zetActieVolgorde } from './speerpunten';
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

describe('speerpunten chosen in the werkvorm', () => {
  it('chooses an ontwikkelpunt once, even twice at the same moment', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const keuze = { ontwikkelpuntId: 'kr-1', titel: 'Wachttijd', bijeenkomstId: 'b1', stemmen: 4 };
    expect(kiesSpeerpunt(a, keuze, testContext())).toEqual({ ok: true, id: 'sp-kr-1' });
    kiesSpeerpunt(b, keuze, testContext());
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(readSpeerpunten(a)).toHaveLength(1);
    expect(wijzigSpeerpunt(a, 'sp-kr-1', { trekker: 'Fatima', eersteStap: 'Bel de huisartsen', doelstelling: 'Intake binnen 2 weken' })).toEqual({ ok: true });
    // Choosing it again keeps what was filled in.
    kiesSpeerpunt(a, keuze, testContext());
    expect(zetActieVolgorde(a, 'sp-kr-1', ['x', 'y'])).toEqual({ ok: true });
    expect(readSpeerpunten(a)[0]).toMatchObject({
      titel: 'Wachttijd',
      trekker: 'Fatima',
      eersteStap: 'Bel de huisartsen',
      doelstelling: 'Intake binnen 2 weken',
      status: 'actief',
      ontwikkelpuntId: 'kr-1',
      bijeenkomstId: 'b1',
      stemmen: 4,
      actieVolgorde: ['x', 'y'],
    });
    expect(wijzigSpeerpunt(a, 'nope', { trekker: 'x' })).toMatchObject({ ok: false });
    expect(verwijderSpeerpunt(a, 'sp-kr-1')).toEqual({ ok: true });
    expect(readSpeerpunten(a)).toEqual([]);
  });
});
