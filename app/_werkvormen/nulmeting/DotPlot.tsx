import { useId } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { basislijn, LABEL_HOOGTE, STANDAARD_MAAT, stippen, xVan, type PlotMaat } from '../../../lib/werkvormen/nulmeting/plot';
import { SCORES, type NulmetingItem } from '../../../lib/werkvormen/nulmeting/schema';
import { toonMediaan, type ItemUitslag } from '../../../lib/werkvormen/nulmeting/statistiek';

const t = nl.vraagstuk.nulmeting;
const AS_HOOGTE = 22;

/** One row of the plot: a meting of this item. */
export type PlotRij = { sleutel: 'eerder' | 'nu'; label: string; uitslag: ItemUitslag };

/** "2× 3, 1× 4": the spread in words, for the text alternative. */
export function verdelingTekst(u: ItemUitslag): string {
  return t.verdeling(SCORES.map((s) => [s, u.verdeling[s]] as [number, number]));
}

/**
 * The dot plot of one item (DESIGN §3): a row per meting (earlier as open
 * circles, now filled, so colour is never the only cue), one dot per score
 * stacked where scores coincide, and the median as a bar. The SVG is an image
 * with a full text alternative; the numbers are also in the table below.
 */
export function DotPlot({ item, rijen, maat = STANDAARD_MAAT }: { item: NulmetingItem; rijen: readonly PlotRij[]; maat?: PlotMaat }) {
  const id = useId();
  const naam = t.items[item].naam;
  const hoogte = rijen.length * maat.rijHoogte + AS_HOOGTE;
  const beschrijving = rijen
    .map((r) => t.itemBeschrijving(naam, r.label, verdelingTekst(r.uitslag), toonMediaan(r.uitslag.mediaan), r.uitslag.scores.length))
    .join(' ');
  return (
    <svg
      className="nm-plot"
      viewBox={`0 0 ${maat.breedte} ${hoogte}`}
      role="img"
      aria-labelledby={`${id}-titel ${id}-uitleg`}
      data-item={item}
    >
      <title id={`${id}-titel`}>{naam}</title>
      <desc id={`${id}-uitleg`}>{beschrijving}</desc>
      {rijen.map((r, i) => {
        const y = i * maat.rijHoogte;
        const m = r.uitslag.mediaan;
        return (
          <g key={r.sleutel} data-meting={r.sleutel} className={`nm-rij nm-rij--${r.sleutel}`}>
            {i > 0 && <line x1={0} x2={maat.breedte} y1={y} y2={y} className="nm-scheiding" />}
            <text x={4} y={y + 15} className="nm-rijlabel">
              {r.label}
              {m !== null ? ` · ${t.mediaan.toLowerCase()} ${toonMediaan(m)}` : ` · ${t.geenScores}`}
            </text>
            {m !== null && (
              <rect
                className="nm-mediaan"
                data-mediaan={m}
                x={xVan(m, maat) - 2}
                y={y + LABEL_HOOGTE + 2}
                width={4}
                height={basislijn(y, maat) + maat.straal - (y + LABEL_HOOGTE + 2)}
                rx={1}
              />
            )}
            {stippen(r.uitslag.scores, y, maat).map((d, j) => (
              <circle key={j} className="nm-stip" data-score={d.score} cx={d.x} cy={d.y} r={maat.straal} />
            ))}
          </g>
        );
      })}
      <g className="nm-as" aria-hidden="true">
        <line x1={xVan(1, maat)} x2={xVan(4, maat)} y1={hoogte - AS_HOOGTE + 2} y2={hoogte - AS_HOOGTE + 2} />
        {SCORES.map((s) => (
          <g key={s}>
            <line x1={xVan(s, maat)} x2={xVan(s, maat)} y1={hoogte - AS_HOOGTE - 2} y2={hoogte - AS_HOOGTE + 6} />
            <text x={xVan(s, maat)} y={hoogte - 4} textAnchor="middle">
              {s}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}
