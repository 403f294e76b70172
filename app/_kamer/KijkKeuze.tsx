'use client';

import { nl } from '../../lib/i18n/nl';
import { WERKVORMEN, type Werkvorm } from '../../lib/protocol';
import type { Weergave } from './weergave';

/**
 * A participant's own view: pick another werkvorm to look at, and jump back
 * to where the facilitator is.
 */
export function KijkKeuze({
  weergave,
  leider,
  elders,
  onKijk,
  onTerug,
}: {
  weergave: Weergave | null;
  leider: Weergave | null;
  elders: boolean;
  onKijk: (w: Weergave) => void;
  onTerug: () => void;
}) {
  return (
    <div className={elders ? 'volgbalk' : 'knoppen'} style={elders ? undefined : { marginBottom: '0.75rem' }}>
      <label htmlFor="bekijk-werkvorm" className="klein">
        {nl.kamer.bekijkWerkvorm}
      </label>
      <select
        id="bekijk-werkvorm"
        style={{ width: 'auto' }}
        value={weergave?.werkvorm ?? ''}
        onChange={(e) => onKijk({ werkvorm: e.target.value as Werkvorm, stap: 0 })}
      >
        {weergave === null && <option value="">—</option>}
        {WERKVORMEN.map((w) => (
          <option key={w} value={w}>
            {nl.werkvormen[w]}
          </option>
        ))}
      </select>
      {elders && (
        <>
          {leider && <span className="klein">{nl.kamer.jeKijktElders(nl.werkvormen[leider.werkvorm])}</span>}
          <button type="button" className="knop knop--primair knop--klein" onClick={onTerug}>
            {nl.kamer.terugNaarBegeleider}
          </button>
        </>
      )}
    </div>
  );
}
