'use client';

import { nl } from '../../../lib/i18n/nl';
import type { StapProps } from './stapProps';

/**
 * What the group is working on, kept in view: the casus from step 2, the
 * reflectievraag from step 3 (step 2 writes it), the chosen idea from step 6.
 */
export function Kader({ stap, inhoud, staat }: StapProps) {
  if (stap < 2) return null;
  const gekozen = staat.instellingen.gekozenIdee;
  return (
    <section className="kader" aria-label={nl.actieleren.kader}>
      <dl>
        <div className="kader__rij">
          <dt>{nl.actieleren.casus}</dt>
          <dd className="kader__casusregel">
            <span>{inhoud.casusTitel.trim() || <span className="zacht">{nl.actieleren.geenCasustitel}</span>}</span>
            {inhoud.casus.trim() && (
              <details className="kader__casus">
                <summary>{nl.actieleren.bekijkCasus}</summary>
                <p className="doorlopend">{inhoud.casus}</p>
              </details>
            )}
          </dd>
        </div>
        {stap >= 3 && (
          <div className="kader__rij kader__rij--vraag">
            <dt>{nl.actieleren.reflectievraag}</dt>
            <dd className="kader__vraag">{inhoud.reflectievraag.trim() || <span className="zacht">{nl.actieleren.nogGeenReflectievraag}</span>}</dd>
          </div>
        )}
        {stap >= 6 && (
          <div className="kader__rij kader__rij--idee">
            <dt>{nl.actieleren.gekozenIdee}</dt>
            <dd>
              {gekozen ? (
                <>
                  <strong>{gekozen.tekst}</strong> <span className="zacht klein">({nl.actieleren.stemmen(gekozen.stemmen)})</span>
                </>
              ) : (
                <span className="zacht">{nl.actieleren.nogGeenIdee}</span>
              )}
            </dd>
          </div>
        )}
      </dl>
    </section>
  );
}
