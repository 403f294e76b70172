import { nlVerslag as t } from '../../i18n/nl-verslag';
import { alinea, gewoon, kop, lijst, metLabel, vet, type Blok } from '../document';
import type { ActielerenUitkomst } from '../snapshot';
import { eerste, kort } from '../tekst';

const MAX_IDEEEN = 5;
const MAX_AANSCHERPINGEN = 8;

/**
 * Actieleren in the verslag (DESIGN §4): casus title, reflectievraag, chosen
 * idea, the ideas with most dots, summary and sharpenings. Not the casus text
 * or the dialogue notes: the verslag summarises, and the casus may be private.
 */
export function actielerenBlokken(a: ActielerenUitkomst): Blok[] {
  const titel = kort(a.casusTitel, 120);
  const uit: Blok[] = [kop(2, titel ? t.actieleren.kopMetCasus(titel) : t.actieleren.kop)];
  if (a.casusinbrenger) uit.push(metLabel(t.actieleren.casusinbrenger, a.casusinbrenger));
  if (a.reflectievraag.trim()) uit.push(metLabel(t.actieleren.reflectievraag, kort(a.reflectievraag, 400)));
  if (a.gekozenIdee) {
    uit.push(metLabel(t.actieleren.gekozenIdee, `${kort(a.gekozenIdee.tekst, 500)} (${t.actieleren.stemmen(a.gekozenIdee.stemmen)})`));
  }
  const ideeen = a.ideeen.filter((i) => i.tekst.trim());
  if (ideeen.length > 0) {
    const metStemmen = ideeen.some((i) => i.stemmen !== null);
    // With a vote: the ideas that got dots, most first; without: the first ones as they came in.
    const gesorteerd = metStemmen ? ideeen.filter((i) => (i.stemmen ?? 0) > 0).sort((x, y) => (y.stemmen ?? 0) - (x.stemmen ?? 0)) : ideeen;
    const { getoond } = eerste(gesorteerd, MAX_IDEEEN);
    uit.push(alinea(vet(metStemmen ? t.actieleren.ideeenMetStemmen(ideeen.length) : t.actieleren.ideeen(ideeen.length))));
    if (getoond.length) {
      uit.push(lijst(getoond.map((i) => (i.stemmen === null ? kort(i.tekst, 200) : `${kort(i.tekst, 200)} (${t.actieleren.stemmen(i.stemmen)})`))));
    }
  }
  if (a.samenvatting.trim()) {
    uit.push(alinea(vet(a.samenvatter ? t.actieleren.samenvattingDoor(a.samenvatter) : t.actieleren.samenvatting)));
    uit.push(alinea(gewoon(kort(a.samenvatting, 1000))));
  }
  const aanscherpingen = a.aanscherpingen.filter((x) => x.tekst.trim());
  if (aanscherpingen.length > 0) {
    const { getoond, rest } = eerste(aanscherpingen, MAX_AANSCHERPINGEN);
    uit.push(alinea(vet(t.actieleren.aanscherpingen)));
    const items = getoond.map((x) => (x.auteur ? `${kort(x.tekst, 300)} (${x.auteur})` : kort(x.tekst, 300)));
    if (rest > 0) items.push(t.document.enMeer(rest));
    uit.push(lijst(items));
  }
  return uit;
}

/** Whether actieleren left anything worth a section. */
export function heeftActieleren(a: ActielerenUitkomst | null): a is ActielerenUitkomst {
  if (!a) return false;
  return Boolean(
    a.casusTitel.trim() ||
      a.reflectievraag.trim() ||
      a.samenvatting.trim() ||
      a.gekozenIdee ||
      a.ideeen.some((i) => i.tekst.trim()) ||
      a.aanscherpingen.some((x) => x.tekst.trim()),
  );
}
