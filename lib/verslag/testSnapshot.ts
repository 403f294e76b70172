import type { SnapshotActie, VerslagSnapshot } from './snapshot';

/** A bare closed bijeenkomst: nobody ran a werkvorm, nothing was written. (Unit tests.) */
export function legeSnapshot(): VerslagSnapshot {
  return {
    versie: 1,
    gemaaktOp: Date.UTC(2030, 2, 14, 12, 0),
    traject: {
      id: 't1',
      type: 'werkplaats',
      titel: 'Werkplaats Arbeidstoeleiding en schulden',
      thema: 'Arbeidstoeleiding en schulden',
      vraagstuk: 'Hoe helpen we werkzoekenden met schulden eerder?',
      einddoel: 'Een gezamenlijke werkwijze in de keten',
      einddatum: '2030-12-31',
      trekker: 'Fatima',
    },
    bijeenkomst: { id: 'b2', nummer: 2, totaal: 6, datum: '2030-03-14T09:30:00.000Z', intentie: 'Samen scherp krijgen waar het schuurt', agenda: ['opening', 'afsluiting'] },
    begeleiders: [{ naam: 'Bea Begeleider' }],
    aanwezigen: [],
    opening: null,
    actieleren: null,
    afsluiting: null,
    acties: [],
    vorigeStatussen: null,
    nummers: { b1: 1, b2: 2, b3: 3 },
    successen: [],
    speerpunten: [],
    volgende: null,
  };
}

export function actie(id: string, velden: Partial<SnapshotActie> = {}): SnapshotActie {
  return { id, wat: `Actie ${id}`, wie: 'Ayşe', wanneer: '2030-04-01', status: 'open', bijeenkomstId: 'b2', werkvorm: 'afsluiting', ...velden };
}

/** A full bijeenkomst with every werkvorm that has a layout, Dutch characters throughout. (Unit tests.) */
export function volleSnapshot(): VerslagSnapshot {
  const s = legeSnapshot();
  return {
    ...s,
    bijeenkomst: { ...s.bijeenkomst, agenda: ['opening', 'actieleren', 'afsluiting'] },
    aanwezigen: [
      { id: 'p1', naam: 'Ayşe Demir', organisatie: 'Gemeente Utrecht', rol: 'uitvoering' },
      { id: 'p2', naam: 'Bram de Vries', organisatie: 'Kredietbank Nederland', rol: 'beleid' },
      { id: 'p3', naam: 'Chloë Jansen', organisatie: 'Cliëntenraad', rol: 'ervaringsdeskundige' },
      { id: 'p4', naam: 'Daan Noëlle', organisatie: 'Sociaal Werk De Brug', rol: 'management' },
    ],
    opening: { checkAct: [{ speerpuntId: 's1', resultaat: '12 van de 15 werkgevers bereikt; € 2.400 aan boetes voorkomen.', besluit: 'doorgaan' }] },
    speerpunten: [
      { id: 's1', titel: 'Vroegsignalering via werkgevers', doelstelling: '15 werkgevers melden signalen', trekker: 'Bram', eersteStap: 'Lijst werkgevers', status: 'actief' },
      { id: 's2', titel: 'Eén loket voor naïeve vragen', doelstelling: 'Binnen 3 dagen antwoord', trekker: 'Chloë', eersteStap: 'Pilot', status: 'actief' },
    ],
    actieleren: {
      casusTitel: 'Meneer K. en de loonbeslag-spiraal',
      reflectievraag: 'Hoe voorkomen we dat een nieuwe baan leidt tot meer schulden?',
      casusinbrenger: 'Ayşe Demir',
      samenvatter: 'Bram de Vries',
      ideeen: [
        { tekst: 'Beslagvrije voet direct herberekenen bij indiensttreding', stemmen: 5 },
        { tekst: 'Werkgever als vast contactpunt', stemmen: 3 },
        { tekst: 'Budgetcoach in de eerste drie maanden', stemmen: 2 },
        { tekst: 'Schuldeisers vooraf informeren', stemmen: 1 },
        { tekst: 'Eén gesprek met alle partijen', stemmen: 0 },
        { tekst: 'Infoblad voor werkgevers', stemmen: 0 },
      ],
      gekozenIdee: { tekst: 'Beslagvrije voet direct herberekenen bij indiensttreding', stemmen: 5 },
      samenvatting: 'De groep ziet dat het eerste loon vaak geheel wordt afgeroomd. Door de beslagvrije voet direct te herberekenen houdt meneer K. genoeg over; de kredietbank en het UWV spreken een vaste route af.',
      aanscherpingen: [
        { tekst: 'Ook de Belastingdienst meenemen in de route', auteur: 'Chloë Jansen' },
        { tekst: 'Checklist voor de eerste werkdag', auteur: 'Daan Noëlle' },
      ],
    },
    afsluiting: {
      vraagstukken: [],
      reflecties: [{ naam: 'Chloë Jansen', tekst: 'Mooi om mét in plaats van óver de klant te praten.' }],
    },
    acties: [
      actie('a0', { wat: 'Werkgevers bellen', bijeenkomstId: 'b1', status: 'gedaan', werkvorm: 'afsluiting' }),
      actie('a00', { wat: 'Folder herschrijven', bijeenkomstId: 'b1', status: 'bezig', wie: 'Daan' }),
      actie('a1', { wat: 'Route beslagvrije voet uitwerken met UWV', wie: 'Bram de Vries', werkvorm: 'actieleren' }),
      actie('a2', { wat: 'Checklist eerste werkdag maken', wie: 'Daan Noëlle', wanneer: 'voor de zomer' }),
      actie('a3', { wat: 'Cliëntenraad vragen om feedback op de checklist', wie: 'Chloë Jansen', wanneer: '2030-04-15' }),
    ],
    vorigeStatussen: { a0: 'open', a00: 'open' },
    successen: [
      { id: 'x0', tekst: 'Eerste werkgever doet mee', bijeenkomstId: 'b1' },
      { id: 'x1', tekst: 'Meneer K. heeft zijn eerste volle loon ontvangen', bijeenkomstId: 'b2' },
    ],
    volgende: { nummer: 3, datum: '2030-04-11T08:30:00.000Z', intentie: 'De route beslagvrije voet toetsen aan twee nieuwe casussen' },
  };
}
