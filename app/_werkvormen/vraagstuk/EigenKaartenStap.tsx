'use client';

import { useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { leesVraagstukAntwoord } from '../../../lib/werkvormen/vraagstuk/schema';
import { apiSend } from '../../_api/api';
import { Melding } from '../../_components/Melding';
import { Vraagstukkaarten } from './Vraagstukkaarten';
import type { VraagstukStapProps } from './stapProps';

const t = nl.vraagstuk.vraagstuk;
/** Others' cards arrive over HTTP; this keeps the list fresh while people sharpen theirs. */
const VERVERS_MS = 10_000;

/**
 * Leernetwerk, step 3: everyone keeps their own vraagstuk as a card on the
 * traject and sharpens it; only the owner can change a card.
 */
export function EigenKaartenStap({ bijeenkomst, ik, alleenLezen, fase, kamer, leidt }: VraagstukStapProps) {
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [versie, setVersie] = useState(0);
  const mijnTekst = fase.soort === 'geen' ? undefined : kamer.mijn[fase.rondeId]?.tekst;
  const voorstel = mijnTekst !== undefined ? leesVraagstukAntwoord(mijnTekst) : null;

  async function maakKaarten() {
    if (fase.soort !== 'onthuld') return;
    const uit = await apiSend<{ aangemaakt: number }>(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/vraagstuk/kaarten`, {
      rondeId: fase.rondeId,
    });
    setMelding(uit.ok ? { soort: 'succes', tekst: t.kaartenGemaakt(uit.data.aangemaakt) } : { soort: 'fout', tekst: uit.error });
    setVersie((v) => v + 1);
  }

  return (
    <div className="vk-stap">
      <p className="klein zacht">{t.kaartenUitleg}</p>
      {leidt && fase.soort === 'onthuld' && (
        <div className="knoppen">
          <button type="button" className="knop" onClick={() => void maakKaarten()}>
            {t.kaartenMaken}
          </button>
        </div>
      )}
      {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      <Vraagstukkaarten
        key={versie}
        trajectId={bijeenkomst.trajectId}
        ik={ik}
        alleenLezen={alleenLezen}
        voorstel={voorstel}
        verversMs={VERVERS_MS}
      />
    </div>
  );
}
