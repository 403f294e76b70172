'use client';

import { AanscherpenStap } from './stappen/AanscherpenStap';
import { AntwoordenStap } from './stappen/AntwoordenStap';
import { CasusStap } from './stappen/CasusStap';
import { DialoogStap } from './stappen/DialoogStap';
import { ReflectievraagStap } from './stappen/ReflectievraagStap';
import { SamenvattenStap } from './stappen/SamenvattenStap';
import { SelecterenStap } from './stappen/SelecterenStap';
import { VertellenStap } from './stappen/VertellenStap';
import { VervolgactiesStap } from './stappen/VervolgactiesStap';
import type { StapProps } from './stapProps';

/** The body of the step on screen (1..9). */
export function StapInhoud(props: StapProps) {
  switch (props.stap) {
    case 1:
      return <CasusStap {...props} />;
    case 2:
      return <ReflectievraagStap {...props} />;
    case 3:
      return <AntwoordenStap {...props} />;
    case 4:
      return <VertellenStap {...props} />;
    case 5:
      return <SelecterenStap {...props} />;
    case 6:
      return <DialoogStap {...props} />;
    case 7:
      return <SamenvattenStap {...props} />;
    case 8:
      return <AanscherpenStap {...props} />;
    default:
      return <VervolgactiesStap {...props} />;
  }
}
