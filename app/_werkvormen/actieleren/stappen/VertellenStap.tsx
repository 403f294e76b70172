'use client';

import { useEffect, useState } from 'react';
import { nl } from '../../../../lib/i18n/nl';
import { antwoordFase, metVertellers } from '../../../../lib/werkvormen/actieleren/machine';
import { PersoonKiezer } from '../PersoonKiezer';
import type { StapProps } from '../stapProps';

/**
 * Step 4: two tellers (chosen, or drawn by lot) tell what they wrote; then the
 * facilitator reveals every answer, the tellers' first and highlighted.
 */
export function VertellenStap({ staat, leidt, ik, aanwezigen, kamer, doe, bezig, zet }: StapProps) {
  const fase = antwoordFase(staat);
  const vertellers = staat.instellingen.vertellers ?? [];
  const naam = (id: string) => aanwezigen.find((a) => a.id === id)?.naam ?? '?';
  const loting = kamer.toestand?.loting ?? null;
  // The draw's result comes with the next kamer:toestand; until then remember which draw we saw.
  const [wachtOpLoting, setWachtOpLoting] = useState<number | null | undefined>(undefined);

  useEffect(() => {
    if (wachtOpLoting === undefined || !loting || loting.op === wachtOpLoting) return;
    setWachtOpLoting(undefined);
    if (loting.ids.length > 0) void doe(() => zet({ vertellers: loting.ids.slice(0, 2) }));
  }, [loting, wachtOpLoting, doe, zet]);

  function kies(plek: 0 | 1, id: string | null) {
    const nieuw = [...vertellers];
    if (id) nieuw[plek] = id;
    else nieuw.splice(plek, 1);
    void doe(() => zet({ vertellers: [...new Set(nieuw.filter(Boolean))].slice(0, 2) }));
  }

  async function trek() {
    setWachtOpLoting(loting?.op ?? null);
    const ack = await doe(() => kamer.emit('loting:trek', { aantal: 2 }));
    if (!ack) setWachtOpLoting(undefined);
  }

  const eigen = fase.soort === 'geen' || !ik ? undefined : kamer.mijn[fase.rondeId]?.tekst;
  const onthuld = fase.soort === 'onthuld' ? metVertellers(fase.inzendingen, vertellers) : null;

  return (
    <div className="stapvlak">
      <div className="vertellers">
        {vertellers.length > 0 ? (
          <p className="vertellers__naam">{nl.actieleren.aanHetWoord(vertellers.map(naam))}</p>
        ) : (
          !leidt && <p className="zacht">{nl.actieleren.geenVertellers}</p>
        )}
        {leidt && (
          <div className="vertellers__kies">
            <PersoonKiezer
              label={nl.actieleren.eersteVerteller}
              gekozen={vertellers[0]}
              aanwezigen={aanwezigen}
              ikId={ik?.id ?? null}
              kanKiezen
              bezig={bezig}
              onKies={(id) => kies(0, id)}
            />
            <PersoonKiezer
              label={nl.actieleren.tweedeVerteller}
              gekozen={vertellers[1]}
              aanwezigen={aanwezigen}
              ikId={ik?.id ?? null}
              kanKiezen
              bezig={bezig}
              onKies={(id) => kies(1, id)}
            />
            <button type="button" className="knop" disabled={bezig} onClick={() => void trek()}>
              {nl.actieleren.lotKiest}
            </button>
          </div>
        )}
      </div>

      {leidt && fase.soort !== 'onthuld' && fase.soort !== 'onthullen' && (
        <div className="knoppen">
          <button
            type="button"
            className="knop knop--primair"
            disabled={bezig || fase.soort === 'geen'}
            onClick={() => fase.soort !== 'geen' && void doe(() => kamer.emit('ronde:onthul', { rondeId: fase.rondeId }))}
          >
            {nl.actieleren.toonAntwoorden}
          </button>
          {fase.soort === 'geen' && <span className="klein zacht">{nl.actieleren.geenRondeVoorOnthulling}</span>}
        </div>
      )}

      {!onthuld && !leidt && (
        <>
          <p className="zacht">{nl.actieleren.antwoordenVolgen}</p>
          {eigen !== undefined && (
            <section className="leestekst" aria-labelledby="eigen-antwoorden">
              <h4 id="eigen-antwoorden">{nl.actieleren.jouwVerstuurdeAntwoorden}</h4>
              <p className="doorlopend">{eigen}</p>
            </section>
          )}
        </>
      )}

      {onthuld && (
        <section aria-labelledby="alle-antwoorden">
          <h4 id="alle-antwoorden">{nl.actieleren.alleAntwoorden(onthuld.length)}</h4>
          {onthuld.length === 0 ? (
            <p className="leeg">{nl.actieleren.geenAntwoorden}</p>
          ) : (
            <ul className="antwoorden" aria-labelledby="alle-antwoorden">
              {onthuld.map(({ inzending, verteller }, i) => (
                <li key={`${inzending.auteur}-${i}`} className={verteller ? 'antwoord antwoord--verteller' : 'antwoord'}>
                  <p className="antwoord__wie">
                    {inzending.naam || nl.afsluiting.anoniem}
                    {verteller && <span className="teken teken--verteller">{nl.actieleren.verteller}</span>}
                  </p>
                  <p className="doorlopend">{inzending.tekst}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
