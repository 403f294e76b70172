'use client';

import { useState } from 'react';
import type { VeldIds } from './Veld';
import { vindPersoonsgegevens } from '../../lib/privacy/detect';
import { PrivacyWaarschuwing } from './PrivacyWaarschuwing';

/**
 * A text field bound to shared state. While it has focus it shows the
 * person's own draft (so a remote edit never moves their cursor) and writes
 * every keystroke through `onWijzig`; on blur it shows the shared value again.
 */
export function GedeeldTekstveld({
  ids,
  waarde,
  onWijzig,
  meerRegels = false,
  maxLength,
}: {
  ids: VeldIds;
  waarde: string;
  onWijzig: (tekst: string) => void;
  meerRegels?: boolean;
  maxLength: number;
}) {
  const [concept, setConcept] = useState<string | null>(null);
  const props = {
    ...ids,
    value: concept ?? waarde,
    maxLength,
    onFocus: () => setConcept(waarde),
    onBlur: () => setConcept(null),
    onChange: (e: { target: { value: string } }) => {
      setConcept(e.target.value);
      onWijzig(e.target.value);
    },
  };
  const tekst = concept ?? waarde;
  return (
    <>
      {meerRegels ? <textarea {...props} rows={2} /> : <input {...props} type="text" />}
      {/* Shared fields hold case material (personas, klantreis, vraagstuk): warn on personal data. */}
      <PrivacyWaarschuwing id={`${ids.id}-privacy`} vondsten={vindPersoonsgegevens(tekst)} />
    </>
  );
}
