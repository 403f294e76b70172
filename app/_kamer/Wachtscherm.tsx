import { formatDatumTijd, nl } from '../../lib/i18n/nl';
import type { Bijeenkomst } from '../_api/typen';

/** Shown while the bijeenkomst is planned and no werkvorm is chosen yet. */
export function Wachtscherm({ bijeenkomst, isBegeleider, titelId }: { bijeenkomst: Bijeenkomst; isBegeleider: boolean; titelId: string }) {
  return (
    <div className="wachtscherm">
      <h2 id={titelId}>{nl.kamer.wachten.titel}</h2>
      <p className="zacht">{formatDatumTijd(bijeenkomst.datum)}</p>
      <p className="intentie-groot">{bijeenkomst.intentie}</p>
      <p className="zacht" style={{ marginTop: '1.5rem' }}>
        {isBegeleider ? nl.kamer.wachten.begeleider : nl.kamer.wachten.uitleg}
      </p>
    </div>
  );
}
