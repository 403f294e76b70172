import { describe, expect, it } from 'vitest';
import { diversiteitsTips } from './diversiteit';
import { LEGE_PERSONA, type Persona } from './schema';

const p = (x: Partial<Persona>): Persona => ({ ...LEGE_PERSONA, ...x });

describe('diversiteitsTips', () => {
  it('asks for a first and a second klant, and for an ervaringsdeskundige', () => {
    expect(diversiteitsTips([])).toEqual(['eerste']);
    expect(diversiteitsTips([p({ naam: 'Sandra' })])).toEqual(['tweede', 'ervaringsdeskundige']);
    expect(diversiteitsTips([p({ ervaringsdeskundige: true })])).toEqual(['tweede']);
  });

  it('names what the set shares: age band, children, problematiek', () => {
    const tips = diversiteitsTips([
      p({ leeftijdsklasse: '27-45', huishouden: 'gezin-met-kinderen', problematiek: 'Huurschuld' }),
      p({ leeftijdsklasse: '27-45', huishouden: 'alleenstaande-ouder', problematiek: 'huurschuld ' }),
    ]);
    expect(tips).toEqual(['leeftijd', 'kinderen', 'problematiek', 'ervaringsdeskundige']);
  });

  it('is content with a diverse set', () => {
    expect(
      diversiteitsTips([
        p({ leeftijdsklasse: 'tot-27', huishouden: 'alleenstaand', problematiek: 'Studieschuld', ervaringsdeskundige: true }),
        p({ leeftijdsklasse: '45-aow', huishouden: 'gezin-met-kinderen', problematiek: 'Zzp, belastingschuld' }),
      ]),
    ).toEqual([]);
  });
});
