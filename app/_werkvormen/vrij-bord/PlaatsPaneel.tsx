'use client';

import { useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { VrijbordBron } from '../../../lib/sync/vrijbord';
import { useActies } from '../../_sync/useActies';
import { useSpeerpunten } from '../../_sync/useSpeerpunten';
import { useSuccessen } from '../../_sync/useSuccessen';
import { usePlaatsOpVrijBord } from '../../_sync/useVrijBord';
import type { SyncDoc } from '../../_sync/useYDoc';

type Groep = { sleutel: keyof typeof nl.vrijBord.plaatsen.groepen; bron: VrijbordBron; items: { id: string; tekst: string }[] };

/**
 * Items of the traject that can go on the vrij bord as sticky notes, each with
 * a button (so placing works by keyboard and screen reader too): the active
 * speerpunten, the open acties and the successen.
 */
export function PlaatsPaneel({ bord, trajectDoc }: { bord: SyncDoc | null; trajectDoc: SyncDoc | null }) {
  const plaats = usePlaatsOpVrijBord(bord);
  const speerpunten = useSpeerpunten(trajectDoc);
  const { acties } = useActies(trajectDoc);
  const { successen } = useSuccessen(trajectDoc);
  const [melding, setMelding] = useState('');

  const groepen: Groep[] = [
    { sleutel: 'speerpunten', bron: 'speerpunt', items: speerpunten.filter((s) => s.status === 'actief').map((s) => ({ id: s.id, tekst: s.titel })) },
    {
      sleutel: 'acties',
      bron: 'actie',
      items: acties.filter((a) => a.status === 'open' || a.status === 'bezig').map((a) => ({ id: a.id, tekst: a.wat })),
    },
    { sleutel: 'successen', bron: 'succes', items: successen.map((s) => ({ id: s.id, tekst: s.tekst })) },
  ];
  const gevuld = groepen.filter((g) => g.items.length > 0);

  return (
    <details className="vrijbord__plaatsen">
      <summary>{nl.vrijBord.plaatsen.titel}</summary>
      <p className="zacht">{nl.vrijBord.plaatsen.uitleg}</p>
      {gevuld.length === 0 && <p className="leeg">{nl.vrijBord.plaatsen.leeg}</p>}
      {gevuld.map((groep) => (
        <section key={groep.sleutel} aria-labelledby={`vrijbord-groep-${groep.sleutel}`}>
          <h3 id={`vrijbord-groep-${groep.sleutel}`}>{nl.vrijBord.plaatsen.groepen[groep.sleutel]}</h3>
          <ul className="lijst vrijbord__items">
            {groep.items.map((item) => (
              <li key={item.id}>
                <span>{item.tekst}</span>
                <button
                  type="button"
                  className="knop knop--klein"
                  aria-label={nl.vrijBord.plaatsen.knopLabel(item.tekst)}
                  onClick={() => {
                    const uit = plaats(item.tekst, groep.bron);
                    setMelding(uit.ok ? nl.vrijBord.plaatsen.geplaatst(item.tekst) : nl.vrijBord.plaatsen.mislukt);
                  }}
                >
                  {nl.vrijBord.plaatsen.knop}
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
      <p className="vrijbord__melding" role="status">
        {melding}
      </p>
    </details>
  );
}
