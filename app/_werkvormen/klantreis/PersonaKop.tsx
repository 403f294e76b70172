'use client';

import { useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Schrijfuitkomst } from '../../../lib/sync/context';
import type { Klantreis, Persona } from '../../../lib/werkvormen/klantreis/schema';
import { personaRegel } from '../../../lib/werkvormen/klantreis/verslag';
import { PersonaVelden } from './PersonaVelden';

/** Who this klantreis is about, with the aanleiding; editable by everyone, removable by the begeleider. */
export function PersonaKop({
  reis,
  kanSchrijven,
  magVerwijderen,
  wijzig,
  verwijder,
}: {
  reis: Klantreis;
  kanSchrijven: boolean;
  magVerwijderen: boolean;
  wijzig: (w: Partial<Persona>) => Schrijfuitkomst;
  verwijder: () => Schrijfuitkomst;
}) {
  const [bewerk, setBewerk] = useState(false);
  const [bevestig, setBevestig] = useState(false);
  const p = reis.persona;
  const naam = p.naam.trim() || nl.klantreis.naamlozeKlant;

  return (
    <section aria-labelledby="kr-persona-titel">
      <div className="kr-persona">
        <h3 id="kr-persona-titel">{nl.klantreis.personaVan(naam)}</h3>
        <p className="kr-persona__regel">{personaRegel(p)}</p>
        {p.problematiek.trim() && (
          <p className="kr-persona__regel">
            <strong>{nl.klantreis.problematiek}:</strong> {p.problematiek}
          </p>
        )}
        {p.aanleiding.trim() && (
          <p className="kr-persona__regel">
            <strong>{nl.klantreis.aanleiding}:</strong> {p.aanleiding}
          </p>
        )}
        {p.ervaringsdeskundige && <p className="kr-persona__teken">{nl.klantreis.ervaringsdeskundige}</p>}
        {kanSchrijven && (
          <div className="kr-persona__acties">
            <button type="button" className="knop knop--klein" aria-expanded={bewerk} onClick={() => setBewerk((b) => !b)}>
              {bewerk ? nl.klantreis.personaKlaar : nl.klantreis.personaBewerken}
            </button>
            {magVerwijderen &&
              (bevestig ? (
                <>
                  <span className="klein" id="kr-bevestig">
                    {nl.klantreis.bevestigVerwijderReis(naam)}
                  </span>
                  <button type="button" className="knop knop--klein knop--gevaar-vol" aria-describedby="kr-bevestig" onClick={() => verwijder()}>
                    {nl.klantreis.jaVerwijder}
                  </button>
                  <button type="button" className="knop knop--klein" onClick={() => setBevestig(false)}>
                    {nl.klantreis.annuleren}
                  </button>
                </>
              ) : (
                <button type="button" className="knop knop--klein knop--gevaar" onClick={() => setBevestig(true)}>
                  {nl.klantreis.verwijderReis}
                </button>
              ))}
          </div>
        )}
      </div>
      {bewerk && kanSchrijven && <PersonaVelden persona={p} wijzig={(w) => void wijzig(w)} />}
    </section>
  );
}
