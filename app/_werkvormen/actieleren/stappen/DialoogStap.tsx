'use client';

import { nl } from '../../../../lib/i18n/nl';
import { MAX_ACTIELEREN_TEKST } from '../../../../lib/sync/actieleren';
import { TimerStarter } from '../../ronde/TimerStarter';
import { GedeeldeTekst } from '../GedeeldeTekst';
import { LeesTekst } from '../LeesTekst';
import type { StapProps } from '../stapProps';

const STANDAARD_MINUTEN = 10;

/** Step 6: dialogue about the chosen idea, with a timer and shared notes. */
export function DialoogStap({ inhoud, wijzigTekst, leidt, kanSchrijven, kamer, doe, bezig }: StapProps) {
  return (
    <div className="stapvlak">
      {leidt && (
        <TimerStarter
          label={nl.actieleren.dialoogMinuten}
          knop={nl.actieleren.startDialoog}
          standaard={STANDAARD_MINUTEN}
          eenheid="minuten"
          max={240}
          bezig={bezig}
          onStart={(seconden) => void doe(() => kamer.emit('timer:start', { seconden }))}
        />
      )}
      {kanSchrijven ? (
        <GedeeldeTekst
          label={nl.actieleren.dialoog}
          hint={nl.actieleren.dialoogHint}
          waarde={inhoud.dialoog}
          onWijzig={(d) => wijzigTekst('dialoog', d)}
          maxLength={MAX_ACTIELEREN_TEKST.dialoog}
          rijen={9}
          privacy
        />
      ) : (
        <LeesTekst titel={nl.actieleren.dialoog} tekst={inhoud.dialoog} />
      )}
    </div>
  );
}
