import { nlVerslag as t } from '../../i18n/nl-verslag';
import { alinea, kop, lijst, metLabel, vet, type Blok } from '../document';
import type { AfsluitingUitkomst } from '../snapshot';
import { eerste, kort, opsomming } from '../tekst';

const MAX_REFLECTIES = 5;

/**
 * The Afsluiting in the verslag: for a leernetwerk who can act on their
 * vraagstuk now and who digs deeper, and the reflections people chose to share.
 * Its actions and successen appear in the actielijst and successen sections.
 */
export function afsluitingBlokken(a: AfsluitingUitkomst): Blok[] {
  const uit: Blok[] = [kop(2, t.afsluiting.kop)];
  const aanDeSlag = a.vraagstukken.filter((v) => v.keuze === 'aan-de-slag').map((v) => v.naam);
  const uitdiepen = a.vraagstukken.filter((v) => v.keuze === 'uitdiepen').map((v) => v.naam);
  if (aanDeSlag.length) uit.push(metLabel(t.afsluiting.aanDeSlag, opsomming(aanDeSlag)));
  if (uitdiepen.length) uit.push(metLabel(t.afsluiting.uitdiepen, opsomming(uitdiepen)));
  const reflecties = a.reflecties.filter((r) => r.tekst.trim());
  if (reflecties.length) {
    const { getoond, rest } = eerste(reflecties, MAX_REFLECTIES);
    uit.push(alinea(vet(t.afsluiting.reflectie)));
    const items = getoond.map((r) => (r.naam ? `${kort(r.tekst, 300)} (${r.naam})` : kort(r.tekst, 300)));
    if (rest > 0) items.push(t.document.enMeer(rest));
    uit.push(lijst(items));
  }
  return uit;
}

export function heeftAfsluiting(a: AfsluitingUitkomst | null): a is AfsluitingUitkomst {
  return Boolean(a && (a.vraagstukken.length > 0 || a.reflecties.some((r) => r.tekst.trim())));
}
