import { describe, expect, it } from 'vitest';
import { bouwVerslag } from './bouwVerslag';
import { naarMarkdown } from './markdown';
import { terugblik } from './terugblik';
import { legeSnapshot, volleSnapshot } from './testSnapshot';

describe('terugblik', () => {
  it('gives the intentie, the new actions and the successen of a generated verslag', () => {
    expect(terugblik(naarMarkdown(bouwVerslag(volleSnapshot())))).toEqual([
      'Vorige keer wilden we: Samen scherp krijgen waar het schuurt',
      'Afgesproken acties: 3 (Route beslagvrije voet uitwerken met UWV; Checklist eerste werkdag maken)',
      'Successen: Meneer K. heeft zijn eerste volle loon ontvangen',
    ]);
  });

  it('skips what is empty or was removed by the begeleider', () => {
    expect(terugblik(naarMarkdown(bouwVerslag(legeSnapshot())))).toEqual(['Vorige keer wilden we: Samen scherp krijgen waar het schuurt']);
    expect(terugblik('# Verslag\n\nAlleen een vrije tekst.\n')).toEqual([]);
  });

  it('reads the first, plain format too', () => {
    expect(terugblik('# T\n\nIntentie: Oud formaat\n')).toEqual(['Vorige keer wilden we: Oud formaat']);
  });
});
