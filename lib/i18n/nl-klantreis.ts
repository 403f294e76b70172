/**
 * Every Dutch string of the Klantreis and Speerpunten werkvormen: the boards
 * (app/_werkvormen/klantreis, app/_werkvormen/speerpunten) and what they add
 * to the verslag (lib/werkvormen/<naam>/verslag.ts). Wired into `nl` as
 * `nl.klantreis` and `nl.prioriteren`.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts (types only). Pure module: no React, no Node.
 */

import type { DiversiteitsTip } from '../werkvormen/klantreis/diversiteit';
import type { Huishouden, Laan, Leeftijdsklasse } from '../werkvormen/klantreis/schema';
import type { Kwadrant } from '../werkvormen/speerpunten/matrix';

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

const lanen: Record<Laan, string> = {
  klant: 'Wat doet en ervaart de klant',
  contact: 'Contactmoment en organisatie',
  emotie: 'Emotie',
  knelpunten: 'Knelpunten',
  kansen: 'Kansen',
};

/** Singular, for "Kaart toevoegen: knelpunt bij Intake". */
const laanEnkelvoud: Record<Laan, string> = {
  klant: 'wat de klant doet of ervaart',
  contact: 'contactmoment',
  emotie: 'emotie',
  knelpunten: 'knelpunt',
  kansen: 'kans',
};

const leeftijdsklassen: Record<Exclude<Leeftijdsklasse, ''>, string> = {
  'tot-27': 'jonger dan 27',
  '27-45': '27 tot 45 jaar',
  '45-aow': '45 jaar tot AOW-leeftijd',
  aow: 'AOW-leeftijd of ouder',
};

const huishoudens: Record<Exclude<Huishouden, ''>, string> = {
  alleenstaand: 'alleenstaand',
  'alleenstaande-ouder': 'alleenstaande ouder',
  'stel-zonder-kinderen': 'samenwonend, geen kinderen',
  'gezin-met-kinderen': 'gezin met kinderen',
  anders: 'anders',
};

/** −2..+2 in words, index = score + 2. */
const emoties = ['heel negatief', 'negatief', 'neutraal', 'positief', 'heel positief'] as const;

const tips: Record<DiversiteitsTip, string> = {
  eerste: 'Begin met één klant. Nodig zo mogelijk een ervaringsdeskundige uit om de reis zelf te vertellen.',
  tweede: 'Eén klantreis is een begin. Kies ook een klant die verschilt in problematiek, leeftijd of wel/geen kinderen.',
  leeftijd: 'Alle klanten zitten in dezelfde leeftijdsklasse. Neem ook een jongere of oudere klant.',
  kinderen: 'De klanten verschillen niet in wel of geen kinderen. Kies ook een ander huishouden.',
  problematiek: 'De klanten hebben dezelfde problematiek. Kies ook een klant met een andere hulpvraag.',
  ervaringsdeskundige: 'Nog geen klantreis is verteld door een ervaringsdeskundige. Hun verhaal laat knelpunten zien die professionals missen.',
};

const kwadranten: Record<Kwadrant, { naam: string; uitleg: string }> = {
  'snel-resultaat': { naam: 'Snel resultaat', uitleg: 'veel effect, goed haalbaar: begin hier' },
  'grote-stap': { naam: 'Grote stap', uitleg: 'veel effect, lastig: plan het' },
  'klein-klusje': { naam: 'Klein klusje', uitleg: 'weinig effect, makkelijk' },
  'niet-nu': { naam: 'Niet nu', uitleg: 'weinig effect, lastig' },
};

