'use client';

import { useId, useState, type FormEvent } from 'react';
import { nl } from '../../../../lib/i18n/nl';
import { Melding } from '../../../_components/Melding';
import type { StapProps } from '../stapProps';

/** Step 8: sharpenings and additions attached to the chosen idea, by anyone. */
export function AanscherpenStap({ inhoud, voegAanscherpingToe, verwijderAanscherping, kanSchrijven, ik }: StapProps) {
  const id = useId();
  const [tekst, setTekst] = useState('');
  const [fout, setFout] = useState(false);
  const lijst = inhoud.aanscherpingen;

  function voegToe(e: FormEvent) {
    e.preventDefault();
    if (!ik) return;
    const uit = voegAanscherpingToe({ tekst, auteurId: ik.id, auteur: ik.naam });
    setFout(!uit.ok);
    if (uit.ok) setTekst('');
  }

  return (
    <div className="stapvlak">
      <section aria-labelledby={`${id}-lijst`}>
        <h4 id={`${id}-lijst`}>{nl.actieleren.aanscherpingen(lijst.length)}</h4>
        {lijst.length === 0 ? (
          <p className="leeg">{nl.actieleren.geenAanscherpingen}</p>
        ) : (
          <ul className="aanscherpingen" aria-labelledby={`${id}-lijst`}>
            {lijst.map((a) => (
              <li key={a.id} className="aanscherping">
                <span className="doorlopend">{a.tekst}</span>
                <span className="aanscherping__wie klein zacht">{a.auteur}</span>
                {kanSchrijven && ik?.id === a.auteurId && (
                  <button type="button" className="knop knop--klein knop--stil" aria-label={nl.actieleren.verwijder(a.tekst)} onClick={() => verwijderAanscherping(a.id, ik.id)}>
                    {nl.actieleren.verwijderKort}
                  </button>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      {kanSchrijven && ik && (
        <form className="formulier--rij" onSubmit={voegToe}>
          <div className="veld veld--breed">
            <label htmlFor={`${id}-tekst`}>
              {nl.actieleren.nieuweAanscherping}
            </label>
            <input id={`${id}-tekst`} type="text" maxLength={2000} value={tekst} onChange={(e) => setTekst(e.target.value)} />
          </div>
          <button type="submit" className="knop knop--primair">
            {nl.actieleren.voegAanscherpingToe}
          </button>
          {fout && <Melding soort="fout">{nl.app.onbekendeFout}</Melding>}
        </form>
      )}
    </div>
  );
}
