'use client';

import { nl } from '../../../lib/i18n/nl';
import { NULMETING_ITEMS, type Nulmeting } from '../../../lib/werkvormen/nulmeting/schema';
import { uitslagPerItem } from '../../../lib/werkvormen/nulmeting/statistiek';
import { useApi } from '../../_api/useApi';
import { Melding } from '../../_components/Melding';
import type { PlotRij } from './DotPlot';
import { NulmetingTabel } from './NulmetingTabel';
import './nulmeting.css';

const t = nl.vraagstuk.nulmeting;

/** The traject page's nulmetingen: every kept meting side by side, as a table per item. */
export function NulmetingenTraject({ trajectId }: { trajectId: string }) {
  const { staat } = useApi<{ metingen: Nulmeting[] }>(`/api/trajecten/${encodeURIComponent(trajectId)}/nulmetingen`);
  if (staat.soort === 'laden') return null;
  if (staat.soort === 'fout') return <Melding soort="fout">{staat.error}</Melding>;
  const metingen = staat.data.metingen;
  if (metingen.length === 0) return null;
  const uitslagen = metingen.map((m) => ({ m, u: uitslagPerItem(m.antwoorden) }));
  const perItem = NULMETING_ITEMS.map((item, i) => ({
    naam: t.items[item].naam,
    rijen: uitslagen.flatMap(({ m, u }): PlotRij[] => {
      const uitslag = u[i];
      return uitslag ? [{ sleutel: m.id === metingen[metingen.length - 1]?.id ? 'nu' : 'eerder', label: t.meting(m.nummer), uitslag }] : [];
    }),
  }));
  return (
    <section className="kaart" aria-labelledby="nulmetingen-kop">
      <h2 id="nulmetingen-kop">{t.trajectTitel}</h2>
      <p className="klein zacht">{t.trajectUitleg}</p>
      <div className="nm-tabelvlak">
        <NulmetingTabel perItem={perItem} />
      </div>
    </section>
  );
}
