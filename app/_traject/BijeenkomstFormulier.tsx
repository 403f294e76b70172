'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiSend } from '../_api/api';
import { Melding } from '../_components/Melding';
import { Veld } from '../_components/Veld';

/** Plan a bijeenkomst: datum (local date-time, sent as ISO) and intentie. */
export function BijeenkomstFormulier({
  trajectId,
  voorstel,
  onToegevoegd,
}: {
  trajectId: string;
  /** First proposed date (YYYY-MM-DD), used to prefill. */
  voorstel?: string;
  onToegevoegd: () => Promise<void>;
}) {
  const [datum, setDatum] = useState(voorstel ? `${voorstel}T13:30` : '');
  const [intentie, setIntentie] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const moment = new Date(datum);
    if (Number.isNaN(moment.getTime())) return setFout(nl.app.onbekendeFout);
    setBezig(true);
    setFout(null);
    const uit = await apiSend<{ id: string }>(`/api/trajecten/${encodeURIComponent(trajectId)}/bijeenkomsten`, {
      datum: moment.toISOString(),
      intentie,
    });
    setBezig(false);
    if (!uit.ok) return setFout(uit.error);
    setIntentie('');
    await onToegevoegd();
  }

  return (
    <form className="formulier" onSubmit={verstuur} aria-labelledby="nieuwe-bijeenkomst">
      <h3 id="nieuwe-bijeenkomst">{nl.traject.nieuweBijeenkomst}</h3>
      {fout && <Melding soort="fout">{fout}</Melding>}
      <Veld label={nl.traject.datum} verplicht>
        {(ids) => <input {...ids} type="datetime-local" value={datum} onChange={(e) => setDatum(e.target.value)} />}
      </Veld>
      <Veld label={nl.traject.intentie} hint={nl.traject.intentieHint} verplicht>
        {(ids) => <textarea {...ids} rows={2} maxLength={1000} value={intentie} onChange={(e) => setIntentie(e.target.value)} />}
      </Veld>
      <div>
        <button type="submit" className="knop knop--primair" disabled={bezig}>
          {nl.traject.voegToe}
        </button>
      </div>
    </form>
  );
}
