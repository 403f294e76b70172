'use client';

import Link from 'next/link';
import { useState } from 'react';
import { formatDatum, formatDatumTijd, nl } from '../../lib/i18n/nl';
import type { Traject } from '../_api/typen';
import { Melding } from '../_components/Melding';
import { BijeenkomstFormulier } from './BijeenkomstFormulier';
import { TrajectExportLinks, VerslagLinks } from '../_verslag/VerslagLinks';

const STATUS_KLASSE = { gepland: 'label', live: 'label label--live', afgesloten: 'label label--afgesloten' } as const;

/** The series of bijeenkomsten: planned ones, proposed dates, warnings, and (for facilitators) a form to add one. */
export function Planning({
  traject,
  isBegeleider,
  onGewijzigd,
}: {
  traject: Traject;
  isBegeleider: boolean;
  onGewijzigd: () => Promise<void>;
}) {
  const { planning, bijeenkomsten } = traject;
  const [toegevoegd, setToegevoegd] = useState(false);
  return (
    <section className="kaart" aria-labelledby="traject-planning">
      <div className="kaart__kop">
        <h2 id="traject-planning">{nl.traject.planning}</h2>
        <span className="zacht klein">{nl.traject.geplandAantal(planning.geplandAantal)}</span>
      </div>
      {planning.waarschuwing && (
        <Melding soort="waarschuwing" titel={nl.traject.waarschuwing}>
          {planning.waarschuwing}
        </Melding>
      )}
      <h3>{nl.traject.bijeenkomsten}</h3>
      {bijeenkomsten.length === 0 ? (
        <p className="leeg">{nl.traject.geenBijeenkomsten}</p>
      ) : (
        <ol className="lijst" aria-label={nl.traject.bijeenkomsten}>
          {bijeenkomsten.map((b) => (
            <li key={b.id}>
              <div className="kaart__kop">
                <div>
                  <strong>{nl.traject.bijeenkomstNummer(b.nummer)}</strong>{' '}
                  <span className={STATUS_KLASSE[b.status]}>{nl.bijeenkomstStatus[b.status]}</span>
                  <div className="klein zacht">{formatDatumTijd(b.datum)}</div>
                  {b.intentie && <div className="klein">{b.intentie}</div>}
                  <VerslagLinks bijeenkomst={b} isBegeleider={isBegeleider} />
                </div>
                <Link href={`/bijeenkomsten/${b.id}`} className={b.status === 'live' ? 'knop knop--klein knop--primair' : 'knop knop--klein'}>
                  {nl.traject.naarRuimte(b.nummer)}
                </Link>
              </div>
            </li>
          ))}
        </ol>
      )}
      {bijeenkomsten.some((b) => b.status === 'afgesloten' && (isBegeleider || b.verslagGedeeld)) && (
        <TrajectExportLinks trajectId={traject.id} />
      )}
      {isBegeleider && planning.voorstel.length > 0 && (
        <>
          <h3>{nl.traject.voorstel}</h3>
          <ul className="klein">
            {planning.voorstel.map((d) => (
              <li key={d}>{formatDatum(d)}</li>
            ))}
          </ul>
        </>
      )}
      {isBegeleider && (
        // Keyed on the count so that after adding one the form starts fresh with the next proposed date.
        <BijeenkomstFormulier
          key={bijeenkomsten.length}
          trajectId={traject.id}
          voorstel={planning.voorstel[0]}
          onToegevoegd={async () => {
            await onGewijzigd();
            setToegevoegd(true);
          }}
        />
      )}
      {toegevoegd && <Melding soort="succes">{nl.traject.toegevoegd}</Melding>}
    </section>
  );
}
