'use client';

import { nl } from '../../../../lib/i18n/nl';
import { MAX_ACTIELEREN_TEKST } from '../../../../lib/sync/actieleren';
import { GedeeldeTekst } from '../GedeeldeTekst';
import { LeesTekst } from '../LeesTekst';
import type { StapProps } from '../stapProps';

/** Step 2: the casusinbrenger formulates one reflection question; it stays visible afterwards. */
export function ReflectievraagStap({ inhoud, wijzigTekst, kanSchrijven }: StapProps) {
  return (
    <div className="stapvlak">
      {kanSchrijven ? (
        <GedeeldeTekst
          label={nl.actieleren.reflectievraagVeld}
          hint={nl.actieleren.reflectievraagHint}
          waarde={inhoud.reflectievraag}
          onWijzig={(d) => wijzigTekst('reflectievraag', d)}
          maxLength={MAX_ACTIELEREN_TEKST.reflectievraag}
          rijen={3}
          privacy
        />
      ) : (
        <LeesTekst titel={nl.actieleren.reflectievraag} tekst={inhoud.reflectievraag} leeg={nl.actieleren.nogGeenReflectievraag} />
      )}
    </div>
  );
}
