'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { LEGE_PERSONA, type Persona } from '../../../lib/werkvormen/klantreis/schema';
import { Melding } from '../../_components/Melding';
import { PersonaVelden } from './PersonaVelden';

/** A new klantreis: who the klant is and what started the journey. */
export function NieuweKlantreis({
  maak,
  annuleer,
}: {
  /** Returns a Dutch refusal, or null when made. */
  maak: (persona: Persona) => string | null;
  annuleer: (() => void) | undefined;
}) {
  const [persona, setPersona] = useState<Persona>(LEGE_PERSONA);
  const [fout, setFout] = useState<string | null>(null);

  function verstuur(e: FormEvent) {
    e.preventDefault();
    setFout(maak(persona));
  }

  return (
    <form className="kaart" onSubmit={verstuur} aria-labelledby="kr-nieuw-titel">
      <h3 id="kr-nieuw-titel">{nl.klantreis.nieuw}</h3>
      <p className="zacht klein">{nl.klantreis.nieuwUitleg}</p>
      <PersonaVelden persona={persona} wijzig={(w) => setPersona((p) => ({ ...p, ...w }))} />
      <div className="knoppen">
        <button type="submit" className="knop knop--primair">
          {nl.klantreis.maakAan}
        </button>
        {annuleer && (
          <button type="button" className="knop" onClick={annuleer}>
            {nl.klantreis.annuleren}
          </button>
        )}
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </form>
  );
}
