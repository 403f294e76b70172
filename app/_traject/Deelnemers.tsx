import { nl } from '../../lib/i18n/nl';
import type { Traject } from '../_api/typen';

/** Who has joined the traject, with organisation and rol in de keten. */
export function Deelnemers({ traject }: { traject: Traject }) {
  return (
    <section className="kaart" aria-labelledby="traject-deelnemers">
      <h2 id="traject-deelnemers">{nl.traject.deelnemers}</h2>
      {traject.deelnemers.length === 0 ? (
        <p className="leeg">{nl.traject.geenDeelnemers}</p>
      ) : (
        <ul className="lijst" aria-label={nl.traject.deelnemers}>
          {traject.deelnemers.map((d) => (
            <li key={d.id}>
              <strong>{d.naam}</strong>
              {d.soort === 'waarnemer' && <> <span className="label">{nl.soorten.waarnemer}</span></>}
              <div className="klein zacht">
                {d.organisatie} · {nl.rollen[d.rol] ?? d.rol}
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
