'use client';

import { nl } from '../../../lib/i18n/nl';
import { onthuldeVraagstukken } from '../../../lib/werkvormen/vraagstuk/machine';
import type { Aanwezige } from '../../../lib/protocol';
import type { PriveFase } from '../../../lib/werkvormen/rondeFase';
import { VraagstukKaart } from './VraagstukKaart';
import type { VraagstukStapProps } from './stapProps';

const t = nl.vraagstuk.vraagstuk;

/** The revealed vraagstukken as cards side by side, each with name, organisation and rol. */
export function Onthuld({ fase, aanwezigen, kopNiveau = 3 }: { fase: PriveFase; aanwezigen: readonly Aanwezige[]; kopNiveau?: 3 | 4 }) {
  if (fase.soort === 'onthullen') return <p className="laden">{t.onthullen}</p>;
  if (fase.soort !== 'onthuld') return <p className="leeg">{t.nogNietOnthuld}</p>;
  const kaarten = onthuldeVraagstukken(fase.inzendingen);
  if (kaarten.length === 0) return <p className="leeg">{t.geenAntwoorden}</p>;
  const wie = new Map(aanwezigen.map((a) => [a.id, a]));
  return (
    <ul className="vk-kaarten" aria-label={t.naastElkaarLabel}>
      {kaarten.map((k, i) => {
        const a = wie.get(k.auteur);
        return (
          <li key={k.auteur || i}>
            <VraagstukKaart
              id={`vk-onthuld-${i}`}
              naam={k.naam || a?.naam || t.onbekend}
              organisatie={a?.organisatie ?? ''}
              rol={a?.rol ?? ''}
              vraagstuk={k.vraagstuk}
              kopNiveau={kopNiveau}
            />
          </li>
        );
      })}
    </ul>
  );
}

/** Step 2: everyone's vraagstuk side by side, so the group sees where they meet. */
export function NaastElkaarStap({ fase, aanwezigen, leidt, bijeenkomst, kiesStap }: VraagstukStapProps) {
  return (
    <div className="vk-stap">
      <Onthuld fase={fase} aanwezigen={aanwezigen} />
      {leidt && fase.soort === 'onthuld' && (
        <div className="knoppen">
          <button type="button" className="knop knop--primair" onClick={() => kiesStap(2)}>
            {t.naarVastleggen(bijeenkomst.traject.type)}
          </button>
        </div>
      )}
    </div>
  );
}
