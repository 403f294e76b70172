'use client';

import { nl } from '../../../lib/i18n/nl';
import { MAX_VRAAGSTUK_VELD, VRAAGSTUK_VELDEN, type VraagstukTekst, type VraagstukVeld } from '../../../lib/werkvormen/vraagstuk/schema';
import { Veld } from '../../_components/Veld';

const t = nl.vraagstuk.vraagstuk;

/** The three questions of the Vraagstuk as labelled text areas (a private answer or an own card). */
export function DrieVragen({
  waarden,
  onWijzig,
  rijen = 3,
}: {
  waarden: VraagstukTekst;
  onWijzig: (veld: VraagstukVeld, tekst: string) => void;
  rijen?: number;
}) {
  return (
    <>
      {VRAAGSTUK_VELDEN.map((veld) => (
        <Veld key={veld} label={t.vragen[veld]} hint={t.hints[veld]} markeerOptioneel={false}>
          {(ids) => (
            <textarea {...ids} rows={rijen} maxLength={MAX_VRAAGSTUK_VELD} value={waarden[veld]} onChange={(e) => onWijzig(veld, e.target.value)} />
          )}
        </Veld>
      ))}
    </>
  );
}

export const LEEG_VRAAGSTUK: VraagstukTekst = { probleem: '', waarom: '', doel: '' };
