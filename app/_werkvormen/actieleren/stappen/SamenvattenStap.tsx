'use client';

import { nl } from '../../../../lib/i18n/nl';
import { MAX_ACTIELEREN_TEKST } from '../../../../lib/sync/actieleren';
import { GedeeldeTekst } from '../GedeeldeTekst';
import { LeesTekst } from '../LeesTekst';
import { PersoonKiezer } from '../PersoonKiezer';
import type { StapProps } from '../stapProps';

/**
 * Step 7: one named participant summarises; everyone reads along live. The
 * facilitator may write too (to help, or when no one was named).
 */
export function SamenvattenStap({ staat, inhoud, wijzigTekst, leidt, kanSchrijven, aanwezigen, ik, zet, doe, bezig }: StapProps) {
  const samenvatter = staat.instellingen.samenvatter ?? null;
  const schrijft = kanSchrijven && (leidt || (ik !== null && ik.id === samenvatter));
  const naam = samenvatter ? aanwezigen.find((a) => a.id === samenvatter)?.naam : undefined;
  return (
    <div className="stapvlak">
      <PersoonKiezer
        label={nl.actieleren.samenvatter}
        gekozen={samenvatter}
        aanwezigen={aanwezigen}
        ikId={ik?.id ?? null}
        kanKiezen={leidt}
        bezig={bezig}
        onKies={(id) => void doe(() => zet({ samenvatter: id }))}
      />
      {schrijft ? (
        <GedeeldeTekst
          label={nl.actieleren.samenvatting}
          hint={nl.actieleren.samenvattingHint}
          waarde={inhoud.samenvatting}
          onWijzig={(d) => wijzigTekst('samenvatting', d)}
          maxLength={MAX_ACTIELEREN_TEKST.samenvatting}
          rijen={7}
          privacy
        />
      ) : (
        <LeesTekst
          titel={naam ? nl.actieleren.samenvattingDoor(naam) : nl.actieleren.samenvatting}
          tekst={inhoud.samenvatting}
          leeg={nl.actieleren.nogGeenSamenvatting}
        />
      )}
    </div>
  );
}
