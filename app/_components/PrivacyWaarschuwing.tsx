'use client';

import { nl } from '../../lib/i18n/nl';
import type { Vondst } from '../../lib/privacy/detect';

/**
 * Inline warning under a text field when it holds something that looks like
 * personal data. A polite live region: it speaks when the findings change,
 * not on every keystroke (its text stays the same while they do not).
 */
export function PrivacyWaarschuwing({ id, vondsten }: { id: string; vondsten: readonly Vondst[] }) {
  return (
    <div aria-live="polite" className="privacy">
      {vondsten.length > 0 && (
        <div className="melding melding--waarschuwing privacy__melding" id={id}>
          <strong>{nl.actieleren.privacy.titel}: </strong>
          <ul>
            {vondsten.map((v) => (
              <li key={`${v.start}-${v.soort}`}>{nl.actieleren.privacy.vondst(nl.actieleren.privacy.soort[v.soort] ?? v.soort, v.tekst)}</li>
            ))}
          </ul>
          {nl.actieleren.privacy.uitleg}
        </div>
      )}
    </div>
  );
}
