import Link from 'next/link';
import { formatDatumTijd, nl } from '../../lib/i18n/nl';
import type { Bijeenkomst } from '../_api/typen';
import type { KamerVerbinding } from '../_sync/useKamer';
import { Timer } from './Timer';
import type { TimerStand } from './timerStand';

/**
 * Room header: traject, "Bijeenkomst n van N", intentie, timer, volg mij and
 * connection. Sticky on screens tall enough, so the timer and volg mij stay
 * in view while the board scrolls.
 */
export function KamerKop({
  bijeenkomst,
  timer,
  verbinding,
  volgMij,
  isBegeleider,
}: {
  bijeenkomst: Bijeenkomst;
  timer: TimerStand;
  verbinding: KamerVerbinding;
  /** null before the room state arrives and once the bijeenkomst is closed. */
  volgMij: boolean | null;
  isBegeleider: boolean;
}) {
  const t = nl.toegankelijkheid;
  return (
    <header className="kamerkop">
      <div className="kamerkop__titel">
        <p className="kamerkop__sub">
          {/* No prefetch: rendering the traject page would compete with the room's own connections while it opens. */}
          <Link href={`/trajecten/${bijeenkomst.trajectId}`} prefetch={false}>
            {bijeenkomst.traject.titel}
          </Link>
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
        {volgMij !== null && (
          <span className={volgMij ? 'volgmij volgmij--aan' : 'volgmij'}>
            <span className={volgMij ? 'stip stip--aan' : 'stip stip--uit'} aria-hidden="true" />
            {isBegeleider ? (volgMij ? t.volgMijAan : t.volgMijUit) : volgMij ? t.volgMijAanDeelnemer : t.volgMijUitDeelnemer}
          </span>
        )}
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
