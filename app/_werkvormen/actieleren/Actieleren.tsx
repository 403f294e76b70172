'use client';

import { useCallback } from 'react';
import type { ActielerenInstellingen } from '../../../lib/werkvormen/actieleren/schema';
import { geldigeStap, leesInstellingen, type ActielerenStaat } from '../../../lib/werkvormen/actieleren/machine';
import { Melding } from '../../_components/Melding';
import { useActieleren } from '../../_sync/useActieleren';
import { useServerActie } from '../ronde/useServerActie';
import type { WerkvormProps } from '../WerkvormProps';
import { ActielerenAankondiging } from './ActielerenAankondiging';
import { ActielerenStappen } from './ActielerenStappen';
import { Kader } from './Kader';
import { StapKop } from './StapKop';
import { StapInhoud } from './StapInhoud';
import type { StapProps } from './stapProps';
import './actieleren.css';

/**
 * Actieleren (DESIGN §3, seed 003): nine steps driven by the facilitator.
 * Everyone sees the same step with its name, instruction and what it asks of
 * them; the reflectievraag stays in view from step 3, the chosen idea from
 * step 6. What the server decides (who, rounds, votes) goes over socket.io;
 * the texts are shared Yjs content.
 */
export function Actieleren(props: WerkvormProps) {
  const { kamer, bord, bordSynced, ik, alleenLezen, isBegeleider } = props;
  const stap = geldigeStap(props.stap);
  const toestand = kamer.toestand;
  const staat: ActielerenStaat = {
    instellingen: leesInstellingen(toestand?.werkvormen.actieleren),
    rondes: toestand?.rondes ?? [],
    onthuld: kamer.onthuld,
    uitslagen: kamer.uitslagen,
  };
  const { bord: inhoud, wijzigTekst, voegAanscherpingToe, verwijderAanscherping } = useActieleren(bord);
  const { fout, bezig, doe } = useServerActie();
  const { emit } = kamer;
  const zet = useCallback((waarden: ActielerenInstellingen) => emit('werkvorm:zet', { werkvorm: 'actieleren', waarden }), [emit]);

  const stapProps: StapProps = {
    ...props,
    stap,
    staat,
    inhoud,
    wijzigTekst,
    voegAanscherpingToe,
    verwijderAanscherping,
    leidt: isBegeleider && !alleenLezen,
    kanSchrijven: !alleenLezen && ik !== null && ik.soort !== 'waarnemer' && bordSynced,
    doe,
    bezig,
    zet,
  };

  return (
    <div className="actieleren">
      <ActielerenStappen stap={stap} onKies={props.kiesStap} />
      <ActielerenAankondiging staat={staat} aanwezigen={props.aanwezigen} />
      <StapKop {...stapProps} />
      {fout && <Melding soort="fout">{fout}</Melding>}
      <Kader {...stapProps} />
      <StapInhoud {...stapProps} />
    </div>
  );
}
