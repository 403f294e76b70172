'use client';

import { useId, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { STANDAARD_REFLECTIE_SECONDEN, leesAfsluitingInstellingen, reflectieFase } from '../../../lib/werkvormen/afsluiting/machine';
import { ackFout } from '../../_sync/useKamer';
import { Melding } from '../../_components/Melding';
import { PriveAntwoord } from '../ronde/PriveAntwoord';
import { TimerStarter } from '../ronde/TimerStarter';
import { useServerActie } from '../ronde/useServerActie';
import type { WerkvormProps } from '../WerkvormProps';

/**
 * The optional quiet reflectie (seed 004, "vertragen"; seed 002, "doen we het
 * goede, en doen we het goede goed?"): a short timer, private answers, and
 * each person decides whether theirs is shown when the facilitator reveals.
 */
export function Reflectie({ bijeenkomst, kamer, ik, isBegeleider, alleenLezen, bordSynced }: WerkvormProps) {
  const id = useId();
  const { fout, bezig, doe } = useServerActie();
  const [zonderNamen, setZonderNamen] = useState(false);
  const inst = leesAfsluitingInstellingen(kamer.toestand?.werkvormen.afsluiting);
  const fase = reflectieFase(inst, kamer.toestand?.rondes ?? [], kamer.onthuld);
  const leidt = isBegeleider && !alleenLezen;
  const kanSchrijven = !alleenLezen && bordSynced && ik !== null && ik.soort !== 'waarnemer';

  async function start(seconden: number) {
    const ack = await doe(() =>
      kamer.emit('ronde:open', { soort: 'prive', titel: nl.afsluiting.reflectieTitel, delenOptioneel: true, anoniem: zonderNamen }),
    );
    const rondeId = ack && 'rondeId' in ack && typeof ack.rondeId === 'string' ? ack.rondeId : null;
    if (!rondeId) return;
    await doe(
      () => kamer.emit('werkvorm:zet', { werkvorm: 'afsluiting', waarden: { reflectieRonde: rondeId } }),
      () => kamer.emit('timer:start', { seconden }),
    );
  }

  return (
    <div className="stapvlak">
      <section className="reflectievragen" aria-labelledby={`${id}-vragen`}>
        <h3 id={`${id}-vragen`}>{nl.afsluiting.reflectieTitel}</h3>
        <ul>
          {nl.afsluiting.reflectieVragen.map((v) => (
            <li key={v}>{v}</li>
          ))}
        </ul>
      </section>

      {leidt && fase.soort !== 'onthuld' && fase.soort !== 'onthullen' && (
        <div className="leiding">
          {fase.soort === 'geen' ? (
            <>
              <label className="vinkje">
                <input type="checkbox" checked={zonderNamen} onChange={(e) => setZonderNamen(e.target.checked)} />
                {nl.afsluiting.zonderNamen}
              </label>
              <TimerStarter
                label={nl.afsluiting.reflectieSeconden}
                knop={nl.afsluiting.startReflectie}
                standaard={STANDAARD_REFLECTIE_SECONDEN}
                eenheid="seconden"
                max={1800}
                bezig={bezig}
                onStart={(s) => void start(s)}
              />
              <p className="klein zacht">{nl.afsluiting.reflectieOverslaan}</p>
            </>
          ) : fase.soort === 'open' || fase.soort === 'gesloten' ? (
            <>
              <p role="status" className="leiding__stand">
                {nl.afsluiting.ingestuurd(fase.aantal)}
              </p>
              <div>
                <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void doe(() => kamer.emit('ronde:onthul', { rondeId: fase.rondeId }))}>
                  {nl.afsluiting.toonReflecties}
                </button>
              </div>
            </>
          ) : null}
        </div>
      )}
      {fout && <Melding soort="fout">{fout}</Melding>}

      {!isBegeleider && ik && ik.soort !== 'waarnemer' && (kanSchrijven || fase.soort === 'onthuld') && (
        <PriveAntwoord
          conceptSleutel={`${bijeenkomst.id}:${ik.id}:afsluiting:reflectie`}
          fase={fase}
          mijn={fase.soort === 'geen' ? undefined : kamer.mijn[fase.rondeId]}
          label={nl.afsluiting.jouwReflectie}
          hint={nl.afsluiting.jouwReflectieHint}
          wachtTekst={nl.afsluiting.wachtOpReflectie}
          deelKeuze
          rijen={4}
          maxLength={5000}
          verstuur={async (rondeId, tekst, delen) => ackFout(await kamer.emit('ronde:inzending', { rondeId, tekst, delen }))}
        />
      )}

      {fase.soort === 'onthuld' && (
        <section aria-labelledby={`${id}-gedeeld`} aria-live="polite">
          <h4 id={`${id}-gedeeld`}>{nl.afsluiting.gedeeldeReflecties(fase.inzendingen.length)}</h4>
          {fase.inzendingen.length === 0 ? (
            <p className="leeg">{nl.afsluiting.geenGedeeld}</p>
          ) : (
            <ul className="antwoorden" aria-labelledby={`${id}-gedeeld`}>
              {fase.inzendingen.map((r, i) => (
                <li key={i} className="antwoord">
                  <p className="antwoord__wie">{r.naam || nl.afsluiting.anoniem}</p>
                  <p className="doorlopend">{r.tekst}</p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}

      {leidt && <p className="melding melding--info klein">{nl.afsluiting.afsluitenHint}</p>}
    </div>
  );
}
