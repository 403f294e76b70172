/**
 * Every Dutch string of the Actieleren and Afsluiting werkvormen (their views
 * in app/_werkvormen/actieleren and app/_werkvormen/afsluiting). Wired into
 * `nl` as `nl.actieleren` and `nl.afsluiting`.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts. Pure module: no React, no Node.
 */
import type { Ontbrekend } from '../werkvormen/actieleren/machine';

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;
const en = (namen: readonly string[]) =>
  namen.length <= 1 ? (namen[0] ?? '') : `${namen.slice(0, -1).join(', ')} en ${namen[namen.length - 1]}`;


type StapSleutel =
  | 'casus'
  | 'reflectievraag'
  | 'antwoorden'
  | 'vertellen'
  | 'selecteren'
  | 'dialoog'
  | 'samenvatten'
  | 'aanscherpen'
  | 'vervolgacties';

/** What a step asks of each person (DESIGN §3: "what it needs from them"). */
const nodig: Record<StapSleutel, { begeleider: string; deelnemer: string; casusinbrenger?: string; speciaal?: string }> = {
  casus: {
    begeleider: 'Kies wie de casus inbrengt. De casusinbrenger beschrijft de casus; iedereen leest mee.',
    deelnemer: 'Lees mee en vraag door als iets onduidelijk is. De casusinbrenger schrijft.',
    casusinbrenger: 'Jij brengt de casus in: geef hem een korte titel en beschrijf wat er speelt, zonder namen of andere gegevens van de klant.',
  },
  reflectievraag: {
    begeleider: 'Help de casusinbrenger om één open reflectievraag te formuleren.',
    deelnemer: 'Denk mee over een scherpe, open vraag. De casusinbrenger beslist.',
    casusinbrenger: 'Formuleer één open vraag waar je antwoorden op wilt. Hij blijft de hele werkvorm zichtbaar.',
  },
  antwoorden: {
    begeleider: 'Start de antwoordronde en de timer. Je ziet hoeveel mensen hun antwoorden hebben verstuurd, niet wat ze schreven.',
    deelnemer: 'Schrijf binnen de tijd zo veel mogelijk antwoorden op de reflectievraag, één per regel, en verstuur ze.',
  },
  vertellen: {
    begeleider: 'Kies twee vertellers of laat het lot kiezen. Toon daarna alle antwoorden.',
    deelnemer: 'Luister naar de twee vertellers. Daarna ziet iedereen alle antwoorden.',
    speciaal: 'Jij bent een van de vertellers: vertel wat je hebt opgeschreven.',
  },
  selecteren: {
    begeleider: 'Start de stemronde, sluit hem als iedereen heeft gestemd en bevestig het gekozen idee.',
    deelnemer: 'Verdeel je stemmen over de ideeën die je verder wilt uitwerken. Je mag meer stemmen op één idee zetten.',
  },
  dialoog: {
    begeleider: 'Start de timer en leid de dialoog over het gekozen idee.',
    deelnemer: 'Praat mee over het gekozen idee en noteer wat opvalt in de gedeelde aantekeningen.',
  },
  samenvatten: {
    begeleider: 'Kies wie samenvat. De samenvatting komt in het verslag.',
    deelnemer: 'Lees mee met de samenvatting.',
    speciaal: 'Jij vat het gesprek samen. Schrijf de kern op in een paar zinnen.',
  },
  aanscherpen: {
    begeleider: 'Vraag iedereen om het gekozen idee aan te scherpen of aan te vullen.',
    deelnemer: 'Voeg aanscherpingen en aanvullingen toe aan het gekozen idee.',
  },
  vervolgacties: {
    begeleider: 'Leg vast wat er gebeurt: wat, wie en wanneer. De acties komen op de actielijst van het traject.',
    deelnemer: 'Spreek af wat je gaat doen: wat, wie en wanneer.',
  },
};

