'use client';

import { nl } from '../../../lib/i18n/nl';
import { StappenNav } from '../StappenNav';
import type { WerkvormProps } from '../WerkvormProps';
import { Aankondiging, useAankondiging } from '../klantreis/Aankondiging';
import { Kiezen } from './Kiezen';
import { Stemmen } from './Stemmen';
import { useSpeerpuntenData, type SpeerpuntenData } from './useSpeerpuntenData';
import { Verzamelen } from './Verzamelen';
import { Wegen } from './Wegen';
import './speerpunten.css';

/** What every step of Speerpunten gets. */
export type StapProps = WerkvormProps & { data: SpeerpuntenData; kanSchrijven: boolean; meld: (tekst: string) => void };

/**
 * Speerpunten (DESIGN §3; seed 001 ch. 4, seed 002 "Benoem speerpunten, maar
 * niet te veel"): Verzamelen, Stemmen, Wegen and Kiezen, as the room's steps.
 * The long list, the matrix and the chosen speerpunten are in the traject doc;
 * the vote round is counted by the server.
 */
export function Speerpunten(props: WerkvormProps) {
  const stap = Math.min(Math.max(props.stap, 0), nl.prioriteren.stappen.length - 1);
  const data = useSpeerpuntenData(props);
  const { bericht, meld } = useAankondiging();
  const stapProps: StapProps = { ...props, stap, data, kanSchrijven: !props.alleenLezen && props.trajectSynced, meld };
  return (
    <div>
      <StappenNav label={nl.prioriteren.stappenLabel} stappen={nl.prioriteren.stappen} stap={stap} onKies={props.kiesStap} />
      <Aankondiging bericht={bericht} />
      {!props.trajectSynced ? <p className="laden">{nl.sync.laden}</p> : <SpeerpuntenStap {...stapProps} />}
    </div>
  );
}

function SpeerpuntenStap(props: StapProps) {
  switch (props.stap) {
    case 0:
      return <Verzamelen {...props} />;
    case 1:
      return <Stemmen {...props} />;
    case 2:
      return <Wegen {...props} />;
    default:
      return <Kiezen {...props} />;
  }
}
