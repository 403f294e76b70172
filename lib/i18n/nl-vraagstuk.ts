/**
 * Every Dutch string of the Vraagstuk, the Nulmeting and the Kletspot: their
 * views in the room, their parts of the traject page and of the verslag.
 * Wired into `nl` as `nl.vraagstuk`.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts. Pure module: no React, no Node.
 */

type NulmetingItemNaam =
  | 'pdca'
  | 'weten-willen-kunnen-mogen'
  | 'evidence-informed'
  | 'meerdere-niveaus'
  | 'drieslagleren'
  | 'weten'
  | 'willen'
  | 'kunnen'
  | 'mogen';

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/**
 * The nine items of the nulmeting with a one-line explanation, taken from
 * seed 001: the five kenmerken of a lerende organisatie (ch. 4, explained in
 * ch. 2) and the four conditions weten, willen, kunnen en mogen (ch. 2).
 */
const items: Record<NulmetingItemNaam, { naam: string; kort: string; uitleg: string }> = {
  pdca: {
    naam: 'Het doorlopen van de PDCA-cyclus',
    kort: 'PDCA-cyclus',
    uitleg: 'Plan, Do, Check, Act is ingebouwd in het werken: verbeteringen plannen, uitvoeren, het resultaat meten en de aanpak bijstellen.',
  },
  'weten-willen-kunnen-mogen': {
    naam: 'Aandacht voor weten, willen, kunnen en mogen',
    kort: 'Weten, willen, kunnen, mogen',
    uitleg: 'Mensen komen in beweging als ze weten dat het nodig is en het ook willen, kunnen en mogen.',
  },
  'evidence-informed': {
    naam: 'Evidence-informed werken, methodisch handelen en reflexief zijn',
    kort: 'Evidence-informed, methodisch, reflexief',
    uitleg: 'Werken op basis van de best beschikbare kennis, bewust stap voor stap, en jezelf een spiegel voorhouden.',
  },
  'meerdere-niveaus': {
    naam: 'Leercycli op meerdere niveaus',
    kort: 'Leren op meerdere niveaus',
    uitleg: 'Leren van individueel niveau tot nationaal stelsel: individu, team, organisatie, keten, regio en land.',
  },
  drieslagleren: {
    naam: 'Enkel-, dubbel- en drieslagleren faciliteren',
    kort: 'Enkel-, dubbel-, drieslagleren',
    uitleg: 'Niet alleen regels aanpassen, maar ook de inzichten erachter en de principes waarop de organisatie gebaseerd is.',
  },
  weten: {
    naam: 'Weten',
    kort: 'Weten',
    uitleg: 'Nut en noodzaak van leren zien, en zicht hebben op ontwikkelmogelijkheden en op je eigen grenzen.',
  },
  willen: {
    naam: 'Willen',
    kort: 'Willen',
    uitleg: 'Nieuwsgierig zijn naar verbeteren en interesse hebben in wat leren de dienstverlening en jezelf oplevert.',
  },
  kunnen: {
    naam: 'Kunnen',
    kort: 'Kunnen',
    uitleg: 'Voldoende steun, vaardigheden en een passend aanbod om te leren, formeel en informeel.',
  },
  mogen: {
    naam: 'Mogen',
    kort: 'Mogen',
    uitleg: 'Fouten mogen maken in een veilige omgeving, met tijd om te reflecteren en kennis uit te wisselen.',
  },
};

const scoreNamen: Record<1 | 2 | 3 | 4, string> = {
  1: 'nog niet',
  2: 'een beetje',
  3: 'grotendeels',
  4: 'helemaal',
};

