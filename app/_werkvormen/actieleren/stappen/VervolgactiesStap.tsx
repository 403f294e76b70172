'use client';

import { nl } from '../../../../lib/i18n/nl';
import { vervolgacties } from '../../../../lib/werkvormen/actieleren/verslag';
import { ActieFormulier } from '../../../_lijsten/ActieFormulier';
import { ActieLijst } from '../../../_lijsten/ActieLijst';
import { useActies } from '../../../_sync/useActies';
import type { StapProps } from '../stapProps';

/** Step 9: vervolgacties (wat / wie / wanneer) onto the traject's actielijst. */
export function VervolgactiesStap({ trajectDoc, trajectSynced, bijeenkomst, alleenLezen, kanSchrijven }: StapProps) {
  const { acties, voegToe, zetStatus } = useActies(trajectDoc);
  const lijst = vervolgacties(acties, bijeenkomst.id);
  return (
    <div className="stapvlak">
      <section aria-labelledby="actieleren-vervolgacties">
        <h4 id="actieleren-vervolgacties">{nl.actieleren.vervolgacties(lijst.length)}</h4>
        <p className="klein zacht">{nl.actieleren.vervolgactiesUitleg}</p>
        {!trajectSynced ? (
          <p className="laden">{nl.sync.laden}</p>
        ) : (
          <ActieLijst acties={lijst} zetStatus={alleenLezen ? undefined : zetStatus} label={nl.actieleren.vervolgacties(lijst.length)} />
        )}
      </section>
      {kanSchrijven && trajectSynced && (
        <ActieFormulier voegToe={(input) => voegToe({ ...input, bijeenkomstId: bijeenkomst.id, werkvorm: 'actieleren' })} />
      )}
    </div>
  );
}
