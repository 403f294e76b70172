/**
 * Every Dutch string of the user interface, in one place so that another
 * language can follow (DESIGN §1). Components import from here and hold no
 * literal Dutch text. Strings with parameters are small functions.
 *
 * Pure module: no React, no Node; formatting uses `Intl` only.
 */

import type { Rol, Werkvorm, BijeenkomstStatus, TrajectType, Soort } from '../protocol/werkvorm';
import { nlVerslag } from './nl-verslag';
import { nlVraagstuk } from './nl-vraagstuk';
import { nlActieleren as actieleren, nlAfsluiting as afsluiting, nlRonde as ronde } from './nl-actieleren';
import { nlKlantreis } from './nl-klantreis';
import { nlVrijBord } from './nl-vrijbord';
import { nlToegankelijkheid } from './nl-toegankelijkheid';

type ActieStatusNaam = 'open' | 'bezig' | 'gedaan' | 'vervallen';
type BesluitNaam = 'doorgaan' | 'bijstellen' | 'stoppen';

const werkvormen: Record<Werkvorm, string> = {
  opening: 'Opening',
  vraagstuk: 'Vraagstuk',
  nulmeting: 'Nulmeting',
  actieleren: 'Actieleren',
  klantreis: 'Klantreis',
  speerpunten: 'Speerpunten',
  'vrij-bord': 'Vrij bord',
  afsluiting: 'Afsluiting',
};

const rollen: Record<Rol, string> = {
  uitvoering: 'Uitvoering',
  beleid: 'Beleid',
  management: 'Management',
  ervaringsdeskundige: 'Ervaringsdeskundige',
  anders: 'Anders',
};

const actieStatus: Record<ActieStatusNaam, string> = {
  open: 'Open',
  bezig: 'Bezig',
  gedaan: 'Gedaan',
  vervallen: 'Vervallen',
};

const besluiten: Record<BesluitNaam, string> = {
  doorgaan: 'Doorgaan',
  bijstellen: 'Bijstellen',
  stoppen: 'Stoppen',
};

const bijeenkomstStatus: Record<BijeenkomstStatus, string> = {
  gepland: 'Gepland',
  live: 'Bezig',
  afgesloten: 'Afgesloten',
};

const trajectTypes: Record<TrajectType, { naam: string; uitleg: string }> = {
  leernetwerk: {
    naam: 'Leernetwerk',
    uitleg:
      'Professionals van verschillende organisaties leren van elkaar; ieder werkt aan een eigen vraagstuk binnen een gedeeld thema (minstens 6 bijeenkomsten).',
  },
  werkplaats: {
    naam: 'Werkplaats',
    uitleg:
      'Team en keten van één gemeente of regio werken samen aan één gedeeld vraagstuk en nemen acties mee de praktijk in (hooguit 8 bijeenkomsten).',
  },
};

const soorten: Record<Soort, string> = {
  begeleider: 'Begeleider',
  deelnemer: 'Deelnemer',
  waarnemer: 'Waarnemer',
};

