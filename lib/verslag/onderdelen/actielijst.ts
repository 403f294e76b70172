import { nlVerslag as t } from '../../i18n/nl-verslag';
import type { ActieStatus } from '../../sync/acties';
import { alinea, gewoon, kop, tabel, type Blok } from '../document';
import { deadline } from '../datum';
import type { SnapshotActie } from '../snapshot';
import { kort } from '../tekst';

const MAX_EERDER = 30;
const AFGEROND: ReadonlySet<ActieStatus> = new Set(['gedaan', 'vervallen']);
const VOLGORDE: Record<ActieStatus, number> = { bezig: 0, open: 1, gedaan: 2, vervallen: 3 };

const wat = (a: SnapshotActie) => kort(a.wat, 300);
const wie = (a: SnapshotActie) => kort(a.wie, 80);
const wanneer = (a: SnapshotActie) => kort(deadline(a.wanneer), 60);

/**
 * The actielijst of a verslag (PDCA: plan here, check next time): every new
 * actie of this bijeenkomst, and of the earlier ones those still open plus
 * those finished since the previous verslag. Older finished ones are counted.
 */
export function actielijstBlokken(
  acties: readonly SnapshotActie[],
  bijeenkomstId: string,
  vorigeStatussen: Readonly<Record<string, ActieStatus>> | null,
): Blok[] {
  const a = t.acties;
  const nieuw = acties.filter((x) => x.bijeenkomstId === bijeenkomstId);
  const eerder = acties.filter((x) => x.bijeenkomstId !== bijeenkomstId);
  const nogRelevant = (x: SnapshotActie) => {
    if (!AFGEROND.has(x.status)) return true;
    const toen = vorigeStatussen?.[x.id];
    // Finished since the previous verslag (or never seen in one): worth telling.
    return vorigeStatussen === null || toen === undefined || !AFGEROND.has(toen);
  };
  const relevant = eerder.filter(nogRelevant).sort((x, y) => VOLGORDE[x.status] - VOLGORDE[y.status]);
  const alAfgerond = eerder.length - relevant.length;

  const uit: Blok[] = [kop(2, a.kop), kop(3, a.nieuw(nieuw.length))];
  if (nieuw.length) uit.push(tabel([a.wat, a.wie, a.wanneer], nieuw.map((x) => [wat(x), wie(x), wanneer(x)])));
  else uit.push(alinea(gewoon(a.geenNieuwe)));

  uit.push(kop(3, a.eerder));
  if (relevant.length) {
    const getoond = relevant.slice(0, MAX_EERDER);
    uit.push(tabel([a.wat, a.wie, a.wanneer, a.status], getoond.map((x) => [wat(x), wie(x), wanneer(x), a.statussen[x.status]])));
    if (relevant.length > getoond.length) uit.push(alinea(gewoon(t.document.enMeer(relevant.length - getoond.length))));
  } else {
    uit.push(alinea(gewoon(a.geenEerder)));
  }
  if (alAfgerond > 0) uit.push(alinea(gewoon(a.alAfgerond(alAfgerond))));
  return uit;
}

/** The whole actielijst as one table (the traject export): open first, with where each came from. */
export function actielijstTabel(acties: readonly SnapshotActie[], nummers: Readonly<Record<string, number>>): Blok {
  const a = t.acties;
  const herkomst = (x: SnapshotActie) => {
    const n = x.bijeenkomstId === null ? undefined : nummers[x.bijeenkomstId];
    return n === undefined ? a.uitTraject : a.uitBijeenkomst(n);
  };
  const rijen = [...acties]
    .sort((x, y) => VOLGORDE[x.status] - VOLGORDE[y.status])
    .map((x) => [wat(x), wie(x), wanneer(x), a.statussen[x.status], herkomst(x)]);
  return tabel([a.wat, a.wie, a.wanneer, a.status, a.uit], rijen);
}
