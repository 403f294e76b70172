'use client';

import { useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiSend } from '../_api/api';
import type { Traject } from '../_api/typen';
import { KopieerLink } from '../_components/KopieerLink';
import { Melding } from '../_components/Melding';

/** Join and observer links, and a co-facilitator invitation (facilitators only). */
export function DeelLinks({ traject }: { traject: Traject }) {
  const [uitnodiging, setUitnodiging] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);

  async function nodigUit() {
    setFout(null);
    const uit = await apiSend<{ url: string }>(`/api/trajecten/${encodeURIComponent(traject.id)}/uitnodigingen`, {});
    if (uit.ok) setUitnodiging(uit.data.url);
    else setFout(uit.error);
  }

  return (
    <section className="kaart" aria-labelledby="traject-links">
      <h2 id="traject-links">{nl.traject.links}</h2>
      {traject.joinUrl && <KopieerLink label={nl.traject.deelnemerslink} uitleg={nl.traject.deelnemerslinkUitleg} url={traject.joinUrl} />}
      {traject.waarnemerUrl && (
        <KopieerLink label={nl.traject.waarnemerslink} uitleg={nl.traject.waarnemerslinkUitleg} url={traject.waarnemerUrl} />
      )}
      <h3>{nl.traject.medebegeleider}</h3>
      <p className="veld__hint">{nl.traject.medebegeleiderUitleg}</p>
      {fout && <Melding soort="fout">{fout}</Melding>}
      {uitnodiging ? (
        <KopieerLink label={nl.traject.uitnodigingslink} url={uitnodiging} />
      ) : (
        <button type="button" className="knop" onClick={nodigUit}>
          {nl.traject.medebegeleider}
        </button>
      )}
    </section>
  );
}
