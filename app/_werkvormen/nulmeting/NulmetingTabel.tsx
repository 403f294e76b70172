import { nl } from '../../../lib/i18n/nl';
import { SCORES } from '../../../lib/werkvormen/nulmeting/schema';
import { toonMediaan } from '../../../lib/werkvormen/nulmeting/statistiek';
import type { PlotRij } from './DotPlot';

const t = nl.vraagstuk.nulmeting;

/** The plot's numbers as a table: per item and meting, how many gave each score, the median and the count. */
export function NulmetingTabel({ perItem }: { perItem: readonly { naam: string; rijen: readonly PlotRij[] }[] }) {
  return (
    <table className="nm-tabel">
      <caption className="visueel-verborgen">{t.tabelTitel}</caption>
      <thead>
        <tr>
          <th scope="col">{t.item}</th>
          <th scope="col">{t.metingKolom}</th>
          {SCORES.map((s) => (
            <th scope="col" key={s}>
              {t.score(s)}
            </th>
          ))}
          <th scope="col">{t.mediaan}</th>
          <th scope="col">{t.aantal}</th>
        </tr>
      </thead>
      <tbody>
        {perItem.flatMap(({ naam, rijen }) =>
          rijen.map((r, i) => (
            <tr key={`${naam}-${i}`} data-item={r.uitslag.item} data-meting={r.sleutel}>
              {i === 0 ? (
                <th scope="rowgroup" rowSpan={rijen.length}>
                  {naam}
                </th>
              ) : null}
              <td className="nm-tabel__meting">{r.label}</td>
              {SCORES.map((s) => (
                <td key={s} data-score={s}>
                  {r.uitslag.verdeling[s]}
                </td>
              ))}
              <td data-mediaan="">{toonMediaan(r.uitslag.mediaan)}</td>
              <td>{r.uitslag.scores.length}</td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
