'use client';

import { nl } from '../../../lib/i18n/nl';
import { ActieLijst } from '../../_lijsten/ActieLijst';
import { SuccessenLijst } from '../../_lijsten/SuccessenLijst';
import { useActies } from '../../_sync/useActies';
import { useSpeerpunten } from '../../_sync/useSpeerpunten';
import { useSuccessen } from '../../_sync/useSuccessen';
import type { WerkvormProps } from '../WerkvormProps';
import { ActieFormulier } from '../../_lijsten/ActieFormulier';

/**
 * The acties of this bijeenkomst ranked under the speerpunten ("onder de
 * speerpunten kunnen vele activiteiten worden gerangschikt", seed 002), a form
 * for new ones, and the successen.
 */
export function ActiesEnSuccessen({ bijeenkomst, trajectDoc, trajectSynced, alleenLezen, ik }: WerkvormProps) {
  const { acties, voegToe, zetStatus } = useActies(trajectDoc);
  const speerpunten = useSpeerpunten(trajectDoc).filter((s) => s.status === 'actief');
  const { successen, voegToe: voegSuccesToe } = useSuccessen(trajectDoc);
  const vandaag = acties.filter((a) => a.bijeenkomstId === bijeenkomst.id);
  const bekend = new Set(speerpunten.map((s) => s.id));
  const groepen = [
    ...speerpunten.map((s) => ({ id: s.id, titel: nl.afsluiting.onderSpeerpunt(s.titel), acties: vandaag.filter((a) => a.speerpuntId === s.id) })),
    { id: 'zonder', titel: nl.afsluiting.zonderSpeerpunt, acties: vandaag.filter((a) => !a.speerpuntId || !bekend.has(a.speerpuntId)) },
  ].filter((g) => g.acties.length > 0);
  const kanSchrijven = !alleenLezen && trajectSynced && ik?.soort !== 'waarnemer';
  const wijzig = alleenLezen ? undefined : zetStatus;

  return (
    <div className="raster afsluiting__raster">
      <section className="kaart" aria-labelledby="afsluiting-acties">
        <h3 id="afsluiting-acties">{nl.afsluiting.acties}</h3>
        {!trajectSynced ? (
          <p className="laden">{nl.sync.laden}</p>
        ) : groepen.length === 0 ? (
          <p className="leeg">{nl.acties.leeg}</p>
        ) : (
          groepen.map((g) => (
            <div key={g.id} className="actiegroep">
              {(speerpunten.length > 0 || g.id !== 'zonder') && <h4>{g.titel}</h4>}
              <ActieLijst acties={g.acties} zetStatus={wijzig} label={g.titel} />
            </div>
          ))
        )}
        {kanSchrijven && (
          <ActieFormulier
            speerpunten={speerpunten}
            voegToe={(input) => voegToe({ ...input, bijeenkomstId: bijeenkomst.id, werkvorm: 'afsluiting' })}
          />
        )}
      </section>
      <section className="kaart" aria-labelledby="afsluiting-successen">
        <h3 id="afsluiting-successen">{nl.afsluiting.successen}</h3>
        {trajectSynced ? (
          <SuccessenLijst
            successen={successen}
            voegToe={kanSchrijven ? (tekst) => voegSuccesToe({ tekst, bijeenkomstId: bijeenkomst.id }) : undefined}
          />
        ) : (
          <p className="laden">{nl.sync.laden}</p>
        )}
      </section>
    </div>
  );
}
