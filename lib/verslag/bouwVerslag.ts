import { nlVerslag as t } from '../i18n/nl-verslag';
import { klantreisBlokken } from '../werkvormen/klantreis/verslag';
import { gekozenSpeerpuntenBlokken } from '../werkvormen/speerpunten/verslag';
import type { Werkvorm } from '../protocol/werkvorm';
import { alinea, cursief, gewoon, kop, lijst, metLabel, type Blok, type Document } from './document';
import { datumEnTijd, datumKort } from './datum';
import { actielerenBlokken, heeftActieleren } from './onderdelen/actieleren';
import { afsluitingBlokken, heeftAfsluiting } from './onderdelen/afsluiting';
import { actielijstBlokken } from './onderdelen/actielijst';
import { speerpuntenBlokken } from './onderdelen/speerpunten';
import { vrijBordBlokken } from './onderdelen/vrijBord';
import type { VerslagSnapshot } from './snapshot';
import { eerste, kort, opsomming } from './tekst';
import { heeftKletspot, kletspotBlokken } from '../werkvormen/kletspot/verslag';
import { heeftNulmeting, nulmetingBlokken } from '../werkvormen/nulmeting/verslag';
import { heeftVraagstuk, vraagstukBlokken } from '../werkvormen/vraagstuk/verslag';

const MAX_AANWEZIGEN = 60;
const MAX_SUCCESSEN = 10;

/**
 * What each werkvorm adds to the verslag, in programme order. A werkvorm that
 * left nothing adds nothing, so a short bijeenkomst gives a short verslag.
 * New werkvormen (klantreis, nulmeting, …) add their entry here.
 */
const BIJDRAGEN: ReadonlyArray<[Werkvorm | 'kletspot', (s: VerslagSnapshot) => Blok[]]> = [
  ['opening', (s) => speerpuntenBlokken(s.speerpunten, s.opening)],
  ['kletspot', (s) => (heeftKletspot(s.kletspot) ? kletspotBlokken(s.kletspot) : [])],
  ['vraagstuk', (s) => (heeftVraagstuk(s.vraagstuk) ? vraagstukBlokken(s.vraagstuk) : [])],
  ['nulmeting', (s) => (heeftNulmeting(s.nulmeting) ? nulmetingBlokken(s.nulmeting) : [])],
  ['actieleren', (s) => (heeftActieleren(s.actieleren) ? actielerenBlokken(s.actieleren) : [])],
  ['klantreis', (s) => (s.klantreis ? klantreisBlokken(s.klantreis) : [])],
  ['speerpunten', (s) => (s.gekozenSpeerpunten ? gekozenSpeerpuntenBlokken(s.gekozenSpeerpunten) : [])],
  ['afsluiting', (s) => (heeftAfsluiting(s.afsluiting) ? afsluitingBlokken(s.afsluiting) : [])],
];

/**
 * The verslag of one closed bijeenkomst (DESIGN §4): who, when and why, per
 * werkvorm its outcome, the actielijst, the successen and what comes next.
 * One to three pages for a full bijeenkomst: every free text has a ceiling
 * and long lists show their top; only the new actions are never cut.
 * `bijlagen.vrijBord`: the begeleider took the vrij bord into the verslag
 * (an image stored beside the snapshot, so it can come after afsluiten).
 */
export function bouwVerslag(s: VerslagSnapshot, bijlagen: { vrijBord?: boolean } = {}): Document {
  const d = t.document;
  const b = s.bijeenkomst;
  const titel = d.titel(b.nummer, Math.max(b.totaal, b.nummer));
  const blokken: Blok[] = [kop(1, titel), ...kopgegevens(s), kop(2, d.intentie), alinea(gewoon(kort(b.intentie, 500) || d.geenIntentie))];
  for (const [, bijdrage] of BIJDRAGEN) blokken.push(...bijdrage(s));
  blokken.push(...actielijstBlokken(s.acties, b.id, s.vorigeStatussen));
  blokken.push(...successenBlokken(s));
  blokken.push(...volgendeBlokken(s));
  blokken.push(alinea(cursief(d.gemaaktOp(datumKort(s.gemaaktOp)))));
  if (bijlagen.vrijBord) blokken.push(...vrijBordBlokken(b.nummer));
  return { titel: `${titel} · ${s.traject.titel}`, blokken };
}

function kopgegevens(s: VerslagSnapshot): Blok[] {
  const d = t.document;
  const aanwezigen = [...s.aanwezigen].sort((x, y) => x.naam.localeCompare(y.naam, 'nl'));
  const { getoond, rest } = eerste(aanwezigen, MAX_AANWEZIGEN);
  const namen = getoond.map((p) => (p.organisatie.trim() ? `${kort(p.naam, 80)} (${kort(p.organisatie, 80)})` : kort(p.naam, 80)));
  if (rest > 0) namen.push(d.enMeer(rest));
  return [
    metLabel(d.traject, kort(s.traject.titel, 200)),
    metLabel(d.datum, datumEnTijd(s.bijeenkomst.datum)),
    metLabel(d.begeleider(s.begeleiders.length), opsomming(s.begeleiders.map((g) => g.naam)) || d.onbekend),
    metLabel(d.aanwezig(aanwezigen.length), namen.length ? namen.join(', ') : d.niemandAanwezig),
  ];
}

function successenBlokken(s: VerslagSnapshot): Blok[] {
  const deze = s.successen.filter((x) => x.bijeenkomstId === s.bijeenkomst.id && x.tekst.trim());
  const uit: Blok[] = [kop(2, t.successen.kop)];
  if (deze.length === 0) uit.push(alinea(gewoon(t.successen.geen)));
  else {
    const { getoond, rest } = eerste(deze, MAX_SUCCESSEN);
    const items = getoond.map((x) => kort(x.tekst, 300));
    if (rest > 0) items.push(t.document.enMeer(rest));
    uit.push(lijst(items));
  }
  if (s.successen.length > deze.length) uit.push(alinea(gewoon(t.successen.totaal(s.successen.length))));
  return uit;
}

function volgendeBlokken(s: VerslagSnapshot): Blok[] {
  const v = s.volgende;
  if (!v) return [kop(2, t.volgende.kop), alinea(gewoon(t.volgende.nietGepland))];
  const uit: Blok[] = [kop(2, t.volgende.kop), alinea(gewoon(t.volgende.wanneer(v.nummer, datumEnTijd(v.datum))))];
  if (v.intentie.trim()) uit.push(metLabel(t.volgende.intentie, kort(v.intentie, 500)));
  return uit;
}
