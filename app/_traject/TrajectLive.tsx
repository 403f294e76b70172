'use client';

import { nl } from '../../lib/i18n/nl';
import type { Actie } from '../../lib/sync/acties';
import type { Traject } from '../_api/typen';
import { ActieFormulier } from '../_lijsten/ActieFormulier';
import { ActieLijst } from '../_lijsten/ActieLijst';
import { SpeerpuntenLijst } from '../_lijsten/SpeerpuntenLijst';
import { SuccessenLijst } from '../_lijsten/SuccessenLijst';
import { SyncStatus } from '../_lijsten/SyncStatus';
import { useActies } from '../_sync/useActies';
import { useSpeerpunten } from '../_sync/useSpeerpunten';
import { useSuccessen } from '../_sync/useSuccessen';
import { useYDoc } from '../_sync/useYDoc';

/** Speerpunten, actielijst and successen from the traject doc, live for everyone. */
export function TrajectLive({ traject }: { traject: Traject }) {
  const alleenLezen = traject.ik.soort === 'waarnemer';
  const { doc, status, synced } = useYDoc(`traject:${traject.id}`, { alleenLezen });
  const speerpunten = useSpeerpunten(doc);
  const { acties, voegToe, zetStatus } = useActies(doc);
  const successen = useSuccessen(doc);
  const nummers = new Map(traject.bijeenkomsten.map((b) => [b.id, b.nummer]));
  const herkomst = (a: Actie) =>
    a.bijeenkomstId === null ? null : nl.acties.uitBijeenkomst(nummers.get(a.bijeenkomstId) ?? null);
  const kanSchrijven = !alleenLezen && synced;

  return (
    <section aria-labelledby="traject-live">
      <div className="kaart__kop">
        <h2 id="traject-live">{nl.traject.live}</h2>
        <SyncStatus status={status} />
      </div>
      <p className="zacht klein">{nl.traject.liveUitleg}</p>
      <div className="raster">
        <section className="kaart" aria-labelledby="traject-acties">
          <h3 id="traject-acties">{nl.acties.titel}</h3>
          {!synced ? (
            <p className="laden">{nl.sync.laden}</p>
          ) : (
            <ActieLijst acties={acties} zetStatus={kanSchrijven ? zetStatus : undefined} herkomst={herkomst} label={nl.acties.titel} />
          )}
          {kanSchrijven && <ActieFormulier voegToe={(input) => voegToe({ ...input, bijeenkomstId: null, werkvorm: null })} />}
        </section>
        <div>
          <section className="kaart" aria-labelledby="traject-speerpunten">
            <h3 id="traject-speerpunten">{nl.speerpunten.titel}</h3>
            {synced ? <SpeerpuntenLijst speerpunten={speerpunten} /> : <p className="laden">{nl.sync.laden}</p>}
          </section>
          <section className="kaart" aria-labelledby="traject-successen">
            <h3 id="traject-successen">{nl.successen.titel}</h3>
            {synced ? (
              <SuccessenLijst
                successen={successen.successen}
                voegToe={kanSchrijven ? (tekst) => successen.voegToe({ tekst, bijeenkomstId: null }) : undefined}
              />
            ) : (
              <p className="laden">{nl.sync.laden}</p>
            )}
          </section>
        </div>
      </div>
    </section>
  );
}
