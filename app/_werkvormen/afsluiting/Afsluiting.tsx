'use client';

import { nl } from '../../../lib/i18n/nl';
import { afsluitingIndex, afsluitingStap, afsluitingStappen, type AfsluitingStap } from '../../../lib/werkvormen/afsluiting/stappen';
import { StappenNav } from '../StappenNav';
import type { WerkvormProps } from '../WerkvormProps';
import { ActiesEnSuccessen } from './ActiesEnSuccessen';
import { Reflectie } from './Reflectie';
import { VolgendeBijeenkomst } from './VolgendeBijeenkomst';
import { Vraagstukken } from './Vraagstukken';
import './afsluiting.css';

/**
 * The Afsluiting (DESIGN §3): acties (optionally under a speerpunt) and
 * successen; in a leernetwerk each participant's "aan de slag / uitdiepen";
 * the next bijeenkomst; and the optional quiet reflectie. "Bijeenkomst
 * afsluiten" itself is in the facilitator's control bar.
 */
export function Afsluiting(props: WerkvormProps) {
  const type = props.bijeenkomst.traject.type;
  const zichtbaar = afsluitingStappen(type);
  const huidig = afsluitingStap(props.stap, type);
  return (
    <div className="afsluiting">
      <StappenNav
        label={nl.afsluiting.stappenLabel}
        stappen={zichtbaar.map((s) => nl.afsluiting.stapNamen[s])}
        stap={zichtbaar.indexOf(huidig)}
        onKies={(i) => {
          const doel = zichtbaar[i];
          if (doel) props.kiesStap(afsluitingIndex(doel));
        }}
      />
      <p className="afsluiting__uitleg">{nl.afsluiting.uitleg[huidig]}</p>
      <AfsluitingStapInhoud {...props} deel={huidig} />
    </div>
  );
}

function AfsluitingStapInhoud({ deel, ...props }: WerkvormProps & { deel: AfsluitingStap }) {
  switch (deel) {
    case 'acties':
      return <ActiesEnSuccessen {...props} />;
    case 'vraagstukken':
      return <Vraagstukken {...props} />;
    case 'volgende':
      return <VolgendeBijeenkomst {...props} />;
    case 'reflectie':
      return <Reflectie {...props} />;
    default:
      return assertNever(deel);
  }
}

function assertNever(x: never): never {
  throw new Error(`onbekende stap: ${String(x)}`);
}
