'use client';

import { useId } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Aanwezige } from '../../../lib/protocol';

/** People who can take a role in a step: everyone in the room but observers, online first. */
export function kandidaten(aanwezigen: readonly Aanwezige[]): Aanwezige[] {
  return aanwezigen
    .filter((a) => a.soort !== 'waarnemer')
    .sort((a, b) => Number(b.online) - Number(a.online) || a.naam.localeCompare(b.naam, 'nl'));
}

/**
 * The facilitator names someone (casusinbrenger, verteller, samenvatter)
 * from who is here; everyone else sees the name.
 */
export function PersoonKiezer({
  label,
  gekozen,
  aanwezigen,
  ikId,
  kanKiezen,
  bezig,
  onKies,
}: {
  label: string;
  gekozen: string | null | undefined;
  aanwezigen: readonly Aanwezige[];
  ikId: string | null;
  kanKiezen: boolean;
  bezig?: boolean;
  onKies: (id: string | null) => void;
}) {
  const id = useId();
  const naam = (pid: string) => {
    const a = aanwezigen.find((x) => x.id === pid);
    return a ? `${a.naam}${pid === ikId ? nl.actieleren.jij : ''}` : '?';
  };
  if (!kanKiezen) {
    return (
      <p className="persoon">
        <span className="persoon__rol">{label}:</span> {gekozen ? <strong>{naam(gekozen)}</strong> : <span className="zacht">{nl.actieleren.nietGekozen}</span>}
      </p>
    );
  }
  const lijst = kandidaten(aanwezigen);
  return (
    <div className="veld persoon persoon--kies">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={gekozen ?? ''} disabled={bezig} onChange={(e) => onKies(e.target.value || null)}>
        <option value="">{nl.actieleren.kiesIemand}</option>
        {lijst.map((a) => (
          <option key={a.id} value={a.id}>
            {a.naam}
            {a.organisatie ? ` (${a.organisatie})` : ''}
            {a.online ? '' : ` · ${nl.aanwezigen.offline}`}
          </option>
        ))}
      </select>
    </div>
  );
}
