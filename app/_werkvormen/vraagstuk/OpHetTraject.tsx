'use client';

import { nl } from '../../../lib/i18n/nl';
import type { Traject } from '../../_api/typen';
import { KletspotTraject } from '../kletspot/KletspotTraject';
import { NulmetingenTraject } from '../nulmeting/NulmetingenTraject';
import { Vraagstukkaarten } from './Vraagstukkaarten';
import './vraagstuk.css';

const t = nl.vraagstuk.vraagstuk;

/**
 * What the Vraagstuk, the Nulmeting and the Kletspot keep on the traject page:
 * a leernetwerk's own vraagstuk cards with their history at each Afsluiting,
 * the nulmetingen side by side, and the kletspot to drop a question in.
 */
export function VraagstukOpTraject({ traject }: { traject: Traject }) {
  return (
    <>
      {traject.type === 'leernetwerk' && (
        <section className="kaart" aria-labelledby="vraagstukkaarten-kop">
          <h2 id="vraagstukkaarten-kop">{t.trajectTitel}</h2>
          <p className="klein zacht">{t.trajectUitleg}</p>
          <Vraagstukkaarten trajectId={traject.id} ik={traject.ik} alleenLezen={traject.ik.soort === 'waarnemer'} />
        </section>
      )}
      <KletspotTraject traject={traject} />
      <NulmetingenTraject trajectId={traject.id} />
    </>
  );
}
