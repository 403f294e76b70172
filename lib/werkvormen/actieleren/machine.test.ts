import { describe, expect, it } from 'vitest';
import type { PubliekeRonde } from '../../protocol';
import {
  antwoordFase,
  geldigeStap,
  ideeenVan,
  leesInstellingen,
  metVertellers,
  navigeer,
  ontbreekt,
  stemFase,
  stemWijziging,
  type ActielerenStaat,
  type BordStand,
} from './machine';

const prive = (status: PubliekeRonde['status'], aantal = 0): PubliekeRonde => ({
  id: 'r1',
  soort: 'prive',
  titel: 'Antwoorden',
  status,
  aantalInzendingen: aantal,
});
const stemronde = (status: PubliekeRonde['status']): PubliekeRonde => ({
  id: 'r2',
  soort: 'stemmen',
  titel: 'Ideeën',
  status,
  aantalInzendingen: 2,
  opties: ['Budgetcoach', 'Huisbezoek', 'Wachtlijst weg'],
  budget: 3,
});

function staat(over: Partial<ActielerenStaat> = {}): ActielerenStaat {
  return { instellingen: {}, rondes: [], onthuld: {}, uitslagen: {}, ...over };
}

const leegBord: BordStand = { casus: '', reflectievraag: '', dialoog: '', samenvatting: '', aanscherpingen: 0, vervolgacties: 0 };

describe('steps', () => {
  it('shows step 0 (a fresh werkvorm) as step 1 and clamps the rest', () => {
    expect([0, 1, 5, 9, 12, Number.NaN].map(geldigeStap)).toEqual([1, 1, 5, 9, 9, 1]);
  });

  it('goes back, forward, to a step, and ends early on to the next werkvorm', () => {
    expect(navigeer(0, { type: 'volgende' })).toEqual({ ok: true, werkvorm: 'actieleren', stap: 2 });
    expect(navigeer(1, { type: 'vorige' })).toEqual({ ok: false, reden: 'eerste-stap' });
    expect(navigeer(9, { type: 'volgende' })).toEqual({ ok: false, reden: 'laatste-stap' });
    expect(navigeer(4, { type: 'vorige' })).toEqual({ ok: true, werkvorm: 'actieleren', stap: 3 });
    expect(navigeer(4, { type: 'naar', stap: 7 })).toEqual({ ok: true, werkvorm: 'actieleren', stap: 7 });
    expect(navigeer(4, { type: 'naar', stap: 10 })).toMatchObject({ ok: false });
    expect(navigeer(4, { type: 'afronden', agenda: ['opening', 'actieleren', 'klantreis', 'afsluiting'] })).toEqual({
      ok: true,
      werkvorm: 'klantreis',
      stap: 0,
    });
    expect(navigeer(4, { type: 'afronden', agenda: ['opening'] })).toEqual({ ok: true, werkvorm: 'afsluiting', stap: 0 });
  });
});

describe('settings', () => {
  it('reads what the server decided and ignores what does not parse', () => {
    expect(leesInstellingen({ casusinbrenger: 'p1', vertellers: ['p1', 'p2'] })).toEqual({ casusinbrenger: 'p1', vertellers: ['p1', 'p2'] });
    expect(leesInstellingen({ vertellers: 'kapot' })).toEqual({});
    expect(leesInstellingen(undefined)).toEqual({});
  });
});

