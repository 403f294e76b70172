'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { eerdereMeting, geldigeAntwoorden } from '../../../lib/werkvormen/nulmeting/machine';
import { NULMETING_ITEMS, type Nulmeting, type NulmetingItem } from '../../../lib/werkvormen/nulmeting/schema';
import { opmerkingen, uitslagPerItem } from '../../../lib/werkvormen/nulmeting/statistiek';
import type { PriveFase } from '../../../lib/werkvormen/rondeFase';
import { DotPlot, type PlotRij } from './DotPlot';
import { NulmetingTabel } from './NulmetingTabel';

const t = nl.vraagstuk.nulmeting;

/**
 * The revealed nulmeting: a dot plot per item, beside the previous meting of
 * the traject when there is one; the item in discussion on top and large; the
 * numbers as a table; the comments without names.
 */
export function NulmetingUitslag({
  fase,
  metingen,
  nummer,
  focus,
  onFocus,
}: {
  fase: PriveFase;
  /** The traject's kept nulmetingen (GET /api/trajecten/:id/nulmetingen). */
  metingen: readonly Nulmeting[];
  /** This bijeenkomst's number. */
  nummer: number;
  focus: NulmetingItem | null;
  /** Only the begeleider may set the focus for everyone. */
  onFocus: ((item: NulmetingItem | null) => void) | null;
}) {
  if (fase.soort === 'onthullen') return <p className="laden">{t.onthullen}</p>;
  if (fase.soort !== 'onthuld') return <p className="leeg">{t.nogNietOnthuld}</p>;
  const antwoorden = geldigeAntwoorden(fase.inzendingen);
  if (antwoorden.length === 0) return <p className="leeg">{t.geenAntwoorden}</p>;
  const nu = uitslagPerItem(antwoorden);
  const eerder = eerdereMeting(metingen, { rondeId: fase.rondeId, nummer });
  const eerderUitslag = eerder ? uitslagPerItem(eerder.antwoorden) : null;
  const perItem = NULMETING_ITEMS.map((item, i) => {
    const rijen: PlotRij[] = [];
    const e = eerderUitslag?.[i];
    if (eerder && e) rijen.push({ sleutel: 'eerder', label: t.meting(eerder.nummer), uitslag: e });
    const n = nu[i];
    if (n) rijen.push({ sleutel: 'nu', label: eerder ? `${t.nu} (${t.meting(nummer)})` : t.nu, uitslag: n });
    return { item, naam: t.items[item].naam, rijen };
  });
  const gefocust = focus ? perItem.find((p) => p.item === focus) : undefined;
  const opm = opmerkingen(antwoorden);

  return (
    <div className="nm-uitslag">
      <FocusAankondiging focus={focus} />
      <p className="klein zacht">
        {t.plotUitleg} {eerder ? t.vergelijking(eerder.nummer) : ''}
      </p>
      {gefocust && (
        <section className="nm-focus" aria-labelledby="nm-focus-kop">
          <p className="nm-focus__label">{t.inBespreking}</p>
          <h3 id="nm-focus-kop">{gefocust.naam}</h3>
          <p className="klein">{t.items[gefocust.item].uitleg}</p>
          <DotPlot item={gefocust.item} rijen={gefocust.rijen} />
          {onFocus && (
            <button type="button" className="knop knop--klein" onClick={() => onFocus(null)}>
              {t.focusUit}
            </button>
          )}
        </section>
      )}
      <ul className="nm-plots" aria-label={t.plotLabel}>
        {perItem.map((p) => (
          <li key={p.item} className={p.item === focus ? 'nm-plotkaart nm-plotkaart--focus' : 'nm-plotkaart'}>
            <h3 className="nm-plotkaart__kop">{p.naam}</h3>
            <DotPlot item={p.item} rijen={p.rijen} />
            {onFocus && p.item !== focus && (
              <button type="button" className="knop knop--klein" onClick={() => onFocus(p.item)} aria-label={`${t.focus}: ${p.naam}`}>
                {t.focus}
              </button>
            )}
          </li>
        ))}
      </ul>
      <details className="nm-cijfers">
        <summary>{t.tabelTitel}</summary>
        <NulmetingTabel perItem={perItem} />
      </details>
      <section aria-labelledby="nm-opmerkingen-kop">
        <h3 id="nm-opmerkingen-kop">{t.opmerkingen}</h3>
        {opm.length === 0 ? (
          <p className="leeg">{t.geenOpmerkingen}</p>
        ) : (
          <ul className="nm-opmerkingen">
            {opm.map((o, i) => (
              <li key={i}>{o}</li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}

/** Speaks a change of the item in discussion. */
function FocusAankondiging({ focus }: { focus: NulmetingItem | null }) {
  const [bericht, setBericht] = useState('');
  const vorige = useRef<NulmetingItem | null | undefined>(undefined);
  useEffect(() => {
    const was = vorige.current;
    vorige.current = focus;
    if (was !== undefined && focus !== was && focus !== null) setBericht(t.focusAangekondigd(t.items[focus].naam));
  }, [focus]);
  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
