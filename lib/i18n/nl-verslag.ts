/**
 * Every Dutch string of the verslag: the generated text itself (lib/verslag)
 * and the verslag pages (app/_verslag). Wired into `nl` as `nl.verslag`.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts. Pure module: no React, no Node.
 */

type ActieStatusNaam = 'open' | 'bezig' | 'gedaan' | 'vervallen';
type BesluitNaam = 'doorgaan' | 'bijstellen' | 'stoppen' | '';

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

export const nlVerslag = {
  /* ---------------------------------------------------------- the document */
  document: {
    titel: (nummer: number, totaal: number) => `Verslag bijeenkomst ${nummer} van ${totaal}`,
    traject: 'Traject',
    datum: 'Datum',
    begeleider: (n: number) => (n === 1 ? 'Begeleider' : 'Begeleiders'),
    aanwezig: (n: number) => `Aanwezig (${n})`,
    niemandAanwezig: 'niemand aangemeld',
    intentie: 'Intentie',
    geenIntentie: 'Er was geen intentie vastgelegd.',
    programma: 'Programma',
    gemaaktOp: (datum: string) => `Gemaakt met Leerbord bij het afsluiten, ${datum}.`,
    onbekend: 'onbekend',
    enMeer: (n: number) => `en ${meervoud(n, 'andere', 'andere')}`,
  },
  actieleren: {
    kop: 'Actieleren',
    kopMetCasus: (titel: string) => `Actieleren: ${titel}`,
    casusinbrenger: 'Casus ingebracht door',
    reflectievraag: 'Reflectievraag',
    gekozenIdee: 'Gekozen idee',
    stemmen: (n: number) => meervoud(n, 'stem', 'stemmen'),
    ideeen: (n: number) => `Ideeën (${n} ingebracht)`,
    ideeenMetStemmen: (n: number) => `Ideeën met de meeste stemmen (${n} ingebracht)`,
    samenvatting: 'Samenvatting',
    samenvattingDoor: (naam: string) => `Samenvatting (door ${naam})`,
    aanscherpingen: 'Aanscherpingen',
  },
  speerpunten: {
    kop: 'Speerpunten',
    speerpunt: 'Speerpunt',
    trekker: 'Trekker',
    doelstelling: 'Doelstelling',
    eersteStap: 'Eerste stap',
    resultaat: 'Resultaat (check)',
    besluit: 'Besluit (act)',
    besluiten: { doorgaan: 'doorgaan', bijstellen: 'bijstellen', stoppen: 'stoppen', '': '' } as Record<BesluitNaam, string>,
    status: { actief: 'actief', afgerond: 'afgerond', gestopt: 'gestopt' } as Record<string, string>,
  },
  afsluiting: {
    kop: 'Afsluiting',
    aanDeSlag: 'Hier kunnen we al mee aan de slag',
    uitdiepen: 'Dit moeten we verder uitdiepen',
    reflectie: 'Reflectie',
  },
  acties: {
    kop: 'Actielijst',
    nieuw: (n: number) => `Nieuwe acties (${n})`,
    geenNieuwe: 'Er zijn in deze bijeenkomst geen nieuwe acties afgesproken.',
    eerder: 'Acties van eerder',
    geenEerder: 'Er stonden geen acties van eerder open.',
    alAfgerond: (n: number) => `${meervoud(n, 'actie van eerder was', 'acties van eerder waren')} al afgerond.`,
    wat: 'Wat',
    wie: 'Wie',
    wanneer: 'Wanneer',
    status: 'Status',
    uit: 'Uit',
    statussen: { open: 'open', bezig: 'bezig', gedaan: 'gedaan', vervallen: 'vervallen' } as Record<ActieStatusNaam, string>,
    uitBijeenkomst: (n: number) => `bijeenkomst ${n}`,
    uitTraject: 'trajectpagina',
  },
  successen: {
    kop: 'Successen',
    geen: 'Er zijn deze keer geen successen genoteerd.',
    totaal: (n: number) => `In dit traject zijn tot nu toe ${meervoud(n, 'succes', 'successen')} gevierd.`,
  },
  volgende: {
    kop: 'Volgende bijeenkomst',
    wanneer: (nummer: number, datum: string) => `Bijeenkomst ${nummer}: ${datum}.`,
    intentie: 'Intentie',
    nietGepland: 'De volgende bijeenkomst is nog niet gepland.',
  },
  /* ---------------------------------------------------------- traject export */
  export: {
    titel: (traject: string) => `Verslagen ${traject}`,
    overzicht: 'Overzicht van het traject',
    vraagstuk: 'Vraagstuk',
    einddoel: 'Einddoel',
    einddatum: 'Einddatum',
    trekker: 'Trekker',
    stand: (datum: string) => `Stand van zaken op ${datum}.`,
    geenSpeerpunten: 'Er zijn nog geen speerpunten gekozen.',
    actielijst: 'Actielijst',
    geenActies: 'Er staan nog geen acties op de actielijst.',
    successen: 'Successen',
    verslagen: (n: number) => `Verslagen (${n})`,
    geenVerslagen: 'Er zijn nog geen verslagen.',
  },
  /* ---------------------------------------------------------- file names and terugblik */
  bestand: {
    verslag: (nummer: number) => `Verslag bijeenkomst ${nummer}`,
    export: 'Verslagen',
  },
  terugblik: {
    intentie: (intentie: string) => `Vorige keer wilden we: ${intentie}`,
    acties: (n: number, voorbeelden: string) => `Afgesproken acties: ${n} (${voorbeelden})`,
    successen: (lijst: string) => `Successen: ${lijst}`,
  },
  /* ---------------------------------------------------------- the pages */
  afbeelding: {
    /** Where a renderer has no image for a block (a broken reference in an edited text). */
    ontbreekt: (alt: string) => `[Afbeelding niet beschikbaar: ${alt}]`,
    vrijBordKop: 'Bijlage: het vrij bord',
    vrijBordAlt: 'Afbeelding van het vrije bord van deze bijeenkomst, zoals de begeleider het in het verslag heeft opgenomen.',
    vrijBordBijschrift: (nummer: number) => `Het vrij bord van bijeenkomst ${nummer}.`,
  },
  pagina: {
    kop: 'Verslag',
    titel: (nummer: number) => `Verslag van bijeenkomst ${nummer}`,
    annuleren: 'Nee, laat staan',
    laden: 'Verslag laden…',
    nogNietAfgesloten: 'Het verslag is er zodra de begeleider de bijeenkomst heeft afgesloten.',
    nietGedeeld: 'De begeleider heeft dit verslag nog niet gedeeld.',
    geenToegang: 'Je hebt geen toegang tot dit verslag.',
    nietGevonden: 'Deze bijeenkomst bestaat niet (meer).',
    naarTraject: 'Naar het traject',
    naarBijeenkomst: 'Naar de bijeenkomst',
    bewerken: 'Tekst bewerken',
    bewerkenUitleg:
      'Pas de tekst aan voordat je hem deelt. Koppen beginnen met #, opsommingen met -, **vet** tussen sterretjes. Tabellen staan tussen | strepen.',
    voorbeeld: 'Zo ziet het verslag eruit',
    opslaan: 'Opslaan',
    opslaanBezig: 'Bezig met opslaan…',
    opgeslagen: 'Opgeslagen.',
    nietOpgeslagen: 'Er zijn wijzigingen die nog niet zijn opgeslagen.',
    bewerkt: 'Door de begeleider bewerkt',
    gegenereerd: 'Gemaakt van het bord',
    opnieuw: 'Opnieuw maken van het bord',
    bevestigOpnieuw: 'Je wijzigingen gaan verloren: de tekst wordt opnieuw gemaakt van wat er bij het afsluiten op het bord stond. Doorgaan?',
    jaOpnieuw: 'Ja, opnieuw maken',
    opnieuwGedaan: 'De tekst is opnieuw gemaakt van het bord.',
    delen: 'Delen met deelnemers',
    nietMeerDelen: 'Niet meer delen',
    gedeeld: 'Gedeeld: deelnemers kunnen het verslag downloaden op de trajectpagina.',
    nietGedeeldBegeleider: 'Nog niet gedeeld: alleen begeleiders zien dit verslag.',
    eerstOpslaan: 'Sla je wijzigingen eerst op; daarna kun je delen.',
    afdrukken: 'Afdrukken',
    downloads: 'Downloaden',
    vrijBordOpgenomen: 'Het vrij bord staat als bijlage in dit verslag.',
    vrijBordWeghalen: 'Vrij bord uit het verslag halen',
    vrijBordWeggehaald: 'Het vrij bord is uit het verslag gehaald.',
  },
  download: {
    label: (nummer: number) => `Verslag van bijeenkomst ${nummer}`,
    pdf: 'PDF',
    docx: 'Word',
    md: 'Markdown',
    pdfLang: (nummer: number) => `Verslag bijeenkomst ${nummer} als PDF`,
    docxLang: (nummer: number) => `Verslag bijeenkomst ${nummer} als Word-document`,
    mdLang: (nummer: number) => `Verslag bijeenkomst ${nummer} als Markdown`,
    bewerkEnDeel: 'Verslag bekijken, bewerken en delen',
    bekijk: 'Verslag bekijken',
    nietGedeeld: 'nog niet gedeeld',
    export: 'Alle verslagen',
    exportUitleg: 'Alle verslagen met de actielijst en de speerpunten in één document.',
    exportDocx: 'Alle verslagen als Word-document',
    exportPdf: 'Alle verslagen als PDF',
  },
} as const;

export type NlVerslag = typeof nlVerslag;
