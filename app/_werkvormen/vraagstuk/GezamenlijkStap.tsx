'use client';

import { useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { MAX_GEZAMENLIJK } from '../../../lib/sync/vraagstuk';
import { apiSend } from '../../_api/api';
import type { Traject } from '../../_api/typen';
import { Melding } from '../../_components/Melding';
import { useGezamenlijkVraagstuk } from '../../_sync/useGezamenlijkVraagstuk';
import { GedeeldeTekst } from '../actieleren/GedeeldeTekst';
import { Onthuld } from './NaastElkaarStap';
import type { VraagstukStapProps } from './stapProps';

const t = nl.vraagstuk.vraagstuk;

/**
 * Werkplaats, step 3: the group merges the cards into one gezamenlijk
 * vraagstuk and doel, typing together; the begeleider makes it the traject's
 * vraagstuk and einddoel.
 */
export function GezamenlijkStap({ bord, bordSynced, alleenLezen, ik, leidt, bijeenkomst, fase, aanwezigen }: VraagstukStapProps) {
  const { gezamenlijk, wijzig } = useGezamenlijkVraagstuk(bord);
  const [trajectVraagstuk, setTrajectVraagstuk] = useState(bijeenkomst.traject.vraagstuk);
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const kanSchrijven = !alleenLezen && bordSynced && ik !== null && ik.soort !== 'waarnemer';

  async function neemOver() {
    const vraagstuk = gezamenlijk.vraagstuk.trim();
    if (!vraagstuk) return setMelding({ soort: 'fout', tekst: t.overnemenLeeg });
    setBezig(true);
    const doel = gezamenlijk.doel.trim();
    const uit = await apiSend<Traject>(
      `/api/trajecten/${encodeURIComponent(bijeenkomst.trajectId)}`,
      doel ? { vraagstuk, einddoel: doel } : { vraagstuk },
      'PATCH',
    );
    setBezig(false);
    if (uit.ok) {
      setTrajectVraagstuk(uit.data.vraagstuk);
      setMelding({ soort: 'succes', tekst: t.overgenomen });
    } else setMelding({ soort: 'fout', tekst: uit.error });
  }

  return (
    <div className="vk-stap">
      <section className="vk-gezamenlijk" aria-labelledby="vk-gezamenlijk-kop">
        <h3 id="vk-gezamenlijk-kop">{t.gezamenlijk}</h3>
        <p className="klein zacht">{t.gezamenlijkUitleg}</p>
        {!bordSynced ? (
          <p className="laden">{nl.sync.laden}</p>
        ) : (
          <div className="formulier">
            <GedeeldeTekst
              label={t.gezamenlijkVeld}
              waarde={gezamenlijk.vraagstuk}
              onWijzig={(d) => wijzig('vraagstuk', d)}
              maxLength={MAX_GEZAMENLIJK}
              rijen={2}
              privacy
              alleenLezen={!kanSchrijven}
            />
            <GedeeldeTekst
              label={t.gezamenlijkDoel}
              waarde={gezamenlijk.doel}
              onWijzig={(d) => wijzig('doel', d)}
              maxLength={MAX_GEZAMENLIJK}
              rijen={2}
              alleenLezen={!kanSchrijven}
            />
          </div>
        )}
        {leidt && (
          <div className="knoppen">
            <button type="button" className="knop knop--primair" disabled={bezig || !bordSynced} onClick={() => void neemOver()}>
              {t.overnemen}
            </button>
            <span role="status" className="klein teken teken--klaar vk-klaar">
              {melding?.soort === 'succes' ? melding.tekst : ''}
            </span>
          </div>
        )}
        {melding?.soort === 'fout' && <Melding soort="fout">{melding.tekst}</Melding>}
        <p className="klein vk-traject-nu">
          <strong>{t.huidigVraagstuk}:</strong> {trajectVraagstuk}
        </p>
      </section>
      <section aria-labelledby="vk-bronnen-kop">
        <h3 id="vk-bronnen-kop">{t.bronnen}</h3>
        <Onthuld fase={fase} aanwezigen={aanwezigen} kopNiveau={4} />
      </section>
    </div>
  );
}
