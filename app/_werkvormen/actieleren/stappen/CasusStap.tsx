'use client';

import { nl } from '../../../../lib/i18n/nl';
import { MAX_ACTIELEREN_TEKST } from '../../../../lib/sync/actieleren';
import { Melding } from '../../../_components/Melding';
import { GedeeldeTekst } from '../GedeeldeTekst';
import { LeesTekst } from '../LeesTekst';
import { PersoonKiezer } from '../PersoonKiezer';
import type { StapProps } from '../stapProps';

/** Step 1: the facilitator names the casusinbrenger, who describes the case (anonymised). */
export function CasusStap({ staat, inhoud, wijzigTekst, leidt, kanSchrijven, aanwezigen, ik, zet, doe, bezig }: StapProps) {
  return (
    <div className="stapvlak">
      <Melding soort="waarschuwing" titel={nl.actieleren.anonimiseer}>
        {nl.actieleren.anonimiseerUitleg}
      </Melding>
      <PersoonKiezer
        label={nl.actieleren.casusinbrenger}
        gekozen={staat.instellingen.casusinbrenger}
        aanwezigen={aanwezigen}
        ikId={ik?.id ?? null}
        kanKiezen={leidt}
        bezig={bezig}
        onKies={(id) => void doe(() => zet({ casusinbrenger: id }))}
      />
      {kanSchrijven ? (
        <div className="formulier">
          <GedeeldeTekst
            label={nl.actieleren.casusTitel}
            hint={nl.actieleren.casusTitelHint}
            waarde={inhoud.casusTitel}
            onWijzig={(d) => wijzigTekst('casusTitel', d)}
            maxLength={MAX_ACTIELEREN_TEKST.casusTitel}
            meerRegels={false}
            privacy
          />
          <GedeeldeTekst
            label={nl.actieleren.casusTekst}
            hint={nl.actieleren.casusTekstHint}
            waarde={inhoud.casus}
            onWijzig={(d) => wijzigTekst('casus', d)}
            maxLength={MAX_ACTIELEREN_TEKST.casus}
            rijen={8}
            privacy
          />
        </div>
      ) : (
        <>
          <LeesTekst titel={nl.actieleren.casusTitel} tekst={inhoud.casusTitel} />
          <LeesTekst titel={nl.actieleren.casusTekst} tekst={inhoud.casus} />
        </>
      )}
    </div>
  );
}
