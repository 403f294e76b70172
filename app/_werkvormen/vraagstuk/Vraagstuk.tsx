'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { priveFase } from '../../../lib/werkvormen/rondeFase';
import { onthuldeVraagstukken, vastleggen, vraagstukStap, VRAAGSTUK_STAPPEN } from '../../../lib/werkvormen/vraagstuk/machine';
import { VraagstukInstellingen } from '../../../lib/werkvormen/vraagstuk/schema';
import { Melding } from '../../_components/Melding';
import { useServerActie } from '../ronde/useServerActie';
import { StappenNav } from '../StappenNav';
import type { WerkvormProps } from '../WerkvormProps';
import { EigenKaartenStap } from './EigenKaartenStap';
import { GezamenlijkStap } from './GezamenlijkStap';
import { NaastElkaarStap } from './NaastElkaarStap';
import { SchrijfStap } from './SchrijfStap';
import type { VraagstukStapProps } from './stapProps';
import './vraagstuk.css';

const t = nl.vraagstuk.vraagstuk;

/**
 * The Vraagstuk (DESIGN §3, seed 002 "eerst het waarom, dan het hoe"): write
 * privately, see them side by side, then record them: one gezamenlijk
 * vraagstuk in a werkplaats, an own card each in a leernetwerk.
 */
export function Vraagstuk(props: WerkvormProps) {
  const { kamer, isBegeleider, alleenLezen } = props;
  const stap = vraagstukStap(props.stap);
  const inst = VraagstukInstellingen.safeParse(kamer.toestand?.werkvormen.vraagstuk ?? {});
  const fase = priveFase(inst.success ? inst.data.ronde : null, kamer.toestand?.rondes ?? [], kamer.onthuld);
  const { fout, bezig, doe } = useServerActie();
  const stapProps: VraagstukStapProps = { ...props, fase, leidt: isBegeleider && !alleenLezen, doe, bezig };

  return (
    <div className="vraagstuk">
      <StappenNav label={t.stappenLabel} stappen={t.stappen} stap={VRAAGSTUK_STAPPEN.indexOf(stap)} onKies={props.kiesStap} />
      <OnthullingAankondiging aantal={fase.soort === 'onthuld' ? onthuldeVraagstukken(fase.inzendingen).length : null} />
      {fout && <Melding soort="fout">{fout}</Melding>}
      {stap === 'schrijven' ? (
        <SchrijfStap {...stapProps} />
      ) : stap === 'naast-elkaar' ? (
        <NaastElkaarStap {...stapProps} />
      ) : vastleggen(props.bijeenkomst.traject.type) === 'gezamenlijk' ? (
        <GezamenlijkStap {...stapProps} />
      ) : (
        <EigenKaartenStap {...stapProps} />
      )}
    </div>
  );
}

/** Speaks the reveal once, when it happens (not the state found on opening the page). */
function OnthullingAankondiging({ aantal }: { aantal: number | null }) {
  const [bericht, setBericht] = useState('');
  const vorige = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    const was = vorige.current;
    vorige.current = aantal;
    if (was === null && aantal !== null) setBericht(t.zichtbaar(aantal));
  }, [aantal]);
  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
