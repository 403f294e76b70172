import { z } from 'zod';
import { nlVraagstuk } from '../../i18n/nl-vraagstuk';
import { alinea, kop, metLabel, tabel, vet, type Blok } from '../../verslag/document';
import { eerste, kort } from '../../verslag/tekst';

const t = nlVraagstuk.verslagVraagstuk;
const MAX_KAARTEN = 12;
const Tekst = z.string().max(20_000);

const VraagstukRegel = z.object({ naam: z.string(), organisatie: z.string(), probleem: Tekst, waarom: Tekst, doel: Tekst });

/**
 * What the Vraagstuk adds to the verslag, as plain data for the snapshot: the
 * revealed answers of this bijeenkomst, the werkplaats's gezamenlijk
 * vraagstuk, and the leernetwerk's own cards as they stood at afsluiten.
 */
export const VraagstukVerslag = z.object({
  antwoorden: z.array(VraagstukRegel),
  gezamenlijk: z.object({ vraagstuk: Tekst, doel: Tekst }).nullable(),
  kaarten: z.array(VraagstukRegel),
});
export type VraagstukVerslag = z.infer<typeof VraagstukVerslag>;

export function heeftVraagstuk(v: VraagstukVerslag | null | undefined): v is VraagstukVerslag {
  return Boolean(v && (v.antwoorden.length > 0 || v.kaarten.length > 0 || v.gezamenlijk?.vraagstuk.trim()));
}

/**
 * Werkplaats: the gezamenlijk vraagstuk and doel, then the answers it came
 * from. Leernetwerk: everyone's own card (the answers, once kept as cards,
 * would say the same twice).
 */
export function vraagstukBlokken(v: VraagstukVerslag): Blok[] {
  const uit: Blok[] = [kop(2, t.kop)];
  const g = v.gezamenlijk;
  if (g && g.vraagstuk.trim()) {
    uit.push(metLabel(t.gezamenlijk, kort(g.vraagstuk, 600)));
    if (g.doel.trim()) uit.push(metLabel(t.doel, kort(g.doel, 400)));
  }
  const regels = v.kaarten.length > 0 ? v.kaarten : v.antwoorden;
  if (regels.length > 0) {
    if (v.kaarten.length > 0) uit.push(alinea(vet(t.kaarten)));
    const { getoond, rest } = eerste(regels, MAX_KAARTEN);
    const rijen = getoond.map((r) => [
      r.organisatie.trim() ? `${kort(r.naam, 60)} (${kort(r.organisatie, 60)})` : kort(r.naam, 60),
      kort(r.probleem, 220),
      kort(r.waarom, 160),
      kort(r.doel, 160),
    ]);
    if (rest > 0) rijen.push([nlVraagstuk.verslagNulmeting.enMeer(rest), '', '', '']);
    uit.push(tabel([t.deelnemer, t.probleem, t.waarom, t.bereiken], rijen));
  }
  return uit;
}
