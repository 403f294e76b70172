'use client';

import { useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { WERKVORMEN, type Ack, type KamerToestand } from '../../lib/protocol';
import { ackFout, type KamerClient } from '../_sync/useKamer';
import { Melding } from '../_components/Melding';
import type { TimerStand } from './timerStand';
import { buurStap } from '../_werkvormen/stappen';
import { SneltoetsenHulp } from './SneltoetsenHulp';
import { useSneltoetsen, type Sneltoets } from './useSneltoetsen';

/**
 * The facilitator's control bar: werkvorm and step for everyone, timer, volg
 * mij, random pick and closing the bijeenkomst, all one click away whatever
 * werkvorm is open, and the live ones also on a single key (see
 * SneltoetsenHulp). Every control waits for the server's ack and shows its
 * Dutch refusal.
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
  const [hulp, setHulp] = useState(false);

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
  const t = nl.toegankelijkheid;
  const vorige = toestand.werkvorm === null ? null : buurStap(toestand.werkvorm, toestand.stap, -1);
  const volgende = toestand.werkvorm === null ? null : buurStap(toestand.werkvorm, toestand.stap, 1);

  function gaNaar(stap: number | null) {
    if (toestand.werkvorm === null || stap === null) return;
    void doe(emit('werkvorm:kies', { werkvorm: toestand.werkvorm, stap }));
  }
  const startTimer = () => void doe(emit('timer:start', { seconden: Math.max(1, Math.round(seconden)) }));
  const hervat = () => void doe(emit('timer:start', {}));
  const pauzeer = () => void doe(emit('timer:pauzeer', {}));
  const verleng = () => void doe(emit('timer:verleng', { seconden: 60 }));
  const volgMij = () => void doe(emit('volg:zet', { aan: !toestand.volgMij }));
  const loting = () => void doe(emit('loting:trek', { aantal: 1 }));

  function sneltoets(toets: Sneltoets) {
    switch (toets) {
      case 'volgende':
        return gaNaar(volgende);
      case 'vorige':
        return gaNaar(vorige);
      case 'timer':
        return loopt ? pauzeer() : gepauzeerd ? hervat() : startTimer();
      case 'minuut':
        return loopt || gepauzeerd ? verleng() : undefined;
      case 'loting':
        return loting();
      case 'volgMij':
        return volgMij();
      case 'hulp':
        return setHulp(true);
      default:
        return assertNever(toets);
    }
  }
  const sneltoetsen = useSneltoetsen(sneltoets, { gepauzeerd: hulp });
  // Announce the keys only while they work.
  const toets = (k: string) => (sneltoetsen.aan ? k : undefined);

  return (
    <section className="bediening" aria-label={nl.bediening.label}>
      <div className="bediening__rij">
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
      <div className="bediening__rij">
        <div className="bediening__groep" role="group" aria-label={t.stappen}>
          <button
            type="button"
            className="knop knop--klein"
            disabled={vorige === null}
            aria-keyshortcuts={toets('V')}
            onClick={() => gaNaar(vorige)}
          >
            {t.stapTerug}
          </button>
          <button
            type="button"
            className="knop knop--klein"
            disabled={volgende === null}
            aria-keyshortcuts={toets('N')}
            onClick={() => gaNaar(volgende)}
          >
            {t.stapVerder}
          </button>
        </div>
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
          <button type="button" className="knop knop--klein" aria-keyshortcuts={loopt || gepauzeerd ? undefined : toets('T')} onClick={startTimer}>
            {nl.bediening.start}
          </button>
          {gepauzeerd ? (
            <button type="button" className="knop knop--klein" aria-keyshortcuts={toets('T')} onClick={hervat}>
              {nl.bediening.hervat}
            </button>
          ) : (
            <button type="button" className="knop knop--klein" disabled={!loopt} aria-keyshortcuts={loopt ? toets('T') : undefined} onClick={pauzeer}>
              {nl.bediening.pauzeer}
            </button>
          )}
          <button type="button" className="knop knop--klein" disabled={!loopt && !gepauzeerd} aria-keyshortcuts={toets('+')} onClick={verleng}>
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
            aria-keyshortcuts={toets('M')}
            onClick={volgMij}
          >
            {nl.bediening.volgMij}
          </button>
          <span id="volg-mij-uitleg" className="visueel-verborgen">
            {nl.bediening.volgMijUitleg}
          </span>
          <button type="button" className="knop knop--klein" aria-keyshortcuts={toets('L')} onClick={loting}>
            {nl.bediening.loting}
          </button>
        </div>
        <div className="bediening__groep bediening__rechts">
          <button
            type="button"
            className="knop knop--klein"
            aria-haspopup="dialog"
            aria-keyshortcuts={toets('?')}
            onClick={() => setHulp(true)}
          >
            {t.sneltoetsenKnop}
          </button>
        </div>
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
      <SneltoetsenHulp open={hulp} onSluit={() => setHulp(false)} aan={sneltoetsen.aan} setAan={sneltoetsen.setAan} />
    </section>
  );
}

function assertNever(x: never): never {
  throw new Error(`onbekende sneltoets: ${String(x)}`);
}
