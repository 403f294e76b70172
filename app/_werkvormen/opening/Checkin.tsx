'use client';

import { nl } from '../../../lib/i18n/nl';
import { MAX_CHECKIN } from '../../../lib/sync/opening';
import { GedeeldTekstveld } from '../../_components/GedeeldTekstveld';
import { Veld } from '../../_components/Veld';
import { useOpening } from '../../_sync/useOpening';
import type { WerkvormProps } from '../WerkvormProps';

/** Step 4 (optional): one line each, "hoe zit iedereen erbij?", shown as a grid. */
export function Checkin({ bord, bordSynced, ik, aanwezigen, alleenLezen }: WerkvormProps) {
  const { checkin, zetCheckin } = useOpening(bord);
  const mensen = aanwezigen.filter((a) => a.soort !== 'waarnemer');
  // Lines of people who are no longer listed still show, under a neutral name.
  const namen = new Map(aanwezigen.map((a) => [a.id, a.naam]));
  const ids = [...new Set([...mensen.map((a) => a.id), ...Object.keys(checkin)])];
  const kanSchrijven = !alleenLezen && ik !== null && ik.soort !== 'waarnemer' && bordSynced;

  return (
    <section className="kaart" aria-labelledby="opening-checkin">
      <h3 id="opening-checkin">{nl.opening.checkin}</h3>
      <p className="zacht">{nl.opening.checkinUitleg}</p>
      {kanSchrijven && ik && (
        <div className="formulier" style={{ marginBottom: '1rem', maxWidth: '40rem' }}>
          <Veld label={nl.opening.jouwCheckin} markeerOptioneel={false}>
            {(veldIds) => (
              <GedeeldTekstveld
                ids={veldIds}
                maxLength={MAX_CHECKIN}
                waarde={checkin[ik.id] ?? ''}
                onWijzig={(regel) => zetCheckin(ik.id, regel)}
              />
            )}
          </Veld>
        </div>
      )}
      <ul className="checkins" aria-label={nl.opening.checkinsLabel}>
        {ids.map((id) => {
          const regel = checkin[id];
          return (
            <li key={id} className={regel ? 'checkin' : 'checkin checkin--leeg'}>
              <span className="checkin__naam">{namen.get(id) ?? '—'}</span>
              {regel ?? nl.opening.nogNiets}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
