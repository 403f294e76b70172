import { nlVerslag as t } from '../../i18n/nl-verslag';
import { kop, tabel, type Blok } from '../document';
import type { OpeningUitkomst, SnapshotSpeerpunt } from '../snapshot';
import { kort } from '../tekst';

/**
 * The speerpunten: the active ones with their trekker and, when the Opening
 * held Check and Act, what came of each and what was decided; otherwise their
 * doelstelling. Nothing when the traject has none yet.
 */
export function speerpuntenBlokken(speerpunten: readonly SnapshotSpeerpunt[], opening: OpeningUitkomst | null): Blok[] {
  const checkAct = new Map((opening?.checkAct ?? []).map((c) => [c.speerpuntId, c]));
  const getoond = speerpunten.filter((s) => s.status === 'actief' || checkAct.has(s.id));
  if (getoond.length === 0) return [];
  const metCheck = getoond.some((s) => {
    const c = checkAct.get(s.id);
    return Boolean(c && (c.resultaat.trim() || c.besluit));
  });
  const p = t.speerpunten;
  if (metCheck) {
    return [
      kop(2, p.kop),
      tabel(
        [p.speerpunt, p.trekker, p.resultaat, p.besluit],
        getoond.map((s) => {
          const c = checkAct.get(s.id);
          return [kort(s.titel, 200), kort(s.trekker, 80), kort(c?.resultaat ?? '', 400), c ? p.besluiten[c.besluit] : ''];
        }),
      ),
    ];
  }
  return [
    kop(2, p.kop),
    tabel(
      [p.speerpunt, p.trekker, p.doelstelling],
      getoond.map((s) => [kort(s.titel, 200), kort(s.trekker, 80), kort(s.doelstelling, 300)]),
    ),
  ];
}
