'use client';

import { nl } from '../../../lib/i18n/nl';
import { ACTIELEREN_STAPPEN } from '../../../lib/werkvormen/actieleren/stappen';

/**
 * The nine steps in one row at 1366 px: each button shows the number and a
 * word of the step's name; its accessible name is the whole name (which
 * contains the visible word, WCAG 2.5.3), also shown as a tooltip.
 * `aria-current="step"` marks the step on this screen.
 */
export function ActielerenStappen({ stap, onKies }: { stap: number; onKies: (stap: number) => void }) {
  return (
    <nav aria-label={nl.actieleren.stappenLabel}>
      <ol className="stappen stappen--kort">
        {ACTIELEREN_STAPPEN.map((s) => {
          return (
            <li key={s.nummer}>
              <button
                type="button"
                className="knop knop--klein"
                aria-current={s.nummer === stap ? 'step' : undefined}
                aria-label={s.naam}
                title={`${s.nummer}. ${s.naam}`}
                onClick={() => onKies(s.nummer)}
              >
                <span className="stappen__nr" aria-hidden="true">
                  {s.nummer}
                </span>
                {nl.actieleren.kort[s.sleutel]}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
