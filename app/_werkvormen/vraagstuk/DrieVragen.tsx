'use client';

import { nl } from '../../../lib/i18n/nl';
import { vindPersoonsgegevens } from '../../../lib/privacy/detect';
import { PrivacyWaarschuwing } from '../../_components/PrivacyWaarschuwing';
import { MAX_VRAAGSTUK_VELD, VRAAGSTUK_VELDEN, type VraagstukTekst, type VraagstukVeld } from '../../../lib/werkvormen/vraagstuk/schema';
import { Veld } from '../../_components/Veld';

const t = nl.vraagstuk.vraagstuk;

/** The three questions of the Vraagstuk as labelled text areas (a private answer or an own card). */
export function DrieVragen({
  waarden,
  onWijzig,
  rijen = 3,
  metHints = true,
}: {
  waarden: VraagstukTekst;
  onWijzig: (veld: VraagstukVeld, tekst: string) => void;
  rijen?: number;
  /** The hints help while writing the first time; a card being sharpened does without. */
  metHints?: boolean;
}) {
  return (
    <>
      {VRAAGSTUK_VELDEN.map((veld) => (
        <Veld key={veld} label={t.vragen[veld]} hint={metHints ? t.hints[veld] : undefined} markeerOptioneel={false}>
          {(ids) => (
            <>
              <textarea {...ids} rows={rijen} maxLength={MAX_VRAAGSTUK_VELD} value={waarden[veld]} onChange={(e) => onWijzig(veld, e.target.value)} />
              <PrivacyWaarschuwing id={`${ids.id}-privacy`} vondsten={vindPersoonsgegevens(waarden[veld])} />
            </>
          )}
        </Veld>
      ))}
    </>
  );
}

export const LEEG_VRAAGSTUK: VraagstukTekst = { probleem: '', waarom: '', doel: '' };
