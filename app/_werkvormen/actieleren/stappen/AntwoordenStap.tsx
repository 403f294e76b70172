'use client';

import { nl } from '../../../../lib/i18n/nl';
import { antwoordFase } from '../../../../lib/werkvormen/actieleren/machine';
import { ackFout } from '../../../_sync/useKamer';
import { PriveAntwoord } from '../../ronde/PriveAntwoord';
import { TimerStarter } from '../../ronde/TimerStarter';
import type { StapProps } from '../stapProps';

/** Seed 003: "de teamleden vinden antwoorden in één minuut". */
const STANDAARD_SECONDEN = 60;

/**
 * Step 3: a shared timer and a private round. Participants write in a local
 * draft and send; the server holds every answer until the facilitator
 * reveals them in step 4. The facilitator sees how many answered, not what.
 */
export function AntwoordenStap({ staat, leidt, kanSchrijven, isBegeleider, ik, bijeenkomst, kamer, aanwezigen, doe, bezig, zet }: StapProps) {
  const fase = antwoordFase(staat);
  const deelnemersOnline = aanwezigen.filter((a) => a.soort === 'deelnemer' && a.online).length;
  const aantal = fase.soort === 'open' || fase.soort === 'gesloten' ? fase.aantal : 0;

  async function start(seconden: number) {
    if (fase.soort === 'geen') {
      const ack = await doe(() => kamer.emit('ronde:open', { soort: 'prive', titel: nl.actieleren.antwoordRondeTitel }));
      const rondeId = ack && 'rondeId' in ack && typeof ack.rondeId === 'string' ? ack.rondeId : null;
      if (!rondeId) return;
      await doe(
        () => zet({ antwoordRonde: rondeId }),
        () => kamer.emit('timer:start', { seconden }),
      );
    } else {
      await doe(() => kamer.emit('timer:start', { seconden }));
    }
  }

  return (
    <div className="stapvlak">
      {(leidt || isBegeleider) && (
        <div className="leiding">
          <p role="status" className="leiding__stand">
            {fase.soort === 'geen' ? null : fase.soort === 'open' ? nl.actieleren.rondeOpen : fase.soort === 'gesloten' ? nl.actieleren.rondeGesloten : nl.actieleren.rondeOnthuld}{' '}
            {(fase.soort === 'open' || fase.soort === 'gesloten') && nl.actieleren.ingestuurd(aantal, Math.max(deelnemersOnline, aantal))}
          </p>
          {leidt && fase.soort !== 'onthuld' && fase.soort !== 'onthullen' && (
            <TimerStarter
              label={nl.actieleren.tijdSeconden}
              knop={fase.soort === 'geen' ? nl.actieleren.startRonde : nl.actieleren.herstartTimer}
              standaard={STANDAARD_SECONDEN}
              eenheid="seconden"
              max={3600}
              bezig={bezig}
              onStart={(s) => void start(s)}
            />
          )}
          <p className="klein zacht">{nl.actieleren.begeleiderZietNiets}</p>
        </div>
      )}
      {!isBegeleider && fase.soort !== 'geen' && (
        <p className="klein zacht" role="status">
          {fase.soort === 'open' || fase.soort === 'gesloten' ? nl.actieleren.ingestuurdKort(aantal) : nl.actieleren.rondeOnthuld}
        </p>
      )}
      {kanSchrijven && !isBegeleider && ik && (
        <PriveAntwoord
          conceptSleutel={`${bijeenkomst.id}:${ik.id}:actieleren:antwoorden`}
          fase={fase}
          mijn={fase.soort === 'geen' ? undefined : kamer.mijn[fase.rondeId]}
          label={nl.actieleren.jouwAntwoorden}
          hint={nl.actieleren.jouwAntwoordenHint}
          wachtTekst={nl.actieleren.wachtOpRonde}
          rijen={6}
          verstuur={async (rondeId, tekst) => ackFout(await kamer.emit('ronde:inzending', { rondeId, tekst }))}
        />
      )}
    </div>
  );
}
