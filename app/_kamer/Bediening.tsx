'use client';

import { useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { WERKVORMEN, type Ack, type KamerToestand } from '../../lib/protocol';
import { ackFout, type KamerClient } from '../_sync/useKamer';
import { Melding } from '../_components/Melding';
import type { TimerStand } from './timerStand';

/**
 * The facilitator's control bar: werkvorm for everyone, timer, volg mij,
 * random pick and closing the bijeenkomst. Every control waits for the
 * server's ack and shows its Dutch refusal.
 */
export function Bediening({
  toestand,
  timer,
  emit,
  onAfsluiten,
}: {
  toestand: KamerToestand;
  timer: TimerStand;
  emit: KamerClient['emit'];
  onAfsluiten: () => Promise<string | null>;
}) {
  const [seconden, setSeconden] = useState(300);
  const [fout, setFout] = useState<string | null>(null);
  const [bevestig, setBevestig] = useState(false);

  async function doe(p: Promise<Ack>) {
    const ack = await p;
    setFout(ackFout(ack));
  }

  async function sluitAf() {
    const probleem = await onAfsluiten();
    setFout(probleem);
    setBevestig(false);
  }

  const loopt = timer.soort === 'loopt';
  const gepauzeerd = timer.soort === 'gepauzeerd';

  return (
    <section className="bediening" aria-label={nl.bediening.label}>
      <fieldset className="bediening__groep">
        <legend>{nl.bediening.werkvorm}</legend>
        {WERKVORMEN.map((w) => (
          <button
            key={w}
            type="button"
            className="knop knop--klein"
            aria-pressed={toestand.werkvorm === w}
            onClick={() => void doe(emit('werkvorm:kies', { werkvorm: w, stap: 0 }))}
          >
            {nl.werkvormen[w]}
          </button>
        ))}
      </fieldset>
      <div className="bediening__rij">
        <fieldset className="bediening__groep">
          <legend>{nl.bediening.timer}</legend>
          <label htmlFor="timer-seconden" className="klein">
            {nl.bediening.seconden}
          </label>
          <input
            id="timer-seconden"
            className="bediening__seconden"
            type="number"
            min={1}
            max={14400}
            step={30}
            value={seconden}
            onChange={(e) => setSeconden(Number(e.target.value))}
          />
          <button type="button" className="knop knop--klein" onClick={() => void doe(emit('timer:start', { seconden: Math.max(1, Math.round(seconden)) }))}>
            {nl.bediening.start}
          </button>
          {gepauzeerd ? (
            <button type="button" className="knop knop--klein" onClick={() => void doe(emit('timer:start', {}))}>
              {nl.bediening.hervat}
            </button>
          ) : (
            <button type="button" className="knop knop--klein" disabled={!loopt} onClick={() => void doe(emit('timer:pauzeer', {}))}>
              {nl.bediening.pauzeer}
            </button>
          )}
          <button
            type="button"
            className="knop knop--klein"
            disabled={!loopt && !gepauzeerd}
            onClick={() => void doe(emit('timer:verleng', { seconden: 60 }))}
          >
            {nl.bediening.verleng}
          </button>
          <button type="button" className="knop knop--klein" disabled={timer.soort === 'geen'} onClick={() => void doe(emit('timer:stop', {}))}>
            {nl.bediening.stop}
          </button>
        </fieldset>
        <div className="bediening__groep">
          <button
            type="button"
            className="knop knop--klein"
            aria-pressed={toestand.volgMij}
            aria-describedby="volg-mij-uitleg"
            onClick={() => void doe(emit('volg:zet', { aan: !toestand.volgMij }))}
          >
            {nl.bediening.volgMij}
          </button>
          <span id="volg-mij-uitleg" className="visueel-verborgen">
            {nl.bediening.volgMijUitleg}
          </span>
          <button type="button" className="knop knop--klein" onClick={() => void doe(emit('loting:trek', { aantal: 1 }))}>
            {nl.bediening.loting}
          </button>
        </div>
        <div className="bediening__groep bediening__rechts">
          {bevestig ? (
            <>
              <span className="klein" id="bevestig-afsluiten">
                {nl.bediening.bevestigAfsluiten}
              </span>
              <button type="button" className="knop knop--klein knop--gevaar-vol" aria-describedby="bevestig-afsluiten" onClick={() => void sluitAf()}>
                {nl.bediening.jaAfsluiten}
              </button>
              <button type="button" className="knop knop--klein" onClick={() => setBevestig(false)}>
                {nl.app.annuleren}
              </button>
            </>
          ) : (
            <button type="button" className="knop knop--klein knop--gevaar" onClick={() => setBevestig(true)}>
              {nl.bediening.afsluiten}
            </button>
          )}
        </div>
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </section>
  );
}
