import { nl } from '../../lib/i18n/nl';
import type { Speerpunt } from '../../lib/sync/speerpunten';

/** The traject's speerpunten, read-only (they are chosen in the Speerpunten werkvorm). */
export function SpeerpuntenLijst({ speerpunten }: { speerpunten: readonly Speerpunt[] }) {
  if (speerpunten.length === 0) return <p className="leeg">{nl.speerpunten.leeg}</p>;
  return (
    <ul className="lijst" aria-label={nl.speerpunten.titel}>
      {speerpunten.map((s) => (
        <li key={s.id}>
          <strong>{s.titel}</strong> <span className="label">{nl.speerpunten.status[s.status] ?? s.status}</span>
          <dl className="gegevens klein" style={{ marginTop: '0.35rem' }}>
            {s.doelstelling && (
              <>
                <dt>{nl.speerpunten.doelstelling}</dt>
                <dd>{s.doelstelling}</dd>
              </>
            )}
            {s.trekker && (
              <>
                <dt>{nl.speerpunten.trekker}</dt>
                <dd>{s.trekker}</dd>
              </>
            )}
            {s.eersteStap && (
              <>
                <dt>{nl.speerpunten.eersteStap}</dt>
                <dd>{s.eersteStap}</dd>
              </>
            )}
          </dl>
        </li>
      ))}
    </ul>
  );
}
