'use client';

import { useId, useRef, useState } from 'react';
import { nl } from '../../lib/i18n/nl';

/**
 * A read-only link with a copy button. `navigator.clipboard` exists only in
 * secure contexts, so on plain http we fall back to selecting the text.
 */
export function KopieerLink({ label, uitleg, url }: { label: string; uitleg?: string; url: string }) {
  const id = useId();
  const invoer = useRef<HTMLInputElement>(null);
  const [melding, setMelding] = useState('');

  async function kopieer() {
    try {
      if (navigator.clipboard && window.isSecureContext) {
        await navigator.clipboard.writeText(url);
      } else {
        invoer.current?.select();
        if (!document.execCommand('copy')) throw new Error('execCommand copy geweigerd');
      }
      setMelding(nl.app.gekopieerd);
    } catch (err) {
      console.warn('[leerbord] kopiëren mislukt', err);
      invoer.current?.select();
      setMelding(nl.app.kopierenMislukt);
    }
  }

  return (
    <div className="kopieerlink">
      <label htmlFor={id}>{label}</label>
      {uitleg && <p className="veld__hint" id={`${id}-uitleg`}>{uitleg}</p>}
      <div className="kopieerlink__rij">
        <input
          id={id}
          ref={invoer}
          type="text"
          readOnly
          value={url}
          aria-describedby={uitleg ? `${id}-uitleg` : undefined}
          onFocus={(e) => e.currentTarget.select()}
        />
        <button type="button" className="knop" onClick={kopieer} aria-label={nl.traject.kopieerLink(label)}>
          {nl.app.kopieer}
        </button>
      </div>
      <p className="kopieerlink__melding" role="status">
        {melding}
      </p>
    </div>
  );
}
