'use client';

import { useId, useLayoutEffect, useRef, useState } from 'react';
import { vindPersoonsgegevens } from '../../../lib/privacy/detect';
import { tekstDiff, verschuifPositie, type TekstDelta } from '../../../lib/sync/tekstDiff';
import { PrivacyWaarschuwing } from '../../_components/PrivacyWaarschuwing';

/**
 * A labelled text field bound to a shared text (a Y.Text, through
 * app/_sync/useActieleren). Every keystroke goes out as the smallest edit;
 * a remote edit updates the field without moving this person's cursor. With
 * `privacy`, text that looks like a BSN, IBAN, e-mail address or phone number
 * gets an inline warning.
 */
export function GedeeldeTekst({
  label,
  hint,
  waarde,
  onWijzig,
  maxLength,
  meerRegels = true,
  rijen = 4,
  privacy = false,
  alleenLezen = false,
}: {
  label: string;
  hint?: string;
  waarde: string;
  onWijzig: (delta: TekstDelta) => void;
  maxLength: number;
  meerRegels?: boolean;
  rijen?: number;
  privacy?: boolean;
  alleenLezen?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement & HTMLInputElement>(null);
  const [lokaal, setLokaal] = useState(waarde);
  // The shared text this field last agreed with; edits are diffed against it.
  const basis = useRef(waarde);
  const selectie = useRef<[number, number] | null>(null);

  // A remote edit: take the new text and keep the cursor where it was, relative to the words around it.
  useLayoutEffect(() => {
    if (waarde === basis.current) return;
    const delta = tekstDiff(basis.current, waarde);
    basis.current = waarde;
    const el = ref.current;
    if (delta && el && document.activeElement === el) {
      selectie.current = [verschuifPositie(delta, el.selectionStart ?? 0), verschuifPositie(delta, el.selectionEnd ?? 0)];
    }
    setLokaal(waarde);
  }, [waarde]);

  useLayoutEffect(() => {
    const el = ref.current;
    const s = selectie.current;
    if (!el || !s) return;
    selectie.current = null;
    el.setSelectionRange(s[0], s[1]);
  }, [lokaal]);

  function wijzig(nieuw: string) {
    const delta = tekstDiff(basis.current, nieuw);
    basis.current = nieuw;
    setLokaal(nieuw);
    if (delta) onWijzig(delta);
  }

  const vondsten = privacy ? vindPersoonsgegevens(lokaal) : [];
  const beschrijving = [hint ? `${id}-hint` : null, vondsten.length ? `${id}-privacy` : null].filter(Boolean).join(' ') || undefined;
  const props = {
    id,
    ref,
    value: lokaal,
    maxLength,
    readOnly: alleenLezen,
    'aria-describedby': beschrijving,
    onChange: (e: { target: { value: string } }) => wijzig(e.target.value),
  };

  return (
    <div className="veld gedeelde-tekst">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="veld__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {meerRegels ? <textarea {...props} rows={rijen} /> : <input {...props} type="text" />}
      {privacy && <PrivacyWaarschuwing id={`${id}-privacy`} vondsten={vondsten} />}
    </div>
  );
}
