'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import type { TimerStand } from './timerStand';
import type { Weergave } from './weergave';
import { stapNaam } from '../_werkvormen/stappen';

/**
 * One polite live region for the room: announces a change of werkvorm or
 * step on this screen, the end of the timer, a random pick and volg mij
 * switching on or off. Reveals and vote results are announced by each
 * werkvorm's own region (ActielerenAankondiging, Nulmeting, Vraagstuk,
 * Stemmen), which knows what was revealed.
 */
export function Aankondiger({
  weergave,
  timer,
  getrokken,
  volgMij,
}: {
  weergave: Weergave | null;
  timer: TimerStand;
  getrokken: string | null;
  volgMij: boolean | null;
}) {
  const [bericht, setBericht] = useState('');
  const vorigeWeergave = useRef<string | null>(null);
  const zagLopen = useRef<number | null>(null);

  const sleutel = weergave ? `${weergave.werkvorm}:${weergave.stap}` : null;
  useEffect(() => {
    const was = vorigeWeergave.current;
    vorigeWeergave.current = sleutel;
    if (!weergave || was === sleutel || was === null) return;
    const stap = stapNaam(weergave.werkvorm, weergave.stap);
    const wasWerkvorm = was.split(':')[0];
    setBericht(
      wasWerkvorm !== weergave.werkvorm
        ? [nl.kamer.werkvormWissel(nl.werkvormen[weergave.werkvorm]), stap && nl.kamer.stapWissel(stap)].filter(Boolean).join('. ')
        : stap
          ? nl.kamer.stapWissel(stap)
          : '',
    );
    // Keyed on `sleutel` only: `weergave` is a fresh object every render.
  }, [sleutel]);

  // Announce the end only of a timer this screen saw running, not of one
  // that ran out before the page was opened.
  useEffect(() => {
    if (timer.soort === 'loopt') zagLopen.current = timer.eindeOp;
    if (timer.soort === 'om' && zagLopen.current === timer.eindeOp) {
      zagLopen.current = null;
      setBericht(nl.timer.om);
    }
  }, [timer]);

  useEffect(() => {
    if (getrokken) setBericht(getrokken);
  }, [getrokken]);

  // Only a switch is news, not the state found on opening the page.
  const vorigeVolgMij = useRef<boolean | null>(null);
  useEffect(() => {
    const was = vorigeVolgMij.current;
    vorigeVolgMij.current = volgMij;
    if (was !== null && volgMij !== null && was !== volgMij) setBericht(nl.toegankelijkheid.volgMijGewijzigd(volgMij));
  }, [volgMij]);

  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
