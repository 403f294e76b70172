'use client';

import { nl } from '../../../lib/i18n/nl';
import { StappenNav } from '../StappenNav';
import type { WerkvormProps } from '../WerkvormProps';
import { IntentieEnDoel } from './IntentieEnDoel';
import { TerugblikEnActies } from './TerugblikEnActies';
import { CheckAct } from './CheckAct';
import { Checkin } from './Checkin';

/**
 * The Opening (DESIGN §3): intentie and doel, terugblik and open acties,
 * Check and Act per speerpunt, and an optional check-in round, as four steps.
 */
export function Opening(props: WerkvormProps) {
  const stap = Math.min(Math.max(props.stap, 0), nl.opening.stappen.length - 1);
  return (
    <div>
      <StappenNav label={nl.opening.stappenLabel} stappen={nl.opening.stappen} stap={stap} onKies={props.kiesStap} />
      <OpeningStap {...props} stap={stap} />
    </div>
  );
}

function OpeningStap(props: WerkvormProps) {
  switch (props.stap) {
    case 0:
      return <IntentieEnDoel {...props} />;
    case 1:
      return <TerugblikEnActies {...props} />;
    case 2:
      return <CheckAct {...props} />;
    default:
      return <Checkin {...props} />;
  }
}
