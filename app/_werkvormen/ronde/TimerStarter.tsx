'use client';

import { useId, useState } from 'react';
import './ronde.css';

/**
 * The facilitator's "start the timer for this step" with its own default
 * (60 seconds for the answers, ten minutes for the dialogue). The control
 * bar's timer stays for pausing, extending and stopping.
 */
export function TimerStarter({
  label,
  knop,
  standaard,
  eenheid,
  min = 1,
  max,
  bezig,
  onStart,
}: {
  label: string;
  knop: string;
  standaard: number;
  eenheid: 'seconden' | 'minuten';
  min?: number;
  max: number;
  bezig?: boolean;
  /** Gets the duration in seconds. */
  onStart: (seconden: number) => void;
}) {
  const id = useId();
  const [waarde, setWaarde] = useState(standaard);
  const seconden = Math.max(1, Math.round((Number.isFinite(waarde) ? waarde : standaard) * (eenheid === 'minuten' ? 60 : 1)));
  return (
    <div className="timerstarter">
      <label htmlFor={id} className="klein">
        {label}
      </label>
      <input
        id={id}
        type="number"
        min={min}
        max={max}
        step={eenheid === 'minuten' ? 1 : 15}
        value={Number.isFinite(waarde) ? waarde : ''}
        onChange={(e) => setWaarde(e.target.valueAsNumber)}
      />
      <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => onStart(Math.min(seconden, 4 * 3600))}>
        {knop}
      </button>
    </div>
  );
}
