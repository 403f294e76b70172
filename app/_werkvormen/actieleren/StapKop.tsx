'use client';

import { nl } from '../../../lib/i18n/nl';
import { vervolgacties } from '../../../lib/werkvormen/actieleren/verslag';
import { navigeer, ontbreekt, type StapActie } from '../../../lib/werkvormen/actieleren/machine';
import { ACTIELEREN_STAPPEN, AANTAL_ACTIELEREN_STAPPEN } from '../../../lib/werkvormen/actieleren/stappen';
import { useActies } from '../../_sync/useActies';
import type { StapProps } from './stapProps';

/**
 * The step's name, its one-line instruction and what it asks of this person;
 * for the facilitator also back, next, end early, and what the step still lacks.
 */
export function StapKop(props: StapProps) {
  const { stap, staat, inhoud, leidt, ik, isBegeleider, bijeenkomst, trajectDoc, kamer, doe, bezig, alleenLezen } = props;
  const info = ACTIELEREN_STAPPEN[stap - 1] ?? ACTIELEREN_STAPPEN[0];
  const { acties } = useActies(trajectDoc);
  const nodig = nl.actieleren.nodig[info.sleutel];
  const i = staat.instellingen;
  const rolTekst = isBegeleider
    ? nodig.begeleider
    : ik && (stap === 1 || stap === 2) && i.casusinbrenger === ik.id && nodig.casusinbrenger
      ? nodig.casusinbrenger
      : ik && ((stap === 4 && (i.vertellers ?? []).includes(ik.id)) || (stap === 7 && i.samenvatter === ik.id)) && nodig.speciaal
        ? nodig.speciaal
        : nodig.deelnemer;
  const mist = leidt
    ? ontbreekt(stap, staat, {
        casus: inhoud.casus,
        reflectievraag: inhoud.reflectievraag,
        dialoog: inhoud.dialoog,
        samenvatting: inhoud.samenvatting,
        aanscherpingen: inhoud.aanscherpingen.length,
        vervolgacties: vervolgacties(acties, bijeenkomst.id).length,
      })
    : [];

  function ga(actie: StapActie) {
    const doel = navigeer(stap, actie);
    if (!doel.ok) return;
    void doe(() => kamer.emit('werkvorm:kies', { werkvorm: doel.werkvorm, stap: doel.stap }));
  }

  return (
    <section className="stapkop" aria-labelledby="actieleren-stap">
      <div className="stapkop__rij">
        <div className="stapkop__titel">
          <p className="stapkop__nr">{nl.actieleren.stapVan(stap, AANTAL_ACTIELEREN_STAPPEN)}</p>
          <h3 id="actieleren-stap">{info.naam}</h3>
        </div>
        {leidt && (
          <div className="knoppen" role="group" aria-label={nl.actieleren.begeleiderNavigatie}>
            <button type="button" className="knop knop--klein" disabled={stap <= 1 || bezig} onClick={() => ga({ type: 'vorige' })}>
              <span aria-hidden="true">← </span>
              {nl.actieleren.vorige}
            </button>
            <button
              type="button"
              className="knop knop--klein knop--primair"
              disabled={stap >= AANTAL_ACTIELEREN_STAPPEN || bezig}
              onClick={() => ga({ type: 'volgende' })}
            >
              {nl.actieleren.volgende}
              <span aria-hidden="true"> →</span>
            </button>
            <button
              type="button"
              className="knop knop--klein"
              aria-describedby="actieleren-afronden-uitleg"
              disabled={bezig}
              onClick={() => ga({ type: 'afronden', agenda: bijeenkomst.agenda })}
            >
              {nl.actieleren.afronden}
            </button>
            <span id="actieleren-afronden-uitleg" className="visueel-verborgen">
              {nl.actieleren.afrondenUitleg}
            </span>
          </div>
        )}
      </div>
      <p className="stapkop__instructie">{info.instructie}</p>
      {!alleenLezen && ik?.soort !== 'waarnemer' && (
        <p className="stapkop__nodig">
          <strong>{nl.actieleren.watNodig}: </strong>
          {rolTekst}
        </p>
      )}
      {mist.length > 0 && (
        <p className="stapkop__mist klein">
          {nl.actieleren.nogTeDoen}: {mist.map((m) => nl.actieleren.ontbrekend[m]).join(', ')}.{' '}
          <span className="zacht">{nl.actieleren.overslaanMag}</span>
        </p>
      )}
    </section>
  );
}
