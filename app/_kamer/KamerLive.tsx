'use client';

import { nl } from '../../lib/i18n/nl';
import { apiSend } from '../_api/api';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { useKamer } from '../_sync/useKamer';
import { useYDoc } from '../_sync/useYDoc';
import { WerkvormWeergave } from '../_werkvormen/WerkvormWeergave';
import { KletspotKamer } from '../_werkvormen/kletspot/KletspotKamer';
import { Aanwezigen } from './Aanwezigen';
import { Aankondiger } from './Aankondiger';
import { Bediening } from './Bediening';
import { DeelnemerBalk } from './DeelnemerBalk';
import { KamerKop } from './KamerKop';
import { KijkKeuze } from './KijkKeuze';
import { timerStand } from './timerStand';
import { useServerNu } from './useServerNu';
import { useWeergave } from './useWeergave';
import { Wachtscherm } from './Wachtscherm';

/**
 * The live room: socket.io for what the server decides (werkvorm, timer,
 * presence), two Yjs docs for shared content (traject and this bijeenkomst).
 * It mounts while the bijeenkomst (`GET /api/bijeenkomsten/:id`) is still
 * loading, so socket.io and the bijeenkomst doc connect in parallel with
 * that request instead of after it; the traject doc follows once its id is
 * known. Who you are and whether the room is closed come from whichever
 * answers first.
 */
