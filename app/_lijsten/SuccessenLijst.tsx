'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import type { Succes } from '../../lib/sync/successen';
import { Veld } from '../_components/Veld';

/** The successen of the traject, with an add form unless read-only. */
export function SuccessenLijst({
  successen,
  voegToe,
}: {
  successen: readonly Succes[];
  voegToe?: (tekst: string) => Schrijfuitkomst<{ id: string }>;
}) {
  const [tekst, setTekst] = useState('');

  function verstuur(e: FormEvent) {
    e.preventDefault();
    if (voegToe?.(tekst).ok) setTekst('');
  }

  return (
    <>
      {successen.length === 0 ? (
        <p className="leeg">{nl.successen.leeg}</p>
      ) : (
        <ul className="lijst" aria-label={nl.successen.titel}>
          {successen.map((s) => (
            <li key={s.id}>{s.tekst}</li>
          ))}
        </ul>
      )}
      {voegToe && (
        <form className="formulier--rij" onSubmit={verstuur} aria-label={nl.successen.nieuw}>
          <Veld label={nl.successen.nieuw} verplicht>
            {(ids) => <input {...ids} type="text" maxLength={1000} value={tekst} onChange={(e) => setTekst(e.target.value)} />}
          </Veld>
          <button type="submit" className="knop">
            {nl.successen.voegToe}
          </button>
        </form>
      )}
    </>
  );
}
