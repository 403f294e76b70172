import { nl } from '../../lib/i18n/nl';
import type { Aanwezige, TrajectType } from '../../lib/protocol';

/** What to show under a name: the soort for begeleiders and waarnemers, else the rol in de keten. */
const ROL_NAAM = (a: Aanwezige): string =>
  a.soort !== 'deelnemer' ? nl.soorten[a.soort] : ((nl.rollen as Record<string, string>)[a.rol] ?? a.rol);

/** Roles a werkplaats needs in the room (seed 000: management, beleid and uitvoering). */
const NODIG_IN_WERKPLAATS = ['management', 'beleid'] as const;

/**
 * "Wie is er": everyone who is or was in the room, online first, with
 * organisation, rol, raised hand and "klaar". In a werkplaats a notice says
 * which of management and beleid is missing among those online.
 */
export function Aanwezigen({
  aanwezigen,
  handen,
  klaar,
  ikId,
  trajectType,
}: {
  aanwezigen: readonly Aanwezige[];
  handen: readonly string[];
  klaar: readonly string[];
  ikId: string | null;
  trajectType: TrajectType;
}) {
  const gesorteerd = [...aanwezigen].sort(
    (a, b) => Number(b.online) - Number(a.online) || Number(b.soort === 'begeleider') - Number(a.soort === 'begeleider') || a.naam.localeCompare(b.naam, 'nl'),
  );
  const online = aanwezigen.filter((a) => a.online);
  const deelnemers = aanwezigen.filter((a) => a.soort === 'deelnemer');
  const ontbreekt =
    trajectType === 'werkplaats'
      ? NODIG_IN_WERKPLAATS.filter((rol) => !online.some((a) => a.soort === 'deelnemer' && a.rol === rol))
      : [];
  const klaarDeelnemers = deelnemers.filter((d) => klaar.includes(d.id)).length;

  return (
    <section className="kaart" aria-labelledby="wie-is-er">
      <div className="kaart__kop">
        <h2 id="wie-is-er">{nl.aanwezigen.titel}</h2>
        <span className="klein zacht">{nl.aanwezigen.aantal(online.length, aanwezigen.length)}</span>
      </div>
      {(handen.length > 0 || klaarDeelnemers > 0) && (
        <p className="klein" style={{ margin: '0 0 0.4rem' }}>
          {handen.length > 0 && <span className="teken teken--hand">{nl.aanwezigen.handenOp(handen.length)}</span>}{' '}
          {deelnemers.length > 0 && (
            <span className="teken teken--klaar">{nl.aanwezigen.klaarAantal(klaarDeelnemers, deelnemers.length)}</span>
          )}
        </p>
      )}
      <ul className="aanwezigen" aria-label={nl.aanwezigen.titel}>
        {gesorteerd.map((a) => (
          <li key={a.id} className={a.online ? 'aanwezige' : 'aanwezige aanwezige--offline'}>
            <span className={a.online ? 'stip stip--aan' : 'stip stip--uit'} aria-hidden="true" />
            <span className="aanwezige__naam">
              {a.naam} {a.id === ikId && <span className="zacht">{nl.aanwezigen.jij}</span>}
              <span className="visueel-verborgen">, {a.online ? nl.aanwezigen.online : nl.aanwezigen.offline}</span>
            </span>
            <span className="aanwezige__tekens">
              {handen.includes(a.id) && <span className="teken teken--hand" title={nl.aanwezigen.hand}>{nl.aanwezigen.handKort}<span className="visueel-verborgen"> {nl.aanwezigen.hand}</span></span>}
              {klaar.includes(a.id) && <span className="teken teken--klaar" title={nl.aanwezigen.klaar}>{nl.aanwezigen.klaarKort}<span className="visueel-verborgen"> {nl.aanwezigen.klaar}</span></span>}
            </span>
            <span className="aanwezige__meta">{[a.organisatie, ROL_NAAM(a)].filter(Boolean).join(' · ')}</span>
          </li>
        ))}
      </ul>
      {ontbreekt.length > 0 && (
        <p className="melding melding--waarschuwing klein" style={{ margin: '0.6rem 0 0' }}>
          {nl.aanwezigen.ontbreekt(ontbreekt.map((r) => nl.rollen[r].toLowerCase()).join(` ${nl.aanwezigen.en} `))}
        </p>
      )}
    </section>
  );
}
