import { describe, expect, it } from 'vitest';
import { ActielerenUitkomst } from '../../verslag/snapshot';
import type { Actie } from '../../sync/acties';
import { actielerenVerslag, vervolgacties, type ActielerenVerslagInvoer } from './verslag';

const namen: Record<string, string> = { p1: 'Fatima Ouali', p2: 'Bram Jansen' };
const basis: ActielerenVerslagInvoer = {
  bord: {
    casusTitel: ' Huurachterstand na ontslag ',
    reflectievraag: 'Hoe krijgen we de verhuurder eerder aan tafel?',
    samenvatting: 'We bellen samen.',
    aanscherpingen: [
      { tekst: 'Ook de kredietbank', auteur: 'Bram Jansen', aangemaakt: 2 },
      { tekst: 'Eerst de huisbaas', auteur: 'Fatima Ouali', aangemaakt: 1 },
      { tekst: '  ', auteur: 'Bram Jansen', aangemaakt: 3 },
    ],
  },
  instellingen: { casusinbrenger: 'p1', samenvatter: 'p2', gekozenIdee: { tekst: 'Huisbezoek samen', stemmen: 4 } },
  onthuld: [
    { auteur: 'p1', naam: 'Fatima Ouali', tekst: 'Huisbezoek samen\n- Budgetcoach' },
    { auteur: 'p2', naam: 'Bram Jansen', tekst: 'huisbezoek samen' },
  ],
  stemming: null,
  naamVan: (id) => namen[id] ?? null,
};

describe('actielerenVerslag', () => {
  it('gives the snapshot part the verslag reads, with ideas from the revealed answers', () => {
    const uit = actielerenVerslag(basis);
    expect(ActielerenUitkomst.parse(uit)).toEqual(uit);
    expect(uit).toEqual({
      casusTitel: 'Huurachterstand na ontslag',
      reflectievraag: 'Hoe krijgen we de verhuurder eerder aan tafel?',
      casusinbrenger: 'Fatima Ouali',
      samenvatter: 'Bram Jansen',
      ideeen: [
        { tekst: 'Huisbezoek samen', stemmen: null },
        { tekst: 'Budgetcoach', stemmen: null },
      ],
      gekozenIdee: { tekst: 'Huisbezoek samen', stemmen: 4 },
      samenvatting: 'We bellen samen.',
      aanscherpingen: [
        { tekst: 'Eerst de huisbaas', auteur: 'Fatima Ouali' },
        { tekst: 'Ook de kredietbank', auteur: 'Bram Jansen' },
      ],
    });
  });

  it('takes the dots from the closed vote, and no ideas before the reveal', () => {
    const metStemming = actielerenVerslag({ ...basis, stemming: { opties: ['Huisbezoek samen', 'Budgetcoach'], stemmen: { '0': 4, '1': 1 } } });
    expect(metStemming.ideeen).toEqual([
      { tekst: 'Huisbezoek samen', stemmen: 4 },
      { tekst: 'Budgetcoach', stemmen: 1 },
    ]);
    expect(actielerenVerslag({ ...basis, onthuld: null }).ideeen).toEqual([]);
  });

  it('keeps within the verslag limits', () => {
    const lang = actielerenVerslag({ ...basis, bord: { ...basis.bord, samenvatting: 'x'.repeat(30_000) } });
    expect(ActielerenUitkomst.safeParse(lang).success).toBe(true);
  });
});

describe('vervolgacties', () => {
  it('keeps the acties of actieleren in this bijeenkomst', () => {
    const actie = (id: string, werkvorm: Actie['werkvorm'], bijeenkomstId: string | null): Actie => ({
      id,
      wat: id,
      wie: '',
      wanneer: '',
      status: 'open',
      bijeenkomstId,
      werkvorm,
      aangemaakt: 1,
    });
    const lijst = [actie('a', 'actieleren', 'b1'), actie('b', 'afsluiting', 'b1'), actie('c', 'actieleren', 'b0')];
    expect(vervolgacties(lijst, 'b1').map((a) => a.id)).toEqual(['a']);
  });
});
