import { nl } from '../../../lib/i18n/nl';

/** A shared text for those who may not edit it (observers, a closed bijeenkomst, not the samenvatter). */
export function LeesTekst({ titel, tekst, leeg }: { titel: string; tekst: string; leeg?: string }) {
  return (
    <section className="leestekst" aria-label={titel}>
      <h4>{titel}</h4>
      {tekst.trim() ? <p className="doorlopend">{tekst}</p> : <p className="leeg">{leeg ?? nl.actieleren.nogNiets}</p>}
    </section>
  );
}