export const nlActieleren = {
  stappenLabel: 'Stappen van actieleren',
  /** What the step bar shows of each step's name (a word of it; the whole name is read out). */
  kort: {
    casus: 'Casus',
    reflectievraag: 'Reflectievraag',
    antwoorden: 'Antwoorden',
    vertellen: 'Vertellen',
    selecteren: 'Ideeën',
    dialoog: 'Dialoog',
    samenvatten: 'Samenvatten',
    aanscherpen: 'Aanscherpen',
    vervolgacties: 'Vervolgacties',
  } satisfies Record<StapSleutel, string>,
  stapVan: (n: number, totaal: number) => `Stap ${n} van ${totaal}`,
  watNodig: 'Wat we van je vragen',
  nodig,
  begeleiderNavigatie: 'Stappen voor iedereen',
  vorige: 'Vorige stap',
  volgende: 'Volgende stap',
  afronden: 'Actieleren afronden',
  afrondenUitleg: 'Rond actieleren nu af en ga naar de volgende werkvorm. Wat er al ligt, blijft bewaard voor het verslag.',
  nogTeDoen: 'Nog niet gedaan in deze stap',
  ontbrekend: {
    casusinbrenger: 'casusinbrenger kiezen',
    casus: 'casus beschrijven',
    reflectievraag: 'reflectievraag formuleren',
    antwoordronde: 'antwoordronde starten',
    antwoorden: 'antwoorden ontvangen',
    vertellers: 'vertellers kiezen',
    onthulling: 'antwoorden tonen',
    stemronde: 'stemronde starten',
    uitslag: 'stemronde sluiten',
    'gekozen-idee': 'gekozen idee bevestigen',
    dialoog: 'aantekeningen maken',
    samenvatter: 'samenvatter kiezen',
    samenvatting: 'samenvatting schrijven',
    aanscherping: 'aanscherpingen toevoegen',
    vervolgactie: 'vervolgacties vastleggen',
  } satisfies Record<Ontbrekend, string>,
  overslaanMag: 'Je kunt ook doorgaan; deze stap blijft dan open.',

  /* context that stays visible */
  kader: 'Waar we het over hebben',
  casus: 'Casus',
  reflectievraag: 'Reflectievraag',
  gekozenIdee: 'Gekozen idee',
  nogGeenReflectievraag: 'Nog geen reflectievraag.',
  bekijkCasus: 'Lees de casus',
  geenCasustitel: 'Casus zonder titel',
  nogNiets: 'Nog niets geschreven.',

  /* people */
  nietGekozen: 'Nog niet gekozen',
  kiesIemand: '— kies iemand —',
  casusinbrenger: 'Casusinbrenger',
  casusinbrengerIs: (naam: string) => `Casusinbrenger: ${naam}`,
  jij: ' (jij)',

  /* step 1 */
  anonimiseer: 'Maak de casus anoniem',
  anonimiseerUitleg:
    'Schrijf geen namen, BSN, adressen, telefoonnummers, rekeningnummers of andere gegevens waarmee de klant herkend kan worden. Gebruik bijvoorbeeld "mevrouw J." of "de klant".',
  casusTitel: 'Titel van de casus',
  casusTitelHint: 'Kort en zonder namen, bijvoorbeeld "Huurachterstand na ontslag".',
  casusTekst: 'Beschrijving van de casus',
  casusTekstHint: 'Wat speelt er, wat is er al geprobeerd, waar loop je tegenaan? Iedereen ziet direct mee.',
  privacy: {
    titel: 'Dit lijkt op persoonsgegevens',
    uitleg: 'Haal het weg of maak het anoniem voordat je verdergaat.',
    soort: { bsn: 'een BSN', iban: 'een rekeningnummer (IBAN)', email: 'een e-mailadres', telefoon: 'een telefoonnummer' } as Record<
      'bsn' | 'iban' | 'email' | 'telefoon',
      string
    >,
    vondst: (soort: string, tekst: string) => `${tekst} lijkt op ${soort}.`,
  },

  /* step 2 */
  reflectievraagVeld: 'Reflectievraag van de casusinbrenger',
  reflectievraagHint: 'Eén open vraag, bijvoorbeeld: "Hoe kunnen we de verhuurder eerder bij de schuldhulp betrekken?"',

  /* step 3 */
  antwoordRondeTitel: 'Antwoorden op de reflectievraag',
  tijdSeconden: 'Tijd voor de antwoorden (seconden)',
  startRonde: 'Start antwoordronde en timer',
  herstartTimer: 'Start de timer opnieuw',
  rondeOpen: 'De antwoordronde is open.',
  rondeGesloten: 'De antwoordronde is gesloten.',
  rondeOnthuld: 'De antwoorden zijn getoond.',
  ingestuurd: (n: number, van: number) => `${n} van ${van} ${van === 1 ? 'deelnemer heeft' : 'deelnemers hebben'} antwoorden verstuurd.`,
  ingestuurdKort: (n: number) => `${meervoud(n, 'persoon heeft', 'mensen hebben')} antwoorden verstuurd.`,
  wachtOpRonde: 'Je kunt alvast schrijven. Versturen kan zodra de begeleider de antwoordronde start.',
  jouwAntwoorden: 'Jouw antwoorden',
  jouwAntwoordenHint:
    'Eén idee per regel. Niemand ziet je antwoorden, ook de begeleider niet, tot de begeleider ze toont. Tot je verstuurt, blijft je tekst alleen op deze computer bewaard.',
  begeleiderZietNiets: 'Je ziet niet wat mensen schrijven tot je de antwoorden toont in stap 4.',

  /* step 4 */
  vertellers: 'Vertellers',
  eersteVerteller: 'Eerste verteller',
  tweedeVerteller: 'Tweede verteller',
  lotKiest: 'Kies twee willekeurig',
  aanHetWoord: (namen: readonly string[]) => `Aan het woord: ${en(namen)}`,
  geenVertellers: 'De begeleider kiest twee vertellers.',
  toonAntwoorden: 'Toon alle antwoorden',
  geenRondeVoorOnthulling: 'Er is nog geen antwoordronde gestart (stap 3).',
  antwoordenVolgen: 'De antwoorden verschijnen hier zodra de begeleider ze toont. Alleen jij ziet nu je eigen antwoorden.',
  jouwVerstuurdeAntwoorden: 'Wat jij verstuurde',
  alleAntwoorden: (n: number) => `Alle antwoorden (${n})`,
  geenAntwoorden: 'Er zijn geen antwoorden verstuurd.',
  verteller: 'verteller',
  antwoordenGetoond: (n: number) => `De antwoorden zijn getoond: ${meervoud(n, 'antwoord', 'antwoorden')}.`,
  vertellersGekozen: (namen: readonly string[]) => `Vertellers: ${en(namen)}.`,

  /* step 5 */
  ideeen: (n: number) => `Ideeën (${n})`,
  geenIdeeen: 'Er zijn nog geen ideeën. Toon eerst de antwoorden in stap 4.',
  budget: 'Stemmen per persoon',
  startStemronde: 'Start stemronde',
  stemRondeTitel: 'Welke ideeën werken we verder uit?',
  sluitStemronde: 'Sluit stemronde en toon uitslag',
  gestemd: (n: number) => `${meervoud(n, 'persoon heeft', 'mensen hebben')} gestemd.`,
  resterend: (n: number, budget: number) => `Je hebt nog ${n} van ${budget} ${budget === 1 ? 'stem' : 'stemmen'} over.`,
  stemErbij: (idee: string) => `Geef een stem aan: ${idee}`,
  stemEraf: (idee: string) => `Haal een stem weg bij: ${idee}`,
  jouwStemmen: (n: number) => `jij: ${n}`,
  stemmenOp: (idee: string) => `Stemmen op ${idee}`,
  uitslag: 'Uitslag',
  uitslagLabel: 'Uitslag van de stemronde',
  stemmen: (n: number) => meervoud(n, 'stem', 'stemmen'),
  tellen: 'De stemmen worden geteld…',
  uitslagBekend: (idee: string | null) =>
    idee ? `De stemronde is gesloten. De meeste stemmen gingen naar: ${idee}.` : 'De stemronde is gesloten. Er is niet gestemd.',
  kiesIdee: 'Welk idee werken we uit?',
  bevestigIdee: 'Bevestig gekozen idee',
  ideeGekozen: (idee: string) => `Gekozen idee: ${idee}.`,
  nogGeenIdee: 'Er is nog geen idee gekozen (stap 5).',
  budgetOp: 'Je hebt al je stemmen uitgedeeld. Haal eerst ergens een stem weg.',
  begeleiderStemtNiet: 'De deelnemers stemmen; jij ziet pas wat er gekozen is als je de ronde sluit.',

  /* step 6 */
  dialoogMinuten: 'Tijd voor de dialoog (minuten)',
  startDialoog: 'Start dialoogtimer',
  dialoog: 'Aantekeningen bij de dialoog',
  dialoogHint: 'Iedereen kan meeschrijven. Wat valt op, wat zou werken, wat niet?',

  /* step 7 */
  samenvatter: 'Samenvatter',
  samenvatting: 'Samenvatting',
  samenvattingHint: 'De kern van het gesprek in een paar zinnen. Deze samenvatting komt in het verslag.',
  samenvattingDoor: (naam: string) => `Samenvatting door ${naam}`,
  nogGeenSamenvatting: 'Nog geen samenvatting.',

  /* step 8 */
  aanscherpingen: (n: number) => `Aanscherpingen en aanvullingen (${n})`,
  geenAanscherpingen: 'Nog geen aanscherpingen.',
  nieuweAanscherping: 'Jouw aanscherping of aanvulling',
  voegAanscherpingToe: 'Toevoegen',
  verwijder: (tekst: string) => `Verwijder: ${tekst}`,
  verwijderKort: 'Verwijder',

  /* step 9 */
  vervolgacties: (n: number) => `Vervolgacties (${n})`,
  vervolgactiesUitleg: 'Deze acties komen op de actielijst van het traject en worden bij de volgende bijeenkomst besproken.',
} as const;