export const nlVraagstuk = {
  /* ------------------------------------------------------------ Vraagstuk in the room */
  vraagstuk: {
    stappenLabel: 'Stappen van het vraagstuk',
    stappen: ['Schrijven', 'Naast elkaar', 'Vastleggen'] as const,
    eerstHetWaarom: 'Eerst het waarom, dan het hoe: maak het vraagstuk scherp voordat je het oplost.',
    vragen: {
      probleem: 'Wat is het probleem?',
      waarom: 'Waarom is het belangrijk?',
      doel: 'Wat wil je bereiken?',
    },
    hints: {
      probleem: 'Beschrijf wat er nu gebeurt, zonder namen of andere gegevens van cliënten.',
      waarom: 'Voor wie maakt het verschil, en wat gebeurt er als niemand iets doet?',
      doel: 'Hoe ziet het eruit als het gelukt is?',
    },
    prive: 'Alleen jij ziet wat je schrijft, tot de begeleider alle vraagstukken tegelijk laat zien.',
    inleveren: 'Inleveren',
    wijzigen: 'Wijziging inleveren',
    ingeleverd: 'Ingeleverd. Je kunt het nog aanpassen tot de begeleider de vraagstukken laat zien.',
    minstensEen: 'Vul minstens één van de drie vragen in.',
    wachtOpStart: 'De begeleider start zo de schrijfronde.',
    rondeGesloten: 'De schrijfronde is gesloten.',
    zichtbaarVolgende: 'Alle vraagstukken zijn nu zichtbaar, naast elkaar.',
    startRonde: 'Start de schrijfronde',
    rondeTitel: 'Vraagstuk: probleem, waarom en doel',
    onthul: 'Laat alle vraagstukken zien',
    naarNaastElkaar: 'Naar de vraagstukken naast elkaar',
    naarVastleggen: (type: 'werkplaats' | 'leernetwerk') =>
      type === 'werkplaats' ? 'Naar het gezamenlijk vraagstuk' : 'Naar de eigen vraagstukkaarten',
    ingeleverdTeller: (n: number, van: number) => `${n} van ${van} ${van === 1 ? 'deelnemer heeft' : 'deelnemers hebben'} ingeleverd`,
    begeleiderSchrijft: 'De deelnemers schrijven nu hun vraagstuk. Jij ziet pas iets als je alles tegelijk laat zien.',
    nogNietOnthuld: 'De vraagstukken zijn nog niet zichtbaar. De begeleider laat ze tegelijk zien.',
    onthullen: 'De vraagstukken komen eraan…',
    geenAntwoorden: 'Er zijn geen vraagstukken ingeleverd.',
    naastElkaarLabel: 'Vraagstukken naast elkaar',
    zichtbaar: (n: number) => `${meervoud(n, 'vraagstuk is', 'vraagstukken zijn')} nu voor iedereen zichtbaar.`,
    onbekend: 'Onbekend',
    kaartVan: (naam: string) => `Vraagstuk van ${naam}`,
    leeg: '—',
    /* werkplaats: one gezamenlijk vraagstuk */
    gezamenlijk: 'Gezamenlijk vraagstuk',
    gezamenlijkUitleg: 'Voeg de vraagstukken samen tot één vraagstuk en één doel. Iedereen typt tegelijk mee.',
    gezamenlijkVeld: 'Ons gezamenlijk vraagstuk',
    gezamenlijkDoel: 'Ons doel',
    overnemen: 'Maak dit het vraagstuk en einddoel van het traject',
    overgenomen: 'Het traject heeft nu dit vraagstuk en einddoel.',
    overnemenLeeg: 'Schrijf eerst een gezamenlijk vraagstuk.',
    huidigVraagstuk: 'Vraagstuk van het traject nu',
    bronnen: 'De vraagstukken van iedereen',
    /* leernetwerk: own cards */
    kaarten: 'Eigen vraagstukkaarten',
    kaartenUitleg: 'In een leernetwerk houdt ieder een eigen vraagstuk. Scherp je kaart aan; alleen jij kunt hem wijzigen.',
    kaartenMaken: 'Zet de vraagstukken als kaart op het traject',
    kaartenGemaakt: (n: number) => (n === 0 ? 'Iedereen had al een kaart.' : `${meervoud(n, 'kaart', 'kaarten')} op het traject gezet.`),
    mijnKaart: 'Mijn vraagstukkaart',
    mijnVraagstuk: 'Mijn vraagstuk',
    kaartOpslaan: 'Kaart opslaan',
    kaartOpgeslagen: 'Je vraagstukkaart is opgeslagen.',
    geenKaarten: 'Er staan nog geen vraagstukkaarten op het traject.',
    kaartenLijst: 'Vraagstukkaarten',
    alleenEigenaar: 'Alleen de eigenaar kan deze kaart wijzigen.',
    bijgewerkt: (datum: string) => `Bijgewerkt ${datum}`,
    markeringen: 'Bij de afsluitingen',
    markering: (nummer: number, keuze: 'aan-de-slag' | 'uitdiepen') =>
      `Bijeenkomst ${nummer}: ${keuze === 'aan-de-slag' ? 'hier kan ik al mee aan de slag' : 'dit moet ik verder uitdiepen'}`,
    geenMarkeringen: 'Nog niet besproken bij een afsluiting.',
    vernieuwen: 'Vernieuwen',
    trajectTitel: 'Vraagstukken van de deelnemers',
    trajectUitleg: 'Ieder werkt aan een eigen vraagstuk binnen het thema. Bij elke afsluiting staat erbij of je er al mee aan de slag kunt.',
  },

  /* ------------------------------------------------------------ Nulmeting in the room */
  nulmeting: {
    stappenLabel: 'Stappen van de nulmeting',
    stappen: ['Invullen', 'Uitslag'] as const,
    uitleg: 'Geef per kenmerk aan in hoeverre het past bij jullie organisatie of team: 1 is nog niet, 4 is helemaal.',
    anoniem: 'Je scores en opmerking worden zonder je naam getoond. Sla een item over als je het niet weet.',
    kenmerken: 'Vijf kenmerken van een lerende organisatie',
    voorwaarden: 'Weten, willen, kunnen en mogen',
    items,
    scoreNamen,
    score: (n: number) => `${n} – ${scoreNamen[n as 1 | 2 | 3 | 4] ?? ''}`,
    opmerking: 'Opmerking',
    opmerkingHint: 'Wat wil je de groep meegeven bij je scores?',
    inleveren: 'Scores inleveren',
    wijzigen: 'Wijziging inleveren',
    ingeleverd: 'Ingeleverd. Je kunt nog wijzigen tot de begeleider de uitslag laat zien.',
    minstensEen: 'Geef minstens één score.',
    wachtOpStart: 'De begeleider start zo de nulmeting.',
    rondeGesloten: 'De nulmeting is gesloten.',
    startRonde: 'Start de nulmeting',
    rondeTitel: 'Nulmeting',
    onthul: 'Laat de uitslag zien',
    naarUitslag: 'Naar de uitslag',
    ingeleverdTeller: (n: number, van: number) => `${n} van ${van} ${van === 1 ? 'deelnemer heeft' : 'deelnemers hebben'} ingeleverd`,
    begeleiderWacht: 'De deelnemers vullen de nulmeting in. De scores blijven verborgen tot je de uitslag laat zien.',
    nogNietOnthuld: 'De uitslag is nog niet zichtbaar. De begeleider laat hem zien als iedereen klaar is.',
    onthullen: 'De uitslag komt eraan…',
    bewaren: 'Uitslag bewaren bij het traject',
    bewaard: 'De uitslag is bewaard bij het traject.',
    nietBewaard: (fout: string) => `De uitslag is nog niet bewaard bij het traject: ${fout}`,
    uitslagZichtbaar: (n: number) => `De uitslag van de nulmeting is zichtbaar: ${meervoud(n, 'deelnemer', 'deelnemers')}.`,
    geenAntwoorden: 'Er zijn geen scores ingeleverd.',
    plotLabel: 'Uitslag van de nulmeting per item',
    plotUitleg: 'Elke stip is één score; het streepje is de mediaan.',
    nu: 'Nu',
    meting: (nummer: number) => `Bijeenkomst ${nummer}`,
    mediaan: 'Mediaan',
    geenScores: 'geen scores',
    aantal: 'Aantal',
    item: 'Item',
    metingKolom: 'Meting',
    tabelTitel: 'Uitslag als tabel',
    itemBeschrijving: (naam: string, meting: string, verdeling: string, mediaan: string, n: number) =>
      `${naam}, ${meting}: ${n === 0 ? 'geen scores' : `${verdeling}; mediaan ${mediaan}`}.`,
    verdeling: (per: readonly [number, number][]) =>
      per
        .filter(([, n]) => n > 0)
        .map(([score, n]) => `${n}× ${score}`)
        .join(', '),
    focus: 'Bespreek dit item',
    focusUit: 'Toon alle items',
    inBespreking: 'In bespreking',
    focusAangekondigd: (naam: string) => `In bespreking: ${naam}.`,
    opmerkingen: 'Opmerkingen',
    geenOpmerkingen: 'Geen opmerkingen.',
    vergelijking: (nummer: number) => `Ter vergelijking staat de meting van bijeenkomst ${nummer} erbij.`,
    trajectTitel: 'Nulmetingen',
    trajectUitleg: 'Elke keer dat de nulmeting is gedaan, naast elkaar.',
    geenMetingen: 'De nulmeting is nog niet gedaan.',
  },

  /* ------------------------------------------------------------ Kletspot */
  kletspot: {
    titel: 'Kletspot',
    uitleg: 'Stel anoniem een vraag aan de groep. De server bewaart alleen de vraag en de dag, niet wie hem stelde. De begeleider trekt blind een vraag in een bijeenkomst.',
    vraag: 'Jouw vraag',
    vraagHint: 'Zet er geen namen of andere gegevens van cliënten in.',
    insturen: 'Anoniem in de kletspot doen',
    ingestuurd: 'Je vraag zit in de kletspot.',
    inDePot: (n: number) => (n === 0 ? 'De kletspot is leeg.' : `Er ${n === 1 ? 'zit 1 vraag' : `zitten ${n} vragen`} in de kletspot.`),
    trek: 'Trek een vraag uit de kletspot',
    trekAantal: (n: number) => `Trek een vraag uit de kletspot (${n})`,
    leeg: 'De kletspot is leeg.',
    uitDeKletspot: 'Uit de kletspot',
    naarAgenda: 'Op de agenda van vandaag',
    naarLijst: 'Naar de lange lijst ontwikkelpunten',
    opAgenda: 'Staat op de agenda van vandaag.',
    opLijst: 'Staat op de lange lijst ontwikkelpunten.',
    sluitVoorIedereen: 'Sluiten voor iedereen',
    verberg: 'Verbergen',
    agendaTitel: 'Vandaag uit de kletspot',
    getrokkenTitel: 'Eerder getrokken',
    getrokkenIn: (nummer: number | null) => (nummer === null ? 'getrokken' : `getrokken in bijeenkomst ${nummer}`),
    bestemmingen: { agenda: 'op de agenda', ontwikkelpunt: 'naar de lange lijst' } as Record<'agenda' | 'ontwikkelpunt', string>,
    nieuweVraag: (vraag: string) => `Uit de kletspot: ${vraag}`,
    bediening: 'Kletspot',
    waarnemer: 'Als waarnemer kun je geen vraag stellen.',
  },

  /* ------------------------------------------------------------ the verslag */
  verslagVraagstuk: {
    kop: 'Vraagstuk',
    gezamenlijk: 'Gezamenlijk vraagstuk',
    doel: 'Doel',
    deelnemer: 'Deelnemer',
    probleem: 'Probleem',
    waarom: 'Waarom belangrijk',
    bereiken: 'Wat we willen bereiken',
    kaarten: 'Vraagstukkaarten',
  },
  verslagNulmeting: {
    kop: 'Nulmeting',
    uitleg: 'Per item het aantal scores van 1 (nog niet) tot 4 (helemaal); elke ● is één score.',
    item: 'Item',
    meting: 'Meting',
    nu: (nummer: number) => `Bijeenkomst ${nummer}`,
    eerder: (nummer: number) => `Bijeenkomst ${nummer} (eerder)`,
    plotAlt: (perItem: readonly string[]) =>
      `Stippenplot van de nulmeting: per item één stip per score van 1 (nog niet) tot 4 (helemaal), en de mediaan als streep. ${perItem.join('. ')}.`,
    plotBijschrift: (eerder: number | null) =>
      eerder === null
        ? 'De nulmeting per item: elke stip is één score, de streep is de mediaan. De aantallen staan in de tabel hieronder.'
        : `De nulmeting per item, naast die van bijeenkomst ${eerder} (open stippen): elke stip is één score, de streep is de mediaan. De aantallen staan in de tabel hieronder.`,
    mediaan: 'Mediaan',
    kolom: (score: number) => `${score} ${scoreNamen[score as 1 | 2 | 3 | 4] ?? ''}`.trim(),
    deelnemers: (n: number) => meervoud(n, 'deelnemer', 'deelnemers'),
    opmerkingen: 'Opmerkingen',
    enMeer: (n: number) => `en ${n} meer`,
  },
  verslagKletspot: {
    kop: 'Uit de kletspot',
    opAgenda: 'op de agenda gezet',
    naarLijst: 'naar de lange lijst ontwikkelpunten',
  },
} as const;

export type NlVraagstuk = typeof nlVraagstuk;
