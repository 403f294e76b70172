'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import type { Speerpunt } from '../../lib/sync/speerpunten';
import { Melding } from '../_components/Melding';
import { Veld } from '../_components/Veld';

/**
 * Add an actie: wat / wie / wanneer and, when the caller passes the
 * traject's speerpunten (the Afsluiting), optionally one of them. The caller
 * adds where it came from.
 */
export function ActieFormulier({
  voegToe,
  speerpunten,
}: {
  voegToe: (input: { wat: string; wie: string; wanneer: string; speerpuntId: string | null }) => Schrijfuitkomst<{ id: string }>;
  speerpunten?: readonly Speerpunt[];
}) {
  const [wat, setWat] = useState('');
  const [wie, setWie] = useState('');
  const [wanneer, setWanneer] = useState('');
  const [speerpuntId, setSpeerpuntId] = useState('');
  const [fout, setFout] = useState(false);

  function verstuur(e: FormEvent) {
    e.preventDefault();
    const uit = voegToe({ wat, wie, wanneer, speerpuntId: speerpuntId || null });
    setFout(!uit.ok);
    if (uit.ok) {
      setWat('');
      setWie('');
      setWanneer('');
      setSpeerpuntId('');
    }
  }

  return (
    <form className={speerpunten ? 'formulier--rij actieformulier' : 'formulier--rij'} onSubmit={verstuur} aria-label={nl.acties.nieuw}>
      <Veld label={nl.acties.wat} verplicht breed>
        {(ids) => <input {...ids} type="text" maxLength={1000} value={wat} onChange={(e) => setWat(e.target.value)} />}
      </Veld>
      <Veld label={nl.acties.wie}>
        {(ids) => <input {...ids} type="text" maxLength={200} value={wie} onChange={(e) => setWie(e.target.value)} />}
      </Veld>
      <Veld label={nl.acties.wanneer}>
        {(ids) => <input {...ids} type="date" value={wanneer} onChange={(e) => setWanneer(e.target.value)} />}
      </Veld>
      {speerpunten && speerpunten.length > 0 && (
        <Veld label={nl.afsluiting.speerpunt}>
          {(ids) => (
            <select {...ids} value={speerpuntId} onChange={(e) => setSpeerpuntId(e.target.value)}>
              <option value="">{nl.afsluiting.geenSpeerpunt}</option>
              {speerpunten.map((s) => (
                <option key={s.id} value={s.id}>
                  {s.titel}
                </option>
              ))}
            </select>
          )}
        </Veld>
      )}
      <button type="submit" className="knop knop--primair">
        {nl.acties.voegToe}
      </button>
      {fout && <Melding soort="fout">{nl.app.onbekendeFout}</Melding>}
    </form>
  );
}