type AfsluitingStap = 'acties' | 'vraagstukken' | 'volgende' | 'reflectie';

export const nlAfsluiting = {
  stappenLabel: 'Stappen van de afsluiting',
  /** Indexed by the room's `stap` (lib/werkvormen/afsluiting/stappen.ts). */
  stappen: ['Acties en successen', 'Vraagstukken', 'Volgende bijeenkomst', 'Stille reflectie'] as const,
  stapNamen: {
    acties: 'Acties en successen',
    vraagstukken: 'Vraagstukken',
    volgende: 'Volgende bijeenkomst',
    reflectie: 'Stille reflectie',
  } satisfies Record<AfsluitingStap, string>,
  uitleg: {
    acties: 'Wat nemen we mee de praktijk in? Leg acties vast met wat, wie en wanneer, eventueel onder een speerpunt. En wat ging er goed?',
    vraagstukken: 'Kijk ieder naar je eigen vraagstuk: waar kun je al mee aan de slag, wat moet je verder uitdiepen?',
    volgende: 'Spreek de datum en de intentie van de volgende bijeenkomst af.',
    reflectie:
      'Even vertragen. Neem een paar minuten voor jezelf: doen we het goede, en doen we het goede goed? Je kiest zelf of je je reflectie deelt.',
  } satisfies Record<AfsluitingStap, string>,

  /* acties */
  acties: 'Acties van deze bijeenkomst',
  speerpunt: 'Speerpunt',
  geenSpeerpunt: 'Geen speerpunt',
  onderSpeerpunt: (titel: string) => `Onder speerpunt: ${titel}`,
  zonderSpeerpunt: 'Zonder speerpunt',
  actieToegevoegd: 'De actie staat op de actielijst.',
  successen: 'Successen',

  /* vraagstukken */
  vraagstukVan: (naam: string) => `Vraagstuk van ${naam}`,
  aanDeSlag: 'Hier kan ik al mee aan de slag',
  uitdiepen: 'Dit moet ik verder uitdiepen',
  nogGeenKeuze: 'nog niet gekozen',
  geenDeelnemers: 'Er zijn nog geen deelnemers in deze bijeenkomst.',
  vraagstukkenLabel: 'Vraagstukken van de deelnemers',

  /* volgende bijeenkomst */
  volgendeGepland: (nummer: number) => `Bijeenkomst ${nummer} staat gepland`,
  geenVolgende: 'Er is nog geen volgende bijeenkomst gepland.',
  datum: 'Datum en tijd',
  intentie: 'Intentie',
  intentieHint: 'Wat moet de volgende bijeenkomst opleveren?',
  plan: 'Volgende bijeenkomst plannen',
  wijzig: 'Volgende bijeenkomst wijzigen',
  gepland: 'De volgende bijeenkomst is gepland.',
  gewijzigd: 'De volgende bijeenkomst is gewijzigd.',
  geenDatum: 'Vul een datum en tijd in.',
  begeleiderPlant: 'De begeleider legt de datum en de intentie vast.',

  /* reflectie */
  reflectieTitel: 'Stille reflectie',
  reflectieVragen: ['Doen we het goede?', 'Doen we het goede goed?', 'Wat neem ik mee uit vandaag?'] as const,
  reflectieSeconden: 'Tijd voor de reflectie (seconden)',
  zonderNamen: 'Toon gedeelde reflecties zonder namen',
  startReflectie: 'Start stille reflectie',
  jouwReflectie: 'Jouw reflectie',
  jouwReflectieHint: 'Alleen voor jou, tenzij je hieronder kiest om te delen. Tot je verstuurt, blijft je tekst alleen op deze computer bewaard.',
  delen: 'Deel mijn reflectie met de groep',
  toonReflecties: 'Toon gedeelde reflecties',
  gedeeldeReflecties: (n: number) => `Gedeelde reflecties (${n})`,
  geenGedeeld: 'Niemand heeft een reflectie gedeeld. Dat mag.',
  ingestuurd: (n: number) => `${meervoud(n, 'persoon heeft', 'mensen hebben')} een reflectie verstuurd.`,
  wachtOpReflectie: 'De begeleider start zo de stille reflectie. Je kunt alvast schrijven.',
  reflectiesGetoond: (n: number) => `De gedeelde reflecties zijn getoond: ${n}.`,
  anoniem: 'anoniem',
  reflectieOverslaan: 'De reflectie is optioneel. Sla hem over als de tijd op is.',
  afsluitenHint: 'Klaar? Sluit de bijeenkomst af met "Bijeenkomst afsluiten" in de bediening bovenaan. Daarna kan niemand het bord nog wijzigen en wordt het verslag gemaakt.',
} as const;

/** Strings shared by the private rounds of both werkvormen (app/_werkvormen/ronde). */
export const nlRonde = {
  versturen: 'Versturen',
  opnieuwVersturen: 'Opnieuw versturen',
  nietVerstuurd: 'Nog niet verstuurd.',
  verstuurd: 'Verstuurd. Je kunt het nog aanpassen en opnieuw versturen tot de begeleider de antwoorden toont.',
  gewijzigd: 'Je hebt iets gewijzigd dat nog niet is verstuurd.',
  nietsVerstuurd: 'Je hebt niets verstuurd.',
  leeg: 'Schrijf eerst iets.',
  gesloten: 'De ronde is gesloten; versturen kan niet meer.',
  jouwTekst: 'Wat jij verstuurde',
  gedeeld: 'Je deelt dit met de groep.',
  nietGedeeld: 'Je deelt dit niet.',
} as const;
