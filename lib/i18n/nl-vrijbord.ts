/**
 * Every Dutch string of the Vrij bord (app/_werkvormen/vrij-bord and the
 * canvas in app/_canvas). Wired into `nl` as `nl.vrijBord`. tldraw's own menus
 * come from its Dutch translation, served from /tldraw/translations.
 *
 * Self-contained on purpose: nl.ts imports this file, so it imports nothing
 * from nl.ts. Pure module: no React, no Node.
 */
export const nlVrijBord = {
  uitleg: 'Plaknotities, tekenen, pijlen en afbeeldingen: wat je maakt, ziet iedereen meteen.',
  vergroten: 'Bord vergroten',
  verkleinen: 'Terug naar de kamer',
  canvasLabel: 'Canvas van het vrije bord',
  laden: 'Het vrije bord wordt geladen…',
  verbinden: 'Verbinden met het bord…',
  afgesloten: 'De bijeenkomst is afgesloten: het vrije bord is alleen nog te bekijken.',
  waarnemer: 'Je kijkt mee als waarnemer: je ziet het bord, maar wijzigt het niet.',
  geenLicentie: {
    titel: 'Het vrije bord is hier niet beschikbaar',
    tekst:
      'Het vrije bord gebruikt tldraw, en tldraw vraagt op een openbaar https-adres om een licentiesleutel. Deze installatie heeft er (nog) geen. Alle andere werkvormen werken gewoon. Beheerder: stel NEXT_PUBLIC_TLDRAW_LICENSE_KEY in en bouw opnieuw (zie de README).',
  },
  licentieOngeldig: {
    titel: 'Het vrije bord is hier niet beschikbaar',
    tekst:
      'De licentiesleutel voor tldraw is ongeldig, verlopen of niet bedoeld voor dit adres, en daarom verbergt tldraw het bord. Alle andere werkvormen werken gewoon. Beheerder: controleer NEXT_PUBLIC_TLDRAW_LICENSE_KEY.',
  },
  nieuwereVersie:
    'Dit bord is bewerkt met een nieuwere versie van Leerbord. Je kunt het bekijken; herlaad de pagina om weer mee te tekenen.',
  fout: 'Het vrije bord kon niet worden geladen. Herlaad de pagina; de andere werkvormen werken gewoon.',
  plaatsen: {
    titel: 'Op het bord zetten',
    uitleg: 'Zet een speerpunt, actie of succes als plaknotitie op het vrije bord.',
    knop: 'Op het bord',
    knopLabel: (tekst: string) => `Zet „${tekst}” op het vrije bord`,
    geplaatst: (tekst: string) => `„${tekst}” staat op het bord.`,
    mislukt: 'Dat lukte niet; probeer het nog eens.',
    leeg: 'Er is nog niets om op het bord te zetten.',
    groepen: {
      speerpunten: 'Speerpunten',
      acties: 'Open acties',
      successen: 'Successen',
    },
  },
  afbeelding: {
    knop: 'Download als afbeelding (PNG)',
    bezig: 'Afbeelding maken…',
    leeg: 'Het bord is nog leeg: er is niets om te downloaden.',
    mislukt: 'De afbeelding kon niet worden gemaakt.',
    bestandsnaam: (nummer: number) => `vrij-bord-bijeenkomst-${nummer}.png`,
  },
  verslag: {
    knop: 'Neem het vrij bord op in het verslag',
    opnieuw: 'Vervang het vrij bord in het verslag',
    bezig: 'Vrij bord opnemen…',
    leeg: 'Het bord is nog leeg: er is niets om op te nemen.',
    bijAfsluiten: 'Het vrij bord gaat als bijlage mee in het verslag als je de bijeenkomst afsluit. Tekenen jullie daarna nog verder, neem het dan opnieuw op.',
    opnieuwGemaakt: 'Het vrij bord staat nu als bijlage in het verslag.',
    aangevuld: 'Het vrij bord staat nu als bijlage achter je bewerkte verslag; je wijzigingen zijn gebleven.',
    mislukt: (fout: string) => `Het vrij bord kon niet in het verslag worden opgenomen: ${fout}`,
    geenVerbinding: 'geen verbinding met de server.',
  },
} as const;
