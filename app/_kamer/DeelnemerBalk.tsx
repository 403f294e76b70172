'use client';

import { nl } from '../../lib/i18n/nl';
import type { Ack } from '../../lib/protocol';

/** Hand-raise and "klaar" toggles for a participant. */
export function DeelnemerBalk({
  handOp,
  isKlaar,
  verstuur,
}: {
  handOp: boolean;
  isKlaar: boolean;
  verstuur: (actie: 'hand:op' | 'hand:neer' | { klaar: boolean }) => Promise<Ack>;
}) {
  return (
    <section className="kaart" aria-label={nl.deelnemerBalk.label}>
      <div className="knoppen">
        <button type="button" className="knop" aria-pressed={handOp} onClick={() => void verstuur(handOp ? 'hand:neer' : 'hand:op')}>
          {nl.deelnemerBalk.handOp}
        </button>
        <button type="button" className="knop" aria-pressed={isKlaar} onClick={() => void verstuur({ klaar: !isKlaar })}>
          {nl.deelnemerBalk.klaar}
        </button>
      </div>
    </section>
  );
}
