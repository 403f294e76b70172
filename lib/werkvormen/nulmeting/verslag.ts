import { z } from 'zod';
import { nlVraagstuk } from '../../i18n/nl-vraagstuk';
import { verwijzing } from '../../verslag/afbeelding';
import { afbeelding, alinea, gewoon, kop, lijst, tabel, vet, type Blok } from '../../verslag/document';
import { eerste, kort } from '../../verslag/tekst';
import { NULMETING_ITEMS, NulmetingItem, SCORES, Score } from './schema';
import { nulmetingPlotAlt } from './plotSvg';
import { toonMediaan, uitslagPerItem } from './statistiek';

const t = nlVraagstuk.verslagNulmeting;
const MAX_OPMERKINGEN = 6;
/** Beyond this many dots in a cell the number says it (a congress of 200). */
const MAX_STIPPEN = 12;

const Antwoord = z.object({ scores: z.partialRecord(NulmetingItem, Score), opmerking: z.string().max(2000) });

/**
 * What the Nulmeting adds to the verslag: this bijeenkomst's meting and, when
 * the traject did one before, the previous one to compare with.
 */
export const NulmetingVerslag = z.object({
  metingen: z.array(z.object({ nummer: z.number().int(), antwoorden: z.array(Antwoord), dezeBijeenkomst: z.boolean() })),
});
export type NulmetingVerslag = z.infer<typeof NulmetingVerslag>;

export function heeftNulmeting(n: NulmetingVerslag | null | undefined): n is NulmetingVerslag {
  return Boolean(n && n.metingen.some((m) => m.dezeBijeenkomst));
}

/** "●●● 3": the dots of a cell, a text dot plot every format can draw. */
export function stippenCel(n: number): string {
  if (n === 0) return '';
  return n <= MAX_STIPPEN ? `${'●'.repeat(n)} ${n}` : `${'●'.repeat(MAX_STIPPEN)}… ${n}`;
}

/**
 * The plot as an image (drawn by the server from `nulmetingPlotSvg`, stored as
 * `afbeelding:nulmeting`) and as a table beside it, which is also its text
 * alternative: per item one row per meting, a column per score with a dot for
 * every participant who gave it, and the median; then the comments.
 */
export function nulmetingBlokken(n: NulmetingVerslag): Blok[] {
  const metingen = [...n.metingen].sort((a, b) => a.nummer - b.nummer);
  const nu = metingen.filter((m) => m.dezeBijeenkomst);
  const deelnemers = nu.reduce((som, m) => som + m.antwoorden.length, 0);
  const uit: Blok[] = [kop(2, t.kop), alinea(gewoon(`${t.uitleg} ${t.deelnemers(deelnemers)}.`))];
  const eerder = metingen.find((m) => !m.dezeBijeenkomst)?.nummer ?? null;
  uit.push(afbeelding(verwijzing('nulmeting'), nulmetingPlotAlt(n), t.plotBijschrift(eerder)));
  const perMeting = metingen.map((m) => ({ m, uitslag: uitslagPerItem(m.antwoorden) }));
  const rijen: string[][] = [];
  NULMETING_ITEMS.forEach((item, i) => {
    for (const { m, uitslag } of perMeting) {
      const u = uitslag[i];
      if (!u) continue;
      rijen.push([
        nlVraagstuk.nulmeting.items[item].kort,
        t.nu(m.nummer),
        ...SCORES.map((s) => stippenCel(u.verdeling[s])),
        toonMediaan(u.mediaan),
      ]);
    }
  });
  uit.push(tabel([t.item, t.meting, ...SCORES.map((s) => t.kolom(s)), t.mediaan], rijen));
  const opmerkingen = nu.flatMap((m) => m.antwoorden.map((a) => a.opmerking.trim()).filter(Boolean));
  if (opmerkingen.length > 0) {
    const { getoond, rest } = eerste(opmerkingen, MAX_OPMERKINGEN);
    const items = getoond.map((o) => kort(o, 300));
    if (rest > 0) items.push(t.enMeer(rest));
    uit.push(alinea(vet(t.opmerkingen)), lijst(items));
  }
  return uit;
}
