'use client';

import { formatDatum, nl } from '../../../lib/i18n/nl';
import { SuccessenLijst } from '../../_lijsten/SuccessenLijst';
import { useSuccessen } from '../../_sync/useSuccessen';
import type { WerkvormProps } from '../WerkvormProps';

/** Step 1: intentie and agenda of today, einddoel and progress, successen so far. */
export function IntentieEnDoel({ bijeenkomst, trajectDoc, trajectSynced, alleenLezen }: WerkvormProps) {
  const { successen, voegToe } = useSuccessen(trajectDoc);
  const { traject } = bijeenkomst;
  return (
    <div className="raster">
      <div>
        <section className="kaart" aria-labelledby="opening-intentie">
          <h3 id="opening-intentie">{nl.opening.intentieVanVandaag}</h3>
          <p className="intentie-groot" style={{ margin: 0 }}>
            {bijeenkomst.intentie}
          </p>
          <h4 style={{ marginTop: '0.9rem' }}>{nl.opening.agenda}</h4>
          {bijeenkomst.agenda.length === 0 ? (
            <p className="leeg">{nl.opening.geenAgenda}</p>
          ) : (
            <ol>
              {bijeenkomst.agenda.map((w, i) => (
                <li key={`${w}-${i}`}>{nl.werkvormen[w]}</li>
              ))}
            </ol>
          )}
        </section>
        <section className="kaart" aria-labelledby="opening-einddoel">
          <h3 id="opening-einddoel">{nl.opening.einddoel}</h3>
          <p>{traject.einddoel}</p>
          {traject.einddatum && <p className="zacht klein">{nl.opening.tot(formatDatum(traject.einddatum))}</p>}
          <div className="voortgang">
            <label htmlFor="opening-voortgang">{nl.kamer.bijeenkomstNvanN(bijeenkomst.nummer, bijeenkomst.totaal)}</label>
            <progress id="opening-voortgang" max={Math.max(bijeenkomst.totaal, 1)} value={bijeenkomst.nummer} />
          </div>
        </section>
      </div>
      <section className="kaart" aria-labelledby="opening-successen">
        <h3 id="opening-successen">{nl.successen.titel}</h3>
        {trajectSynced ? (
          <SuccessenLijst
            successen={successen}
            voegToe={alleenLezen ? undefined : (tekst) => voegToe({ tekst, bijeenkomstId: bijeenkomst.id })}
          />
        ) : (
          <p className="laden">{nl.sync.laden}</p>
        )}
      </section>
    </div>
  );
}
