import { nl } from '../../lib/i18n/nl';
import type { Werkvorm } from '../../lib/protocol';

/** Placeholder for werkvormen that are built later. */
export function VolgtPaneel({ werkvorm }: { werkvorm: Werkvorm }) {
  return (
    <div className="wachtscherm">
      <h3>{nl.kamer.volgtNog}</h3>
      <p className="zacht">{nl.kamer.volgtUitleg(nl.werkvormen[werkvorm])}</p>
    </div>
  );
}
