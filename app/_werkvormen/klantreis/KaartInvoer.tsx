'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
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
  bewaar,
  annuleer,
}: {
  label: string;
  begin?: string;
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
    ref.current?.focus();
    ref.current?.select();
  }, []);

  function probeer(): void {
    if (klaar.current) return;
    if (tekst.trim() === '' || tekst.trim() === begin.trim()) {
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
          setFout(null);
        }}
        onKeyDown={toets}
        onBlur={probeer}
      />
      <p className="kr-invoer__hint" id={`${id}-hint`}>
        {fout ?? nl.klantreis.kaartHint}
      </p>
    </div>
  );
}