export function KamerLive({ id, bijeenkomst, herlaad }: { id: string; bijeenkomst: Bijeenkomst | null; herlaad: () => Promise<void> }) {
  const kamer = useKamer(id);
  const { toestand, ik, emit } = kamer;
  // Closed wins from either source: the facilitator's own page reloads the
  // bijeenkomst after afsluiten, everyone else hears it through kamer:toestand.
  const status =
    bijeenkomst?.status === 'afgesloten' || toestand?.status === 'afgesloten' ? 'afgesloten' : (toestand?.status ?? bijeenkomst?.status);
  const soort = ik?.soort ?? bijeenkomst?.ik.soort;
  const isBegeleider = soort === 'begeleider';
  const afgesloten = status === 'afgesloten';
  // Null until both who you are and the room's status are known (see useYDoc).
  const alleenLezen = soort === undefined || status === undefined ? null : soort === 'waarnemer' || afgesloten;

  // The bijeenkomst doc first: what is on the board needs it, and the browser
  // opens one WebSocket to a host at a time.
  const bord = useYDoc(`bijeenkomst:${id}`, { alleenLezen });
  const traject = useYDoc(bijeenkomst ? `traject:${bijeenkomst.trajectId}` : null, { alleenLezen });
  // Once closed nobody steers any more: the facilitator browses like everyone else.
  const leidt = isBegeleider && !afgesloten;
  const { weergave, leider, elders, kijkElders, terug } = useWeergave(toestand, leidt);

  const timerLoopt = toestand?.timer.eindeOp !== null && toestand?.timer.eindeOp !== undefined;
  const nu = useServerNu(kamer.klokVerschil, timerLoopt);
  const timer = toestand ? timerStand(toestand.timer, nu) : ({ soort: 'geen' } as const);

  if (bijeenkomst === null || alleenLezen === null) {
    return (
      <div className="kamer">
        <Laden tekst={nl.kamer.verbinden} />
      </div>
    );
  }

  // One indicator for the three connections: socket.io and both Yjs docs.
  const docsWeg = [traject.status, bord.status].some((s) => s === 'verbroken' || s === 'geweigerd');
  const verbinding = kamer.verbinding.soort === 'verbonden' && docsWeg ? ({ soort: 'verbroken' } as const) : kamer.verbinding;

  const aanwezigen = toestand?.aanwezigen ?? [];
  const naamVan = new Map(aanwezigen.map((a) => [a.id, a.naam]));
  const getrokken = toestand?.loting
    ? toestand.loting.ids.length === 0
      ? nl.kamer.niemandGetrokken
      : nl.kamer.getrokken(toestand.loting.ids.map((id) => naamVan.get(id) ?? '?').join(', '))
    : null;

  async function sluitAf(): Promise<string | null> {
    const uit = await apiSend(`/api/bijeenkomsten/${encodeURIComponent(id)}/afsluiten`, {});
    await herlaad();
    return uit.ok ? null : uit.error;
  }

  function kiesStap(stap: number) {
    if (!weergave) return;
    if (leidt) void emit('werkvorm:kies', { werkvorm: weergave.werkvorm, stap });
    else kijkElders({ werkvorm: weergave.werkvorm, stap });
  }

  const verslagZichtbaar = afgesloten && (isBegeleider || bijeenkomst.verslagGedeeld);

  return (
    <div className="kamer">
      <Aankondiger weergave={weergave} timer={timer} getrokken={getrokken} volgMij={afgesloten ? null : (toestand?.volgMij ?? null)} />
      <KamerKop
        bijeenkomst={bijeenkomst}
        timer={timer}
        verbinding={verbinding}
        volgMij={afgesloten ? null : (toestand?.volgMij ?? null)}
        isBegeleider={isBegeleider}
      />
      {kamer.verbinding.soort === 'geweigerd' && <Melding soort="fout">{nl.kamer.verbindingsfout(kamer.verbinding.bericht)}</Melding>}
      {afgesloten && (
        <Melding soort="info">
          {nl.kamer.afgesloten}{' '}
          {verslagZichtbaar && (
            <a href={`/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/verslag`}>{nl.kamer.verslag}</a>
          )}
        </Melding>
      )}
      {soort === 'waarnemer' && !afgesloten && <Melding soort="info">{nl.kamer.waarnemer}</Melding>}
      {isBegeleider && !afgesloten && toestand && <Bediening toestand={toestand} timer={timer} emit={emit} onAfsluiten={sluitAf} />}
      <div className="kamer__lijf">
        <section className="kaart werkvormvlak" aria-labelledby="werkvorm-titel">
          {!leidt && (
            <KijkKeuze weergave={weergave} leider={leider} elders={elders} onKijk={kijkElders} onTerug={terug} />
          )}
          {weergave === null ? (
<Wachtscherm bijeenkomst={bijeenkomst} isBegeleider={isBegeleider} titelId="werkvorm-titel" />
          ) : (
            <>
              <div className="werkvormvlak__kop">
                <h2 id="werkvorm-titel">{nl.werkvormen[weergave.werkvorm]}</h2>
              </div>
              <WerkvormWeergave
                werkvorm={weergave.werkvorm}
                bijeenkomst={bijeenkomst}
                trajectDoc={traject.doc}
                trajectSynced={traject.synced}
                bord={bord.doc}
                bordSynced={bord.synced}
                ik={ik}
                aanwezigen={aanwezigen}
                alleenLezen={alleenLezen}
                isBegeleider={isBegeleider}
                stap={weergave.stap}
                leiderStap={leider?.werkvorm === weergave.werkvorm ? leider.stap : null}
                kiesStap={kiesStap}
                kamer={kamer}
              />
            </>
          )}
        </section>
        <aside className="zijbalk" aria-label={nl.aanwezigen.titel}>
          <KletspotKamer bijeenkomst={bijeenkomst} toestand={toestand} isBegeleider={isBegeleider} alleenLezen={alleenLezen} trajectDoc={traject.doc} />
          {getrokken && (
            <p className="melding melding--info getrokken" style={{ margin: 0 }}>
              {getrokken}
            </p>
          )}
          {soort === 'deelnemer' && !afgesloten && toestand && ik && (
            <DeelnemerBalk
              handOp={toestand.handen.includes(ik.id)}
              isKlaar={toestand.klaar.includes(ik.id)}
              verstuur={(a) =>
                a === 'hand:op' ? emit('hand:op', {}) : a === 'hand:neer' ? emit('hand:neer', {}) : emit('klaar:zet', a)
              }
            />
          )}
          <Aanwezigen
            aanwezigen={aanwezigen}
            handen={toestand?.handen ?? []}
            klaar={toestand?.klaar ?? []}
            ikId={ik?.id ?? null}
            trajectType={bijeenkomst.traject.type}
          />
        </aside>
      </div>
    </div>
  );
}
