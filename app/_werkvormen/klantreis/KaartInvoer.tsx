'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { vindPersoonsgegevens } from '../../../lib/privacy/detect';
import { PrivacyWaarschuwing } from '../../_components/PrivacyWaarschuwing';
import { nl } from '../../../lib/i18n/nl';
import { MAX_KAART } from '../../../lib/werkvormen/klantreis/schema';

/**
 * The text of a new or edited card. Enter saves, Shift+Enter makes a new
 * line, Escape cancels; leaving the field with text in it saves too, so
 * nothing typed is lost when someone clicks elsewhere.
 */
export function KaartInvoer({
  label,
  begin = '',
  origineel = '',
  selecteer = true,
  onWijzig,
  bewaar,
  annuleer,
}: {
  label: string;
  /** The text to start from (a draft kept by the board, or the card's text). */
  begin?: string;
  /** The card's stored text: leaving it unchanged is a cancel. */
  origineel?: string;
  /** Select the text on opening (not when the editor comes back after the card moved). */
  selecteer?: boolean;
  onWijzig?: (tekst: string) => void;
  /** Returns a Dutch refusal, or null when saved. */
  bewaar: (tekst: string) => string | null;
  annuleer: () => void;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [tekst, setTekst] = useState(begin);
  const [fout, setFout] = useState<string | null>(null);
  const klaar = useRef(false);

  useEffect(() => {
    const veld = ref.current;
    if (!veld) return;
    veld.focus();
    if (selecteer) veld.select();
    else veld.setSelectionRange(veld.value.length, veld.value.length);
    // Only on opening: later renders must not move the caret.
  }, []);

  function probeer(): void {
    if (klaar.current) return;
    if (tekst.trim() === '' || tekst.trim() === origineel.trim()) {
      klaar.current = true;
      annuleer();
      return;
    }
    const probleem = bewaar(tekst);
    if (probleem) setFout(probleem);
    else klaar.current = true;
  }

  function toets(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      probeer();
    } else if (e.key === 'Escape') {
      e.preventDefault();
      klaar.current = true;
      annuleer();
    }
  }

  return (
    <div className="kr-invoer">
      <label htmlFor={id} className="visueel-verborgen">
        {label}
      </label>
      <textarea
        id={id}
        ref={ref}
        rows={2}
        maxLength={MAX_KAART}
        value={tekst}
        aria-describedby={`${id}-hint`}
        aria-invalid={fout ? true : undefined}
        onChange={(e) => {
          setTekst(e.target.value);
          onWijzig?.(e.target.value);
          setFout(null);
        }}
        onKeyDown={toets}
        onBlur={probeer}
      />
      <p className="kr-invoer__hint" id={`${id}-hint`}>
        {fout ?? nl.klantreis.kaartHint}
      </p>
      {/* A klantreis is told about a real klant: warn when a card names one. */}
      <PrivacyWaarschuwing id={`${id}-privacy`} vondsten={vindPersoonsgegevens(tekst)} />
    </div>
  );
}
