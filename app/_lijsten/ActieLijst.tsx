'use client';

import { formatDatum, nl } from '../../lib/i18n/nl';
import type { Actie, ActieStatus } from '../../lib/sync/acties';
import type { Schrijfuitkomst } from '../../lib/sync/context';

const STATUSSEN: readonly ActieStatus[] = ['open', 'bezig', 'gedaan', 'vervallen'];

function wanneerTekst(wanneer: string): string {
  if (wanneer === '') return nl.acties.geenWanneer;
  return /^\d{4}-\d{2}-\d{2}$/.test(wanneer) ? formatDatum(wanneer) : wanneer;
}

/**
 * A list of acties with a status switch per actie (buttons with aria-pressed,
 * so a screen reader hears which status is on). Read-only without `zetStatus`.
 */
export function ActieLijst({
  acties,
  zetStatus,
  herkomst,
  label,
}: {
  acties: readonly Actie[];
  zetStatus?: (id: string, status: ActieStatus) => Schrijfuitkomst;
  /** Names where an actie came from (e.g. "bijeenkomst 2"); omitted when absent. */
  herkomst?: (actie: Actie) => string | null;
  label: string;
}) {
  if (acties.length === 0) return <p className="leeg">{nl.acties.leeg}</p>;
  return (
    <ul className="lijst" aria-label={label}>
      {acties.map((a) => {
        const uit = herkomst?.(a) ?? null;
        return (
          <li key={a.id} className={`actie actie--${a.status}`}>
            <div>
              <div className="actie__wat">{a.wat}</div>
              <div className="actie__meta">
                {nl.acties.wie}: {a.wie || nl.acties.geenWie} · {nl.acties.wanneer}: {wanneerTekst(a.wanneer)}
                {uit && ` · ${nl.acties.herkomst} ${uit}`}
                {!zetStatus && ` · ${nl.acties.statussen[a.status]}`}
              </div>
            </div>
            {zetStatus && (
              <div className="statusknoppen" role="group" aria-label={nl.acties.statusVan(a.wat)}>
                {STATUSSEN.map((s) => (
                  <button
                    key={s}
                    type="button"
                    className="knop knop--klein"
                    aria-pressed={a.status === s}
                    onClick={() => zetStatus(a.id, s)}
                  >
                    {nl.acties.statussen[s]}
                  </button>
                ))}
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}
