'use client';

/**
 * Steps of a werkvorm as buttons. `aria-current="step"` marks the step this
 * screen shows; the facilitator's step gets a hint for participants who look elsewhere.
 */
export function StappenNav({
  label,
  stappen,
  stap,
  onKies,
}: {
  label: string;
  stappen: readonly string[];
  stap: number;
  onKies: (stap: number) => void;
}) {
  return (
    <nav aria-label={label}>
      <ol className="stappen">
        {stappen.map((naam, i) => (
          <li key={naam}>
            <button type="button" className="knop knop--klein" aria-current={i === stap ? 'step' : undefined} onClick={() => onKies(i)}>
              <span className="stappen__nr" aria-hidden="true">
                {i + 1}
              </span>
              {naam}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
