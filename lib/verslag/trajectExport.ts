import { nlVerslag as t } from '../i18n/nl-verslag';
import type { TrajectType } from '../protocol/werkvorm';
import { alinea, cursief, gewoon, kop, lijst, metLabel, tabel, type Blok, type Document } from './document';
import { datumKort } from './datum';
import { leesMarkdown } from './leesMarkdown';
import { actielijstTabel } from './onderdelen/actielijst';
import type { SnapshotActie, SnapshotSpeerpunt } from './snapshot';
import { kort } from './tekst';

export type TrajectExportInvoer = {
  traject: { titel: string; type: TrajectType; thema: string; vraagstuk: string; einddoel: string; einddatum: string | null; trekker: string };
  speerpunten: readonly SnapshotSpeerpunt[];
  acties: readonly SnapshotActie[];
  successen: readonly string[];
  /** bijeenkomst id → nummer */
  nummers: Readonly<Record<string, number>>;
  /** The verslagen as shared (Markdown), in order. */
  verslagen: readonly { nummer: number; tekst: string }[];
  /** Epoch ms of the export. */
  op: number;
};

/**
 * The traject export (DESIGN §4): first where the traject stands now (its
 * question and goal, speerpunten, the current actielijst and successen), then
 * every verslag as shared, each on a new page.
 */
export function bouwTrajectExport(i: TrajectExportInvoer): Document {
  const e = t.export;
  const sp = t.speerpunten;
  const titel = e.titel(i.traject.titel);
  const blokken: Blok[] = [
    kop(1, titel),
    alinea(cursief(e.stand(datumKort(i.op)))),
    kop(2, e.overzicht),
    metLabel(e.vraagstuk, kort(i.traject.vraagstuk, 1000)),
    metLabel(e.einddoel, kort(i.traject.einddoel, 1000)),
  ];
  if (i.traject.einddatum) blokken.push(metLabel(e.einddatum, datumKort(i.traject.einddatum)));
  if (i.traject.trekker.trim()) blokken.push(metLabel(e.trekker, i.traject.trekker));

  blokken.push(kop(2, sp.kop));
  if (i.speerpunten.length === 0) blokken.push(alinea(gewoon(e.geenSpeerpunten)));
  else
    blokken.push(
      tabel(
        [sp.speerpunt, sp.trekker, sp.doelstelling, sp.eersteStap, t.acties.status],
        i.speerpunten.map((p) => [kort(p.titel, 200), kort(p.trekker, 80), kort(p.doelstelling, 300), kort(p.eersteStap, 200), sp.status[p.status] ?? p.status]),
      ),
    );

  blokken.push(kop(2, e.actielijst));
  blokken.push(i.acties.length ? actielijstTabel(i.acties, i.nummers) : alinea(gewoon(e.geenActies)));

  if (i.successen.length) blokken.push(kop(2, e.successen), lijst(i.successen.map((x) => kort(x, 300))));

  blokken.push(kop(2, e.verslagen(i.verslagen.length)));
  if (i.verslagen.length === 0) blokken.push(alinea(gewoon(e.geenVerslagen)));
  for (const v of i.verslagen) {
    // Images stay in each verslag's own download; here the tables beside them carry the numbers.
    blokken.push({ soort: 'paginaEinde' }, ...leesMarkdown(v.tekst).blokken.filter((b) => b.soort !== 'afbeelding'));
  }
  return { titel, blokken };
}
