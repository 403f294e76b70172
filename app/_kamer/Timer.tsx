'use client';

import { duurVoluit, formatDuur, nl } from '../../lib/i18n/nl';
import type { TimerStand } from './timerStand';

/** The shared countdown. Its ticking is not announced; the end is (see Aankondiger). */
export function Timer({ stand }: { stand: TimerStand }) {
  switch (stand.soort) {
    case 'geen':
      return (
        <div className="timer timer--geen" role="timer" aria-label={nl.timer.label}>
          {nl.timer.geen}
        </div>
      );
    case 'loopt':
      return (
        <div className="timer" role="timer" aria-label={`${nl.timer.label}: ${nl.timer.resterend(duurVoluit(stand.resterend))}`}>
          {formatDuur(stand.resterend)}
        </div>
      );
    case 'gepauzeerd':
      return (
        <div
          className="timer timer--gepauzeerd"
          role="timer"
          aria-label={`${nl.timer.label}: ${nl.timer.resterend(duurVoluit(stand.resterend))}, ${nl.timer.gepauzeerd}`}
        >
          {formatDuur(stand.resterend)}
          <span className="timer__status">{nl.timer.gepauzeerd}</span>
        </div>
      );
    case 'om':
      return (
        <div className="timer timer--om" role="timer" aria-label={`${nl.timer.label}: ${nl.timer.om}`}>
          0:00
          <span className="timer__status">{nl.timer.om}</span>
        </div>
      );
    default:
      return assertNever(stand);
  }
}

function assertNever(x: never): never {
  throw new Error(`onbekende timerstand: ${JSON.stringify(x)}`);
}