describe('the answer round of step 3', () => {
  it('follows the round from open to revealed', () => {
    const inst = { antwoordRonde: 'r1' };
    expect(antwoordFase(staat())).toEqual({ soort: 'geen' });
    expect(antwoordFase(staat({ instellingen: inst, rondes: [prive('open', 2)] }))).toEqual({ soort: 'open', rondeId: 'r1', aantal: 2 });
    expect(antwoordFase(staat({ instellingen: inst, rondes: [prive('onthuld', 2)] }))).toEqual({ soort: 'onthullen', rondeId: 'r1' });
    const inzendingen = [{ auteur: 'p1', naam: 'Anna', tekst: 'Budgetcoach\n- Huisbezoek' }];
    const onthuld = staat({ instellingen: inst, rondes: [prive('onthuld', 1)], onthuld: { r1: inzendingen } });
    expect(antwoordFase(onthuld)).toEqual({ soort: 'onthuld', rondeId: 'r1', inzendingen });
    expect(ideeenVan(onthuld).map((i) => i.tekst)).toEqual(['Budgetcoach', 'Huisbezoek']);
    expect(ideeenVan(staat({ instellingen: inst, rondes: [prive('open', 1)] }))).toEqual([]);
  });

  it('puts the two tellers first and marks them', () => {
    const lijst = [
      { auteur: 'p1', naam: 'Anna', tekst: 'a' },
      { auteur: 'p2', naam: 'Bram', tekst: 'b' },
      { auteur: 'p3', naam: 'Cas', tekst: 'c' },
    ];
    expect(metVertellers(lijst, ['p3', 'p2']).map((x) => [x.inzending.naam, x.verteller])).toEqual([
      ['Bram', true],
      ['Cas', true],
      ['Anna', false],
    ]);
  });
});

describe('the vote of step 5', () => {
  it('shows the result only once it arrived, most dots first', () => {
    const inst = { stemRonde: 'r2' };
    expect(stemFase(staat({ instellingen: inst, rondes: [stemronde('open')] }))).toMatchObject({ soort: 'open', budget: 3, aantal: 2 });
    expect(stemFase(staat({ instellingen: inst, rondes: [stemronde('gesloten')] }))).toMatchObject({ soort: 'tellen' });
    const uit = stemFase(staat({ instellingen: inst, rondes: [stemronde('gesloten')], uitslagen: { r2: { '0': 1, '1': 4, '2': 1 } } }));
    expect(uit).toEqual({
      soort: 'uitslag',
      rondeId: 'r2',
      uitslag: [
        { optie: 1, tekst: 'Huisbezoek', stemmen: 4 },
        { optie: 0, tekst: 'Budgetcoach', stemmen: 1 },
        { optie: 2, tekst: 'Wachtlijst weg', stemmen: 1 },
      ],
      winnaar: { tekst: 'Huisbezoek', stemmen: 4 },
    });
  });

  it('keeps a person within the budget', () => {
    expect(stemWijziging(undefined, 0, 1, 3)).toEqual({ ok: true, aantal: 1 });
    expect(stemWijziging({ '0': 2, '1': 1 }, 2, 1, 3)).toEqual({ ok: false, reden: 'budget-op' });
    expect(stemWijziging({ '0': 2, '1': 1 }, 0, -1, 3)).toEqual({ ok: true, aantal: 1 });
    expect(stemWijziging({ '0': 2 }, 1, -1, 3)).toEqual({ ok: false, reden: 'geen-stem' });
  });
});

describe('what a step still needs', () => {
  it('names the missing pieces per step', () => {
    expect(ontbreekt(1, staat(), leegBord)).toEqual(['casusinbrenger', 'casus']);
    expect(ontbreekt(1, staat({ instellingen: { casusinbrenger: 'p1' } }), { ...leegBord, casus: 'x' })).toEqual([]);
    expect(ontbreekt(3, staat(), leegBord)).toEqual(['antwoordronde']);
    expect(ontbreekt(3, staat({ instellingen: { antwoordRonde: 'r1' }, rondes: [prive('open')] }), leegBord)).toEqual(['antwoorden']);
    expect(ontbreekt(4, staat({ instellingen: { antwoordRonde: 'r1' }, rondes: [prive('open', 1)] }), leegBord)).toEqual([
      'vertellers',
      'onthulling',
    ]);
    expect(ontbreekt(5, staat({ instellingen: { stemRonde: 'r2' }, rondes: [stemronde('open')] }), leegBord)).toEqual([
      'uitslag',
      'gekozen-idee',
    ]);
    expect(ontbreekt(7, staat({ instellingen: { samenvatter: 'p2' } }), leegBord)).toEqual(['samenvatting']);
    expect(ontbreekt(9, staat(), { ...leegBord, vervolgacties: 1 })).toEqual([]);
  });
});
