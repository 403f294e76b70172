import { formatDatum, nl } from '../../lib/i18n/nl';
import type { Traject } from '../_api/typen';

/** Vraagstuk, einddoel, einddatum, trekker and begeleiders of a traject. */
export function TrajectDetails({ traject }: { traject: Traject }) {
  return (
    <section className="kaart" aria-labelledby="traject-details">
      <h2 id="traject-details">{nl.traject.details}</h2>
      <dl className="gegevens">
        <dt>{nl.traject.vraagstuk}</dt>
        <dd>{traject.vraagstuk || nl.traject.nietIngevuld}</dd>
        <dt>{nl.traject.einddoel}</dt>
        <dd>{traject.einddoel || nl.traject.nietIngevuld}</dd>
        <dt>{nl.traject.einddatum}</dt>
        <dd>{traject.einddatum ? formatDatum(traject.einddatum) : nl.traject.nietIngevuld}</dd>
        <dt>{nl.traject.trekker}</dt>
        <dd>{traject.trekker || nl.traject.geenTrekker}</dd>
        <dt>{nl.traject.begeleiders}</dt>
        <dd>{traject.begeleiders.map((b) => b.naam).join(', ')}</dd>
      </dl>
    </section>
  );
}
