'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { MAX_FASE_NAAM, MAX_FASEN, type Fase, type KlantreisEvent } from '../../../lib/werkvormen/klantreis/schema';
import { GedeeldTekstveld } from '../../_components/GedeeldTekstveld';
import { Melding } from '../../_components/Melding';

/** Rename, reorder, remove and add phases; every change is shared at once. */
export function FasenBewerken({
  fasen,
  wijzig,
}: {
  fasen: readonly Fase[];
  /** Returns a Dutch refusal, or null. */
  wijzig: (event: KlantreisEvent) => string | null;
}) {
  const [nieuw, setNieuw] = useState('');
  const [fout, setFout] = useState<string | null>(null);

  function voegToe(e: FormEvent) {
    e.preventDefault();
    const probleem = wijzig({ type: 'fase:toevoegen', naam: nieuw });
    setFout(probleem);
    if (!probleem) setNieuw('');
  }

  return (
    <section className="kaart" aria-labelledby="kr-fasen-titel" style={{ marginBottom: '0.6rem' }}>
      <h4 id="kr-fasen-titel">{nl.klantreis.fasenLabel}</h4>
      <p className="zacht klein">{nl.klantreis.faseVerwijderUitleg}</p>
      <ol className="kr-fasen">
        {fasen.map((f, i) => (
          <li key={f.id}>
            <label htmlFor={`kr-fase-${f.id}`} className="visueel-verborgen">
              {nl.klantreis.faseNaam(i + 1)}
            </label>
            <GedeeldTekstveld
              ids={{ id: `kr-fase-${f.id}` }}
              maxLength={MAX_FASE_NAAM}
              waarde={f.naam}
              onWijzig={(naam) => {
                // An empty name is not stored; the field keeps what was typed until it has text again.
                if (naam.trim()) setFout(wijzig({ type: 'fase:hernoem', faseId: f.id, naam }));
              }}
            />
            <button type="button" className="knop knop--klein" disabled={i === 0} aria-label={nl.klantreis.faseLinks(f.naam)} onClick={() => setFout(wijzig({ type: 'fase:verschuif', faseId: f.id, richting: -1 }))}>
              <span aria-hidden="true">←</span>
            </button>
            <button
              type="button"
              className="knop knop--klein"
              disabled={i === fasen.length - 1}
              aria-label={nl.klantreis.faseRechts(f.naam)}
              onClick={() => setFout(wijzig({ type: 'fase:verschuif', faseId: f.id, richting: 1 }))}
            >
              <span aria-hidden="true">→</span>
            </button>
            <button
              type="button"
              className="knop knop--klein knop--gevaar"
              disabled={fasen.length <= 1}
              aria-label={nl.klantreis.faseVerwijder(f.naam)}
              onClick={() => setFout(wijzig({ type: 'fase:verwijder', faseId: f.id }))}
            >
              <span aria-hidden="true">✕</span>
            </button>
          </li>
        ))}
      </ol>
      <form className="formulier--rij" onSubmit={voegToe} aria-label={nl.klantreis.faseToevoegen}>
        <div className="veld">
          <label htmlFor="kr-nieuwe-fase">{nl.klantreis.nieuweFase}</label>
          <input id="kr-nieuwe-fase" type="text" maxLength={MAX_FASE_NAAM} value={nieuw} onChange={(e) => setNieuw(e.target.value)} />
        </div>
        <button type="submit" className="knop" disabled={fasen.length >= MAX_FASEN}>
          {nl.klantreis.faseToevoegen}
        </button>
      </form>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </section>
  );
}