export const nlKlantreis = {
  klantreis: {
    lanen,
    laanEnkelvoud,
    leeftijdsklassen,
    huishoudens,
    emoties,
    tips,
    tipsLabel: 'Tip voor een diverse set klantreizen',
    kiesLabel: 'Klantreizen',
    nieuw: 'Nieuwe klantreis',
    nieuwUitleg: 'Eén klantreis per klant (persona). Vul in wie de klant is en wat de aanleiding was.',
    maakAan: 'Klantreis maken',
    naamlozeKlant: 'Klant zonder naam',
    geen: 'Er is nog geen klantreis. Maak er een om samen te beginnen.',
    geenAlleenLezen: 'Er is nog geen klantreis gemaakt.',
    laden: 'Klantreizen laden…',
    iedereenKijkt: 'Iedereen ziet deze klantreis',
    toonIedereen: 'Toon aan iedereen',
    begeleiderToont: (naam: string) => `De begeleider toont: ${naam}`,
    persona: 'Persona',
    personaVan: (naam: string) => `Persona: ${naam}`,
    naam: 'Naam van de klant',
    naamHint: 'Een verzonnen naam, bijvoorbeeld "Sandra". Gebruik nooit de naam van een echte klant.',
    leeftijdsklasse: 'Leeftijd',
    huishouden: 'Huishouden',
    onbekend: 'niet gekozen',
    problematiek: 'Problematiek',
    problematiekHint: 'Bijvoorbeeld: huurachterstand en een betalingsregeling bij de zorgverzekeraar.',
    aanleiding: 'Levensgebeurtenis of aanleiding',
    aanleidingHint: 'Wat zette de reis in gang? Bijvoorbeeld: baan verloren, scheiding, ziekte.',
    ervaringsdeskundige: 'Verteld door een ervaringsdeskundige',
    ervaringsdeskundigeKort: 'ervaringsdeskundige',
    ervaringsdeskundigeUitleg: 'Deze klantreis vertelt iemand uit eigen ervaring.',
    personaBewerken: 'Persona bewerken',
    personaKlaar: 'Klaar met bewerken',
    verwijderReis: 'Klantreis verwijderen',
    bevestigVerwijderReis: (naam: string) => `Klantreis van ${naam} met alle kaarten verwijderen?`,
    jaVerwijder: 'Ja, verwijderen',
    annuleren: 'Annuleren',
    bord: (naam: string) => `Klantreis van ${naam}`,
    bordUitleg:
      'Fasen staan in de kolommen, de lanen in de rijen. Voeg kaarten toe met de plusknop in een vak. Met de toetsen Alt en een pijl verplaats je een kaart naar een ander vak.',
    fase: 'Fase',
    laan: 'Laan',
    fasenBewerken: 'Fasen bewerken',
    fasenKlaar: 'Klaar met fasen',
    fasenLabel: 'Fasen van deze klantreis',
    faseNaam: (n: number) => `Naam van fase ${n}`,
    faseLinks: (naam: string) => `${naam} naar links`,
    faseRechts: (naam: string) => `${naam} naar rechts`,
    faseVerwijder: (naam: string) => `${naam} verwijderen`,
    faseVerwijderUitleg: 'De kaarten van een verwijderde fase gaan naar de fase ervoor.',
    nieuweFase: 'Nieuwe fase',
    faseToevoegen: 'Fase toevoegen',
    kaartToevoegen: (laan: Laan, fase: string) => `Kaart toevoegen: ${laanEnkelvoud[laan]} bij ${fase}`,
    nieuweKaart: (laan: Laan, fase: string) => `Nieuwe kaart: ${laanEnkelvoud[laan]} bij ${fase}`,
    kaartHint: 'Enter bewaart, Escape annuleert.',
    bewaar: 'Bewaren',
    kaart: (tekst: string) => `Kaart: ${tekst}`,
    kaartUitleg: 'Alt met een pijltoets verplaatst de kaart.',
    bewerk: (tekst: string) => `Bewerk: ${tekst}`,
    bewerkKaart: 'Kaart bewerken',
    verplaats: (tekst: string) => `Verplaats: ${tekst}`,
    verplaatsNaar: 'Verplaatsen naar',
    verplaatsKnop: 'Verplaatsen',
    verwijder: (tekst: string) => `Verwijder: ${tekst}`,
    promoveer: (tekst: string) => `Naar de lange lijst: ${tekst}`,
    promoveerKort: 'Naar lange lijst',
    opLijst: 'Op de lange lijst',
    opLijstLabel: (tekst: string) => `${tekst} staat op de lange lijst met ontwikkelpunten`,
    leegVak: 'leeg',
    aantalKaarten: (n: number) => meervoud(n, 'kaart', 'kaarten'),
    toegevoegd: (laan: Laan, fase: string) => `Kaart toegevoegd: ${laanEnkelvoud[laan]} bij ${fase}.`,
    verplaatst: (laan: Laan, fase: string) => `Kaart verplaatst naar ${lanen[laan].toLowerCase()} bij ${fase}.`,
    nietVerder: 'De kaart staat al aan de rand van het bord.',
    verwijderd: 'Kaart verwijderd.',
    gepromoveerd: 'De kaart staat nu op de lange lijst met ontwikkelpunten.',
    emotieCurve: 'Emotiecurve',
    emotieUitleg: 'Hoe voelt de klant zich in elke fase? Klik op een hoogte in de lijn, of gebruik pijl omhoog en omlaag.',
    emotieBij: (fase: string) => `Emotie bij ${fase}`,
    emotieWaarde: (score: number) => `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)}: ${emoties[score + 2] ?? ''}`,
    emotieLeeg: 'nog niet ingevuld',
    emotieSamenvatting: (delen: string) => `Emotiecurve: ${delen}`,
    emotieWis: (fase: string) => `Emotie bij ${fase} wissen`,
    redenen: {
      'ongeldige-persona': 'Deze gegevens van de persona kloppen niet.',
      'lege-naam': 'Geef de fase een naam.',
      'te-veel-fasen': 'Een klantreis heeft hooguit 12 fasen.',
      'laatste-fase': 'Een klantreis heeft minstens één fase.',
      'onbekende-fase': 'Deze fase bestaat niet meer.',
      'lege-kaart': 'Schrijf eerst iets op de kaart.',
      'te-lange-kaart': 'Een kaart heeft hooguit 500 tekens.',
      'onbekende-kaart': 'Deze kaart bestaat niet meer.',
      'niet-promoveerbaar': 'Alleen knelpunten en kansen gaan naar de lange lijst.',
      'niet-verbonden': 'Nog geen verbinding; probeer het zo opnieuw.',
      'onbekende-klantreis': 'Deze klantreis bestaat niet meer.',
    } as Record<string, string>,
  },
  prioriteren: {
    stappenLabel: 'Stappen van speerpunten kiezen',
    stappen: ['Verzamelen', 'Stemmen', 'Wegen', 'Kiezen'] as const,
    kwadranten,
    /* -------------------------------------------------- Verzamelen */
    verzamelen: 'Lange lijst met ontwikkelpunten',
    verzamelenUitleg:
      'Zet alles op de lijst wat beter kan: knelpunten en kansen uit de klantreizen, ideeën uit actieleren en wat je zelf ziet. Voeg dubbele punten samen.',
    lijstLabel: 'Ontwikkelpunten',
    leeg: 'De lange lijst is nog leeg. Voeg een ontwikkelpunt toe, of zet een knelpunt uit de klantreis op de lijst.',
    nieuw: 'Nieuw ontwikkelpunt',
    toevoegen: 'Ontwikkelpunt toevoegen',
    bron: {
      klantreis: (persona: string, fase: string, laan: 'knelpunten' | 'kansen') =>
        `${laan === 'kansen' ? 'Kans' : 'Knelpunt'} uit de klantreis van ${persona || 'een klant'}, fase ${fase}`,
      actieleren: 'Idee uit actieleren',
      vrij: 'Zelf ingebracht',
    },
    ookGenoemd: 'Ook genoemd',
    voegSamen: (titel: string) => `Samenvoegen: ${titel}`,
    samenvoegen: 'Samenvoegen met…',
    samenvoegenIn: (titel: string) => `${titel} samenvoegen met`,
    samenvoegenKnop: 'Samenvoegen',
    kiesDoel: 'Kies een punt',
    maakLos: (titel: string) => `Weer los zetten: ${titel}`,
    losKort: 'los',
    mogelijkDubbel: (a: string, b: string) => `Lijkt dubbel: "${a}" en "${b}"`,
    voegDezeSamen: 'Voeg samen',
    verwijder: (titel: string) => `Verwijder: ${titel}`,
    uitActieleren: 'Ideeën uit actieleren van vandaag',
    uitActielerenLeeg: 'Er zijn vandaag (nog) geen getoonde ideeën uit actieleren.',
    neemOver: (idee: string) => `Op de lijst: ${idee}`,
    alOpLijst: 'staat op de lijst',
    gekozenIdee: 'gekozen idee',
    aantalPunten: (n: number) => meervoud(n, 'ontwikkelpunt', 'ontwikkelpunten'),
    samengevoegd: 'Samengevoegd.',
    /* -------------------------------------------------- Stemmen */
    stemmen: 'Stemmen',
    stemmenUitleg: (budget: number) =>
      `Verdeel je ${meervoud(budget, 'stem', 'stemmen')} over de punten die jij het belangrijkst vindt. Je mag meer stemmen op één punt zetten.`,
    budget: 'Stemmen per persoon',
    anoniem: 'Anoniem stemmen',
    anoniemUitleg: 'Niemand ziet wie waarop stemde; iedereen ziet na het sluiten alleen de telling.',
    openRonde: 'Stemronde openen',
    opnieuw: 'Nieuwe stemronde',
    sluitRonde: 'Stemronde sluiten en uitslag tonen',
    geenPunten: 'Er staan nog geen ontwikkelpunten op de lange lijst. Ga eerst terug naar Verzamelen.',
    wachtOpRonde: 'De begeleider opent zo de stemronde.',
    rondeTitel: 'Welke ontwikkelpunten zijn het belangrijkst?',
    stemLabel: 'Jouw stemmen',
    resterend: (n: number, budget: number) => `Je hebt nog ${n} van ${budget} ${budget === 1 ? 'stem' : 'stemmen'}.`,
    plus: (titel: string) => `Stem erbij op ${titel}`,
    min: (titel: string) => `Stem eraf van ${titel}`,
    mijnStemmen: (n: number) => meervoud(n, 'stem', 'stemmen'),
    aantalGestemd: (n: number) => `${meervoud(n, 'persoon heeft', 'mensen hebben')} gestemd.`,
    gesloten: 'De stemronde is gesloten.',
    uitslag: 'Uitslag',
    uitslagLabel: 'Uitslag van de stemronde',
    uitslagRegel: (titel: string, n: number) => `${titel}: ${meervoud(n, 'stem', 'stemmen')}`,
    uitslagAangekondigd: (eerste: string, n: number) => `De uitslag is bekend. Meeste stemmen: ${eerste} (${n}).`,
    geenStemmen: 'Er is niet gestemd.',
    stemmenTelling: (n: number) => meervoud(n, 'stem', 'stemmen'),
    /* -------------------------------------------------- Wegen */
    wegen: 'Impact en haalbaarheid',
    wegenUitleg:
      'Sleep elk punt naar zijn plek: hoger is meer impact, verder naar rechts is beter haalbaar. Met het toetsenbord: kies een punt en gebruik de pijltjestoetsen (met Shift grotere stappen).',
    matrixLabel: 'Matrix van impact en haalbaarheid',
    impact: 'Impact',
    haalbaarheid: 'Haalbaarheid',
    hoog: 'hoog',
    laag: 'laag',
    makkelijk: 'goed haalbaar',
    moeilijk: 'moeilijk',
    nogTePlaatsen: 'Nog te plaatsen',
    nogTePlaatsenUitleg: 'Sleep een punt de matrix in, of kies het en druk op een pijltjestoets.',
    allesGeplaatst: 'Alle punten staan in de matrix.',
    topAantal: 'Aantal punten in de matrix',
    uitDeStemming: (n: number) => `De ${n} punten met de meeste stemmen.`,
    zonderStemming: 'Er is (nog) niet gestemd: alle punten van de lange lijst staan klaar.',
    punt: (titel: string) => titel,
    puntPositie: (impact: number, haalbaarheid: number, kwadrant: string) =>
      `impact ${impact}, haalbaarheid ${haalbaarheid}, ${kwadrant}`,
    nietGeplaatst: 'nog niet geplaatst',
    verplaatst: (titel: string, impact: number, haalbaarheid: number, kwadrant: string) =>
      `${titel}: impact ${impact}, haalbaarheid ${haalbaarheid} (${kwadrant}).`,
    tabelLabel: 'Punten met hun plek in de matrix',
    terugUitMatrix: (titel: string) => `${titel} uit de matrix halen`,
    /* -------------------------------------------------- Kiezen */
    kiezen: 'Speerpunten kiezen',
    kiezenUitleg: (advies: number) =>
      `Kies een beperkt aantal speerpunten: ${advies} is een goed aantal. Begin met een relatief kleine verandering, zodat je snel een succes kunt vieren. Geef elk speerpunt een trekker, een eerste kleine stap en een doelstelling.`,
    kandidaten: 'Kandidaten',
    kies: (titel: string) => `Kies als speerpunt: ${titel}`,
    kiesKort: 'Kies als speerpunt',
    gekozenKort: 'Gekozen',
    nietKiezen: (titel: string) => `Toch niet kiezen: ${titel}`,
    nietKiezenKort: 'Toch niet',
    gekozen: 'Gekozen speerpunten',
    geenGekozen: 'Nog geen speerpunten gekozen.',
    eerder: 'Al eerder gekozen',
    aantalGekozen: (n: number) => `${meervoud(n, 'speerpunt', 'speerpunten')} actief in dit traject.`,
    waarschuwingBovenAdvies: (n: number, advies: number) =>
      `Let op: ${n} speerpunten is meer dan de ${advies} die we aanraden. Minder speerpunten sturen beter.`,
    waarschuwingVeelTeVeel: (n: number) =>
      `Te veel speerpunten: ${n}. Benoem speerpunten, maar niet te veel; kies er hooguit vijf, liever drie.`,
    titel: (titel: string) => `Titel van ${titel}`,
    trekker: (titel: string) => `Trekker van ${titel}`,
    eersteStap: (titel: string) => `Eerste kleine stap voor ${titel}`,
    doelstelling: (titel: string) => `Doelstelling van ${titel}`,
    doelstellingHint: 'Welk resultaat telt als succes? Daar kijkt de Opening van een volgende bijeenkomst naar.',
    stemmenVan: (n: number) => meervoud(n, 'stem', 'stemmen'),
    kwadrantVan: (naam: string) => `matrix: ${naam}`,
    acties: (titel: string) => `Acties onder ${titel}`,
    geenActies: 'Nog geen acties onder dit speerpunt.',
    actieOmhoog: (wat: string) => `${wat} hoger`,
    actieOmlaag: (wat: string) => `${wat} lager`,
    nieuweActie: (titel: string) => `Nieuwe actie onder ${titel}`,
    alleKandidaten: 'Alle punten van de lange lijst tonen',
    redenen: {
      'niet-verbonden': 'Nog geen verbinding; probeer het zo opnieuw.',
      'ongeldig-ontwikkelpunt': 'Schrijf eerst iets op (hooguit 500 tekens).',
      'onbekend-ontwikkelpunt': 'Dit ontwikkelpunt bestaat niet meer.',
      zelfde: 'Deze punten zijn al samengevoegd.',
      onbekend: 'Dit ontwikkelpunt bestaat niet meer.',
      'ongeldig-speerpunt': 'Dit speerpunt klopt niet.',
      'onbekend-speerpunt': 'Dit speerpunt bestaat niet meer.',
    } as Record<string, string>,
  },
  /* ------------------------------------------------------ the verslag */
  verslagKlantreis: {
    kop: 'Klantreis',
    kopVan: (naam: string) => `Klantreis: ${naam}`,
    persona: 'Persona',
    aanleiding: 'Aanleiding',
    problematiek: 'Problematiek',
    verteld: 'Verteld door een ervaringsdeskundige.',
    fase: 'Fase',
    emotie: 'Emotie',
    knelpunten: 'Knelpunten',
    geenKnelpunten: '—',
    curve: 'Emotiecurve',
    kansen: 'Kansen',
    enMeer: (n: number) => `en ${n} meer`,
    opLijst: (n: number) => `${meervoud(n, 'knelpunt of kans staat', 'knelpunten en kansen staan')} nu op de lange lijst met ontwikkelpunten.`,
    leeftijdsklassen,
    huishoudens,
    emotieKort: (score: number | null) => (score === null ? '—' : `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)} (${emoties[score + 2] ?? ''})`),
  },
  verslagSpeerpunten: {
    kop: 'Gekozen speerpunten',
    speerpunt: 'Speerpunt',
    stemmen: 'Stemmen',
    trekker: 'Trekker',
    eersteStap: 'Eerste stap',
    doelstelling: 'Doelstelling',
    langeLijst: (n: number, stemmers: number | null) =>
      `Gekozen uit een lange lijst van ${meervoud(n, 'ontwikkelpunt', 'ontwikkelpunten')}${stemmers ? `; ${meervoud(stemmers, 'persoon stemde', 'mensen stemden')} mee` : ''}.`,
    geenStemming: '—',
  },
} as const;

export type NlKlantreis = typeof nlKlantreis;
