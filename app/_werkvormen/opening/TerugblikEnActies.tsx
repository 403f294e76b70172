'use client';

import { nl } from '../../../lib/i18n/nl';
import { openActiesVanEerder } from '../../../lib/sync/acties';
import { ActieFormulier } from '../../_lijsten/ActieFormulier';
import { ActieLijst } from '../../_lijsten/ActieLijst';
import { useActies } from '../../_sync/useActies';
import type { WerkvormProps } from '../WerkvormProps';

/**
 * Step 2: the terugblik from the last verslag, the open acties of earlier
 * bijeenkomsten (everyone updates them live), and new acties of today.
 */
export function TerugblikEnActies({ bijeenkomst, trajectDoc, trajectSynced, alleenLezen }: WerkvormProps) {
  const { acties, voegToe, zetStatus } = useActies(trajectDoc);
  const eerder = openActiesVanEerder(acties, bijeenkomst.id);
  const vandaag = acties.filter((a) => a.bijeenkomstId === bijeenkomst.id);
  const wijzig = alleenLezen ? undefined : zetStatus;

  return (
    <div>
      <section className="kaart" aria-labelledby="opening-terugblik">
        <h3 id="opening-terugblik">{nl.opening.terugblik}</h3>
        {bijeenkomst.terugblik.length === 0 ? (
          <p className="leeg">{nl.opening.geenTerugblik}</p>
        ) : (
          <ul>
            {bijeenkomst.terugblik.map((regel, i) => (
              <li key={i}>{regel}</li>
            ))}
          </ul>
        )}
      </section>
      <section className="kaart" aria-labelledby="opening-open-acties">
        <h3 id="opening-open-acties">{nl.opening.openActies}</h3>
        {!trajectSynced ? (
          <p className="laden">{nl.sync.laden}</p>
        ) : eerder.length === 0 ? (
          <p className="leeg">{nl.opening.geenOpenActies}</p>
        ) : (
          <ActieLijst acties={eerder} zetStatus={wijzig} label={nl.opening.openActies} />
        )}
      </section>
      <section className="kaart" aria-labelledby="opening-acties-vandaag">
        <h3 id="opening-acties-vandaag">{nl.opening.actiesVandaag}</h3>
        {trajectSynced && <ActieLijst acties={vandaag} zetStatus={wijzig} label={nl.opening.actiesVandaag} />}
        {!alleenLezen && trajectSynced && (
          <ActieFormulier voegToe={(input) => voegToe({ ...input, bijeenkomstId: bijeenkomst.id, werkvorm: 'opening' })} />
        )}
      </section>
    </div>
  );
}
