'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { MAX_KLETSVRAAG, type KletspotOverzicht } from '../../../lib/werkvormen/kletspot/schema';
import { apiSend } from '../../_api/api';
import { useApi } from '../../_api/useApi';
import type { Traject } from '../../_api/typen';
import { Melding } from '../../_components/Melding';
import { Veld } from '../../_components/Veld';
import './kletspot.css';

const t = nl.vraagstuk.kletspot;

/**
 * The kletspot on the traject page: anyone in the traject (not observers)
 * drops an anonymous question between bijeenkomsten; the questions drawn so
 * far are listed, the others stay hidden until drawn.
 */
export function KletspotTraject({ traject }: { traject: Traject }) {
  const pad = `/api/trajecten/${encodeURIComponent(traject.id)}/kletspot`;
  const { staat, herlaad } = useApi<KletspotOverzicht>(pad);
  const [vraag, setVraag] = useState('');
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const magVragen = traject.ik.soort !== 'waarnemer';

  async function stuur(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    const uit = await apiSend<{ open: number }>(pad, { vraag });
    setBezig(false);
    if (uit.ok) {
      setVraag('');
      setMelding({ soort: 'succes', tekst: t.ingestuurd });
      await herlaad();
    } else setMelding({ soort: 'fout', tekst: uit.error });
  }

  return (
    <section className="kaart" aria-labelledby="kletspot-kop">
      <h2 id="kletspot-kop">{t.titel}</h2>
      <p className="klein zacht">{t.uitleg}</p>
      {staat.soort === 'ok' && (
        <p className="klein" role="status">
          {t.inDePot(staat.data.open)}
        </p>
      )}
      {magVragen ? (
        <form className="formulier kp-formulier" aria-label={t.titel} onSubmit={stuur}>
          <Veld label={t.vraag} hint={t.vraagHint} verplicht>
            {(ids) => <textarea {...ids} rows={2} maxLength={MAX_KLETSVRAAG} value={vraag} onChange={(e) => setVraag(e.target.value)} />}
          </Veld>
          <div className="knoppen">
            <button type="submit" className="knop knop--primair" disabled={bezig || vraag.trim().length === 0}>
              {t.insturen}
            </button>
          </div>
          {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
        </form>
      ) : (
        <p className="klein zacht">{t.waarnemer}</p>
      )}
      {staat.soort === 'ok' && staat.data.getrokken.length > 0 && (
        <>
          <h3>{t.getrokkenTitel}</h3>
          <ul>
            {staat.data.getrokken.map((v) => (
              <li key={v.id}>
                {v.vraag}{' '}
                <span className="klein zacht">
                  ({t.getrokkenIn(v.nummer)}
                  {v.bestemming ? `, ${t.bestemmingen[v.bestemming]}` : ''})
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {staat.soort === 'fout' && <Melding soort="fout">{staat.error}</Melding>}
    </section>
  );
}
