'use client';

import { nl } from '../../../lib/i18n/nl';
import { HUISHOUDENS, LEEFTIJDSKLASSEN, type Huishouden, type Leeftijdsklasse, type Persona } from '../../../lib/werkvormen/klantreis/schema';
import { GedeeldTekstveld } from '../../_components/GedeeldTekstveld';
import { Veld } from '../../_components/Veld';

/**
 * The persona's fields. Used for a new klantreis (local values) and to edit
 * one (every change goes straight to the shared doc; text fields keep the
 * person's own draft while they type, see GedeeldTekstveld).
 */
export function PersonaVelden({ persona, wijzig }: { persona: Persona; wijzig: (w: Partial<Persona>) => void }) {
  return (
    <div className="kr-personaform">
      <Veld label={nl.klantreis.naam} hint={nl.klantreis.naamHint} markeerOptioneel={false} breed>
        {(ids) => <GedeeldTekstveld ids={ids} maxLength={120} waarde={persona.naam} onWijzig={(naam) => wijzig({ naam })} />}
      </Veld>
      <Veld label={nl.klantreis.leeftijdsklasse} markeerOptioneel={false}>
        {(ids) => (
          <select {...ids} value={persona.leeftijdsklasse} onChange={(e) => wijzig({ leeftijdsklasse: e.target.value as Leeftijdsklasse })}>
            <option value="">{nl.klantreis.onbekend}</option>
            {LEEFTIJDSKLASSEN.map((k) => (
              <option key={k} value={k}>
                {nl.klantreis.leeftijdsklassen[k]}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label={nl.klantreis.huishouden} markeerOptioneel={false}>
        {(ids) => (
          <select {...ids} value={persona.huishouden} onChange={(e) => wijzig({ huishouden: e.target.value as Huishouden })}>
            <option value="">{nl.klantreis.onbekend}</option>
            {HUISHOUDENS.map((h) => (
              <option key={h} value={h}>
                {nl.klantreis.huishoudens[h]}
              </option>
            ))}
          </select>
        )}
      </Veld>
      <Veld label={nl.klantreis.problematiek} hint={nl.klantreis.problematiekHint} markeerOptioneel={false} breed>
        {(ids) => (
          <GedeeldTekstveld ids={ids} meerRegels maxLength={1000} waarde={persona.problematiek} onWijzig={(problematiek) => wijzig({ problematiek })} />
        )}
      </Veld>
      <Veld label={nl.klantreis.aanleiding} hint={nl.klantreis.aanleidingHint} markeerOptioneel={false} breed>
        {(ids) => <GedeeldTekstveld ids={ids} meerRegels maxLength={1000} waarde={persona.aanleiding} onWijzig={(aanleiding) => wijzig({ aanleiding })} />}
      </Veld>
      <label className="kr-check">
        <input type="checkbox" checked={persona.ervaringsdeskundige} onChange={(e) => wijzig({ ervaringsdeskundige: e.target.checked })} />
        {nl.klantreis.ervaringsdeskundige}
      </label>
    </div>
  );
}
