'use client';

import { nl } from '../../../lib/i18n/nl';
import { VraagstukKeuze } from '../../../lib/sync/afsluiting';
import { useAfsluiting } from '../../_sync/useAfsluiting';
import type { WerkvormProps } from '../WerkvormProps';

const KEUZES = VraagstukKeuze.options;
const LABEL: Record<VraagstukKeuze, string> = { 'aan-de-slag': nl.afsluiting.aanDeSlag, uitdiepen: nl.afsluiting.uitdiepen };

/**
 * Leernetwerk: every participant marks their own vraagstuk "hier kan ik al mee
 * aan de slag" or "dit moet ik verder uitdiepen"; everyone sees the choices.
 * The facilitator may mark for someone who says it out loud.
 */
export function Vraagstukken({ bord, bordSynced, aanwezigen, ik, alleenLezen, isBegeleider }: WerkvormProps) {
  const { keuzes, zetKeuze } = useAfsluiting(bord);
  const deelnemers = aanwezigen
    .filter((a) => a.soort === 'deelnemer')
    .sort((a, b) => Number(b.id === ik?.id) - Number(a.id === ik?.id) || a.naam.localeCompare(b.naam, 'nl'));
  if (deelnemers.length === 0) return <p className="leeg">{nl.afsluiting.geenDeelnemers}</p>;
  return (
    <ul className="vraagstukken" aria-label={nl.afsluiting.vraagstukkenLabel}>
      {deelnemers.map((d) => {
        const keuze = keuzes[d.id];
        const magKiezen = !alleenLezen && bordSynced && (isBegeleider || d.id === ik?.id);
        const titel = nl.afsluiting.vraagstukVan(d.naam);
        return (
          <li key={d.id} className={keuze ? `vraagstuk vraagstuk--${keuze}` : 'vraagstuk'}>
            {magKiezen ? (
              <fieldset>
                <legend>
                  {titel}
                  {d.organisatie && <span className="zacht klein"> · {d.organisatie}</span>}
                </legend>
                <div className="besluit">
                  {KEUZES.map((k) => (
                    <label key={k} className="vinkje">
                      <input type="radio" name={`vraagstuk-${d.id}`} value={k} checked={keuze === k} onChange={() => zetKeuze(d.id, k)} />
                      {LABEL[k]}
                    </label>
                  ))}
                </div>
              </fieldset>
            ) : (
              <p className="vraagstuk__lezen">
                <strong>{titel}</strong>
                {d.organisatie && <span className="zacht klein"> · {d.organisatie}</span>}
                <br />
                {keuze ? LABEL[keuze] : <span className="zacht">{nl.afsluiting.nogGeenKeuze}</span>}
              </p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
