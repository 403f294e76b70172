'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Aanwezige } from '../../../lib/protocol';
import { antwoordFase, stemFase, type ActielerenStaat } from '../../../lib/werkvormen/actieleren/machine';

/**
 * A polite live region for what happens within actieleren: tellers named,
 * answers revealed, vote result, chosen idea. (Step changes are announced by
 * the room's own Aankondiger.) Only changes are spoken, not the state found
 * on opening the page.
 */
export function ActielerenAankondiging({ staat, aanwezigen }: { staat: ActielerenStaat; aanwezigen: readonly Aanwezige[] }) {
  const naam = (id: string) => aanwezigen.find((a) => a.id === id)?.naam ?? '?';
  const antwoorden = antwoordFase(staat);
  const stemming = stemFase(staat);
  const { vertellers = [], gekozenIdee } = staat.instellingen;
  const items: { sleutel: string | null; tekst: string }[] = [
    { sleutel: vertellers.length ? vertellers.join(',') : null, tekst: nl.actieleren.vertellersGekozen(vertellers.map(naam)) },
    {
      sleutel: antwoorden.soort === 'onthuld' ? antwoorden.rondeId : null,
      tekst: nl.actieleren.antwoordenGetoond(antwoorden.soort === 'onthuld' ? antwoorden.inzendingen.length : 0),
    },
    {
      sleutel: stemming.soort === 'uitslag' ? stemming.rondeId : null,
      tekst: nl.actieleren.uitslagBekend(stemming.soort === 'uitslag' ? (stemming.winnaar?.tekst ?? null) : null),
    },
    { sleutel: gekozenIdee ? gekozenIdee.tekst : null, tekst: nl.actieleren.ideeGekozen(gekozenIdee?.tekst ?? '') },
  ];
  const sleutels = items.map((i) => i.sleutel ?? '').join('\u0000');
  const vorige = useRef<string[] | null>(null);
  const [bericht, setBericht] = useState('');

  useEffect(() => {
    const nu = sleutels.split('\u0000');
    const was = vorige.current;
    vorige.current = nu;
    if (!was) return;
    const i = nu.findIndex((s, j) => s !== '' && s !== was[j]);
    const item = items[i];
    if (item) setBericht(item.tekst);
    // Keyed on the keys only: `items` is rebuilt every render.
  }, [sleutels]);

  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
