import Link from 'next/link';
import { formatDatumTijd, nl } from '../../lib/i18n/nl';
import type { Bijeenkomst } from '../_api/typen';
import type { KamerVerbinding } from '../_sync/useKamer';
import { Timer } from './Timer';
import type { TimerStand } from './timerStand';

/** Room header: traject, "Bijeenkomst n van N", intentie, timer and connection. */
export function KamerKop({ bijeenkomst, timer, verbinding }: { bijeenkomst: Bijeenkomst; timer: TimerStand; verbinding: KamerVerbinding }) {
  return (
    <header className="kamerkop">
      <div className="kamerkop__titel">
        <p className="kamerkop__sub">
          <Link href={`/trajecten/${bijeenkomst.trajectId}`}>{bijeenkomst.traject.titel}</Link>
          {' · '}
          {nl.kamer.bijeenkomstNvanN(bijeenkomst.nummer, bijeenkomst.totaal)}
          {' · '}
          {formatDatumTijd(bijeenkomst.datum)}
        </p>
        <h1>
          <span className="visueel-verborgen">{nl.kamer.intentie}: </span>
          {bijeenkomst.intentie}
        </h1>
      </div>
      <div className="kamerkop__rechts">
        <span className="syncstatus" role="status">
          <span
            className={verbinding.soort === 'verbonden' ? 'stip stip--aan' : verbinding.soort === 'verbinden' ? 'stip' : 'stip stip--fout'}
            aria-hidden="true"
          />
          {verbinding.soort === 'verbonden' ? nl.sync.verbonden : verbinding.soort === 'verbinden' ? nl.sync.verbinden : nl.kamer.verbroken}
        </span>
        <Timer stand={timer} />
      </div>
    </header>
  );
}