const datumFormaat = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' });
const datumTijdFormaat = new Intl.DateTimeFormat('nl-NL', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/** Formats an ISO date (`YYYY-MM-DD`) or date-time as "3 maart 2026"; returns the input when unparseable. */
export function formatDatum(iso: string): string {
  const d = /^\d{4}-\d{2}-\d{2}$/.test(iso) ? new Date(`${iso}T12:00:00`) : new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : datumFormaat.format(d);
}

/** Formats an ISO date-time as "dinsdag 3 maart 2026 om 14:00". */
export function formatDatumTijd(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : datumTijdFormaat.format(d);
}

/** Formats milliseconds as m:ss (or h:mm:ss). */
export function formatDuur(ms: number): string {
  const totaal = Math.max(0, Math.ceil(ms / 1000));
  const uren = Math.floor(totaal / 3600);
  const minuten = Math.floor((totaal % 3600) / 60);
  const seconden = totaal % 60;
  const ss = String(seconden).padStart(2, '0');
  return uren > 0 ? `${uren}:${String(minuten).padStart(2, '0')}:${ss}` : `${minuten}:${ss}`;
}

/** Spoken form of a duration for screen readers, e.g. "4 minuten en 5 seconden". */
export function duurVoluit(ms: number): string {
  const totaal = Math.max(0, Math.ceil(ms / 1000));
  const minuten = Math.floor(totaal / 60);
  const seconden = totaal % 60;
  const delen: string[] = [];
  if (minuten > 0) delen.push(`${minuten} ${minuten === 1 ? 'minuut' : 'minuten'}`);
  if (seconden > 0 || minuten === 0) delen.push(`${seconden} ${seconden === 1 ? 'seconde' : 'seconden'}`);
  return delen.join(' en ');
}

export const nl = {
  verslag: nlVerslag,
  vraagstuk: nlVraagstuk,
  actieleren,
  afsluiting,
  ronde,
  ...nlKlantreis,
  vrijBord: nlVrijBord,
  toegankelijkheid: nlToegankelijkheid,
  app: {
    naam: 'Leerbord',
    ondertitel: 'Werkplaatsen en leernetwerken',
    naarInhoud: 'Naar de inhoud',
    hoofdnavigatie: 'Hoofdnavigatie',
    laden: 'Bezig met laden…',
    opnieuwProberen: 'Opnieuw proberen',
    onbekendeFout: 'Er ging iets mis. Probeer het opnieuw.',
    geenVerbinding: 'Geen verbinding met de server. Controleer je internet en probeer het opnieuw.',
    verplicht: 'verplicht',
    optioneel: 'optioneel',
    annuleren: 'Annuleren',
    opslaan: 'Opslaan',
    toevoegen: 'Toevoegen',
    kopieer: 'Kopieer',
    gekopieerd: 'Gekopieerd naar het klembord',
    kopierenMislukt: 'Kopiëren lukte niet; selecteer de link en kopieer hem zelf.',
    terug: 'Terug',
  },
  kop: {
    trajecten: 'Trajecten',
    uitloggen: 'Uitloggen',
    ingelogdAls: (naam: string) => `Ingelogd als ${naam}`,
  },
  start: {
    doorsturen: 'Je wordt doorgestuurd…',
  },
  setup: {
    titel: 'Leerbord inrichten',
    intro: 'Maak het eerste account aan voor een procesbegeleider. Daarna kun je trajecten aanmaken en deelnemers uitnodigen.',
    naam: 'Naam',
    email: 'E-mailadres',
    wachtwoord: 'Wachtwoord',
    wachtwoordHint: 'Minstens 10 tekens.',
    maakAan: 'Account aanmaken',
    alIngericht: 'Leerbord is al ingericht. Log in met je account.',
    naarLogin: 'Naar inloggen',
    wachtwoordTeKort: 'Het wachtwoord moet minstens 10 tekens hebben.',
  },
  login: {
    titel: 'Inloggen',
    intro: 'Log in als procesbegeleider. Deelnemers hebben geen account nodig: zij komen binnen via de link van hun traject.',
    email: 'E-mailadres',
    wachtwoord: 'Wachtwoord',
    knop: 'Inloggen',
    bezig: 'Bezig met inloggen…',
  },
  trajecten: {
    titel: 'Mijn trajecten',
    nieuw: 'Nieuw traject',
    leeg: 'Je hebt nog geen trajecten. Begin met een nieuw traject.',
    einddatum: 'Einddatum',
    geenEinddatum: 'Geen einddatum',
    aantalBijeenkomsten: (n: number) => `${n} ${n === 1 ? 'bijeenkomst' : 'bijeenkomsten'}`,
    aantalDeelnemers: (n: number) => `${n} ${n === 1 ? 'deelnemer' : 'deelnemers'}`,
    verwijderOp: (datum: string) =>
      `Dit traject is afgerond en wordt volgens de bewaartermijn op ${datum} verwijderd, met alle verslagen. Download wat je wilt bewaren.`,
    open: (titel: string) => `Open ${titel}`,
  },
  nieuwTraject: {
    titel: 'Nieuw traject',
    intro: 'Leg vast waar het traject over gaat. Je kunt dit later aanvullen.',
    type: 'Soort traject',
    titelVeld: 'Titel',
    thema: 'Thema',
    themaHint: 'Bijvoorbeeld "Arbeidstoeleiding en schulden".',
    vraagstuk: 'Vraagstuk',
    vraagstukHint: 'De centrale vraag; bij een leernetwerk de vraag achter het gedeelde thema.',
    einddoel: 'Einddoel',
    einddoelHint: 'Wat is er bereikt als het traject klaar is?',
    einddatum: 'Einddatum',
    trekker: 'Trekker',
    trekkerHint: 'Wie trekt het ontwikkelproces?',
    maakAan: 'Traject aanmaken',
    bezig: 'Bezig met aanmaken…',
  },
  trajectTypes,
  traject: {
    details: 'Over dit traject',
    vraagstuk: 'Vraagstuk',
    einddoel: 'Einddoel',
    einddatum: 'Einddatum',
    thema: 'Thema',
    trekker: 'Trekker',
    begeleiders: 'Begeleiders',
    geenTrekker: 'Nog geen trekker',
    nietIngevuld: 'Nog niet ingevuld',
    planning: 'Planning',
    geplandAantal: (n: number) => `Gepland: ${n} ${n === 1 ? 'bijeenkomst' : 'bijeenkomsten'}`,
    voorstel: 'Voorgestelde data voor de volgende bijeenkomsten',
    waarschuwing: 'Let op',
    bijeenkomsten: 'Bijeenkomsten',
    geenBijeenkomsten: 'Er zijn nog geen bijeenkomsten gepland.',
    bijeenkomstNummer: (n: number) => `Bijeenkomst ${n}`,
    naarRuimte: (n: number) => `Naar bijeenkomst ${n}`,
    nieuweBijeenkomst: 'Bijeenkomst toevoegen',
    datum: 'Datum en tijd',
    intentie: 'Intentie',
    intentieHint: 'Wat moet deze bijeenkomst opleveren?',
    voegToe: 'Bijeenkomst toevoegen',
    toegevoegd: 'De bijeenkomst is toegevoegd.',
    links: 'Links om te delen',
    deelnemerslink: 'Deelnemerslink',
    deelnemerslinkUitleg: 'Deelnemers komen hiermee binnen zonder account.',
    waarnemerslink: 'Waarnemerslink',
    waarnemerslinkUitleg: 'Waarnemers kijken mee, maar kunnen niets wijzigen.',
    kopieerLink: (naam: string) => `Kopieer ${naam.toLowerCase()}`,
    medebegeleider: 'Medebegeleider uitnodigen',
    medebegeleiderUitleg: 'Maak een persoonlijke link (14 dagen geldig) voor een collega-begeleider.',
    uitnodigingslink: 'Uitnodigingslink',
    deelnemers: 'Deelnemers',
    geenDeelnemers: 'Nog niemand is binnengekomen via de deelnemerslink.',
    organisatie: 'Organisatie',
    rol: 'Rol',
    geenToegang: 'Je hebt geen toegang tot dit traject. Gebruik de link die je van je begeleider kreeg.',
    nietGevonden: 'Dit traject bestaat niet (meer).',
    live: 'Samen bijhouden',
    liveUitleg: 'Deze lijsten worden direct bijgewerkt voor iedereen in het traject.',
  },
  bijeenkomstStatus,
  werkvormen,
  rollen,
  soorten,
  sync: {
    verbinden: 'Verbinden…',
    verbonden: 'Verbonden',
    verbroken: 'Verbinding verbroken, we proberen het opnieuw. Wat je typt blijft bewaard.',
    geweigerd: 'Geen toegang tot deze gegevens.',
    laden: 'Gegevens laden…',
    alleenLezen: 'Alleen lezen',
  },
  speerpunten: {
    titel: 'Speerpunten',
    leeg: 'Nog geen speerpunten gekozen. Die kies je in de werkvorm Speerpunten.',
    doelstelling: 'Doelstelling',
    trekker: 'Trekker',
    eersteStap: 'Eerste kleine stap',
    status: { actief: 'Actief', afgerond: 'Afgerond', gestopt: 'Gestopt' } as Record<string, string>,
  },
  acties: {
    titel: 'Actielijst',
    leeg: 'Nog geen acties.',
    wat: 'Wat',
    wie: 'Wie',
    wanneer: 'Wanneer',
    status: 'Status',
    herkomst: 'Uit',
    voegToe: 'Actie toevoegen',
    nieuw: 'Nieuwe actie',
    statussen: actieStatus,
    zetStatus: (status: string, wat: string) => `${status}: ${wat}`,
    statusVan: (wat: string) => `Status van ${wat}`,
    geenWie: 'niemand',
    geenWanneer: 'geen datum',
    trajectPagina: 'traject',
    uitBijeenkomst: (n: number | null) => (n === null ? 'een bijeenkomst' : `bijeenkomst ${n}`),
  },
  successen: {
    titel: 'Successen',
    leeg: 'Nog geen successen. Wat ging er goed?',
    nieuw: 'Nieuw succes',
    voegToe: 'Succes toevoegen',
  },
  join: {
    titel: (traject: string) => `Welkom bij ${traject}`,
    intro: 'Vul je naam en organisatie in. Je hebt geen account nodig.',
    introWaarnemer: 'Je kijkt mee als waarnemer: je ziet alles, maar kunt niets wijzigen.',
    naam: 'Naam',
    organisatie: 'Organisatie',
    rol: 'Rol in de keten',
    knop: 'Naar binnen',
    bezig: 'Bezig…',
    ongeldig: 'Deze link werkt niet (meer). Vraag je begeleider om een nieuwe.',
  },
  uitnodiging: {
    titel: (traject: string) => `Medebegeleider worden van ${traject}`,
    intro: 'Je bent uitgenodigd om dit traject mee te begeleiden.',
    accepteer: 'Uitnodiging accepteren',
    ingelogdAls: (naam: string) => `Je bent ingelogd als ${naam}.`,
    maakAccount: 'Maak een account aan om de uitnodiging te accepteren.',
    alAccount: 'Heb je al een account?',
    logEerstIn: 'Log eerst in',
    naam: 'Naam',
    email: 'E-mailadres',
    wachtwoord: 'Wachtwoord',
    knopAccount: 'Account aanmaken en accepteren',
    ongeldig: 'Deze uitnodiging werkt niet (meer). Vraag om een nieuwe link.',
  },
  kamer: {
    ruimte: 'Bijeenkomst',
    bijeenkomstNvanN: (n: number, totaal: number) => `Bijeenkomst ${n} van ${totaal}`,
    intentie: 'Intentie',
    geenToegang: 'Je hebt geen toegang tot deze bijeenkomst. Gebruik de link die je van je begeleider kreeg.',
    nietGevonden: 'Deze bijeenkomst bestaat niet (meer).',
    verbinden: 'Verbinden met de bijeenkomst…',
    verbroken: 'Verbinding met de bijeenkomst verbroken. We proberen het opnieuw…',
    verbindingsfout: (bericht: string) => `Geen verbinding: ${bericht}`,
    geenAntwoord: 'De server antwoordde niet op tijd. Probeer het opnieuw.',
    wachten: {
      titel: 'De bijeenkomst begint zo',
      uitleg: 'Zodra de begeleider start, verschijnt hier de eerste werkvorm.',
      begeleider: 'Kies hierboven een werkvorm om de bijeenkomst te starten. Iedereen ziet dan direct mee.',
    },
    afgesloten: 'Deze bijeenkomst is afgesloten. Je kunt alles nog lezen, maar niets meer wijzigen.',
    waarnemer: 'Je kijkt mee als waarnemer. Je kunt niets wijzigen.',
    naarTraject: 'Naar het traject',
    verslag: 'Verslag bekijken',
    werkvormWissel: (naam: string) => `Werkvorm: ${naam}`,
    stapWissel: (naam: string) => `Stap: ${naam}`,
    terugNaarBegeleider: 'Terug naar begeleider',
    bekijkWerkvorm: 'Bekijk werkvorm',
    jeKijktElders: (naam: string) => `De begeleider is bij: ${naam}`,
    volgtNog: 'Deze werkvorm volgt',
    volgtUitleg: (naam: string) => `${naam} komt in een volgende versie van Leerbord. Ga door met de andere werkvormen.`,
    getrokken: (namen: string) => `Getrokken: ${namen}`,
    niemandGetrokken: 'Er is niemand online om te trekken.',
  },
  aanwezigen: {
    titel: 'Wie is er',
    online: 'online',
    offline: 'offline',
    hand: 'steekt hand op',
    handKort: 'hand',
    klaar: 'klaar',
    klaarKort: 'klaar',
    jij: '(jij)',
    aantal: (online: number, totaal: number) => `${online} van ${totaal} online`,
    ontbreekt: (rollen: string) => `In deze werkplaats ontbreekt nog: ${rollen}. Een leerteam heeft management, beleid en uitvoering nodig.`,
    en: 'en',
    handenOp: (n: number) => `${n} ${n === 1 ? 'hand' : 'handen'} omhoog`,
    klaarAantal: (n: number, totaal: number) => `${n} van ${totaal} klaar`,
  },
  deelnemerBalk: {
    label: 'Jouw acties',
    handOp: 'Hand opsteken',
    handNeer: 'Hand laten zakken',
    klaar: 'Ik ben klaar',
    nietKlaar: 'Toch nog niet klaar',
  },
  bediening: {
    label: 'Bediening voor de begeleider',
    werkvorm: 'Werkvorm voor iedereen',
    timer: 'Timer',
    seconden: 'Seconden',
    start: 'Start timer',
    hervat: 'Hervat timer',
    pauzeer: 'Pauzeer',
    verleng: '+1 minuut',
    stop: 'Stop timer',
    volgMij: 'Volg mij',
    volgMijUitleg: 'Deelnemers zien wat jij ziet',
    loting: 'Trek iemand',
    afsluiten: 'Bijeenkomst afsluiten',
    bevestigAfsluiten: 'Weet je het zeker? Daarna kan niemand het bord nog wijzigen en wordt het verslag gemaakt.',
    jaAfsluiten: 'Ja, afsluiten',
    afgesloten: 'De bijeenkomst is afgesloten.',
  },
  timer: {
    label: 'Timer',
    geen: 'Geen timer',
    gepauzeerd: 'gepauzeerd',
    resterend: (tijd: string) => `Nog ${tijd}`,
    om: 'De tijd is om',
  },
  opening: {
    titel: 'Opening',
    stappenLabel: 'Stappen van de opening',
    stappen: ['Intentie en doel', 'Terugblik en acties', 'Check en Act', 'Check-in'] as const,
    intentieVanVandaag: 'Intentie van vandaag',
    agenda: 'Agenda',
    geenAgenda: 'Geen agenda vastgelegd.',
    einddoel: 'Einddoel van het traject',
    tot: (datum: string) => `Te bereiken op ${datum}`,
    voortgang: 'Voortgang',
    terugblik: 'Terugblik op de vorige bijeenkomst',
    geenTerugblik: 'Er is nog geen verslag van een vorige bijeenkomst.',
    openActies: 'Open acties van eerdere bijeenkomsten',
    geenOpenActies: 'Er staan geen open acties van eerdere bijeenkomsten.',
    actiesVandaag: 'Acties van deze bijeenkomst',
    checkAct: 'Check en Act',
    checkActUitleg: 'Wat is er per speerpunt bereikt, gemeten aan de doelstelling? En gaan we door, stellen we bij of stoppen we?',
    resultaat: (titel: string) => `Resultaat voor ${titel}`,
    besluit: (titel: string) => `Besluit voor ${titel}`,
    besluiten,
    geenBesluit: 'Nog geen besluit',
    checkin: 'Check-in: hoe zit iedereen erbij?',
    checkinUitleg: 'Eén regel per persoon. Iedereen ziet de regels direct.',
    jouwCheckin: 'Jouw check-in',
    nogNiets: 'nog niets ingevuld',
    checkinsLabel: 'Check-ins van iedereen',
  },
} as const;

export type Nl = typeof nl;
