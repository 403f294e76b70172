'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import type { TrajectType } from '../../lib/protocol';
import { apiSend } from '../_api/api';
import { Melding } from '../_components/Melding';
import { Pagina } from '../_components/Pagina';
import { Veld } from '../_components/Veld';

const TYPES: readonly TrajectType[] = ['werkplaats', 'leernetwerk'];

/** `/trajecten/nieuw`: create a traject, then open it. */
export function NieuwTrajectFormulier() {
  const router = useRouter();
  const [type, setType] = useState<TrajectType>('werkplaats');
  const [titel, setTitel] = useState('');
  const [thema, setThema] = useState('');
  const [vraagstuk, setVraagstuk] = useState('');
  const [einddoel, setEinddoel] = useState('');
  const [einddatum, setEinddatum] = useState('');
  const [trekker, setTrekker] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    const body = {
      type,
      titel,
      thema,
      vraagstuk,
      einddoel,
      ...(einddatum ? { einddatum } : {}),
      ...(trekker.trim() ? { trekker } : {}),
    };
    const uit = await apiSend<{ id: string }>('/api/trajecten', body);
    if (!uit.ok) {
      setBezig(false);
      if (uit.status === 401) return router.push('/login?terug=/trajecten/nieuw');
      return setFout(uit.error);
    }
    router.push(`/trajecten/${uit.data.id}`);
  }

  return (
    <Pagina titel={nl.nieuwTraject.titel} intro={nl.nieuwTraject.intro}>
      <form className="formulier kaart" onSubmit={verstuur}>
        {fout && <Melding soort="fout">{fout}</Melding>}
        <fieldset>
          <legend>{nl.nieuwTraject.type}</legend>
          <div className="keuzes">
            {TYPES.map((t) => (
              // The whole card is the click target; the name alone is the accessible name.
              <label key={t} className="keuze">
                <input
                  type="radio"
                  name="type"
                  value={t}
                  checked={type === t}
                  onChange={() => setType(t)}
                  aria-labelledby={`type-${t}`}
                  aria-describedby={`type-${t}-uitleg`}
                />
                <span>
                  <span className="keuze__naam" id={`type-${t}`}>
                    {nl.trajectTypes[t].naam}
                  </span>
                  <span className="keuze__uitleg" id={`type-${t}-uitleg`}>
                    {nl.trajectTypes[t].uitleg}
                  </span>
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        <Veld label={nl.nieuwTraject.titelVeld} verplicht>
          {(ids) => <input {...ids} type="text" maxLength={200} value={titel} onChange={(e) => setTitel(e.target.value)} />}
        </Veld>
        <Veld label={nl.nieuwTraject.thema} hint={nl.nieuwTraject.themaHint} verplicht>
          {(ids) => <input {...ids} type="text" maxLength={200} value={thema} onChange={(e) => setThema(e.target.value)} />}
        </Veld>
        <Veld label={nl.nieuwTraject.vraagstuk} hint={nl.nieuwTraject.vraagstukHint} verplicht>
          {(ids) => <textarea {...ids} rows={3} value={vraagstuk} onChange={(e) => setVraagstuk(e.target.value)} />}
        </Veld>
        <Veld label={nl.nieuwTraject.einddoel} hint={nl.nieuwTraject.einddoelHint} verplicht>
          {(ids) => <textarea {...ids} rows={2} value={einddoel} onChange={(e) => setEinddoel(e.target.value)} />}
        </Veld>
        <div className="formulier--rij">
          <Veld label={nl.nieuwTraject.einddatum}>
            {(ids) => <input {...ids} type="date" value={einddatum} onChange={(e) => setEinddatum(e.target.value)} />}
          </Veld>
          <Veld label={nl.nieuwTraject.trekker} hint={nl.nieuwTraject.trekkerHint}>
            {(ids) => <input {...ids} type="text" maxLength={200} value={trekker} onChange={(e) => setTrekker(e.target.value)} />}
          </Veld>
        </div>
        <div>
          <button type="submit" className="knop knop--primair" disabled={bezig}>
            {bezig ? nl.nieuwTraject.bezig : nl.nieuwTraject.maakAan}
          </button>
        </div>
      </form>
    </Pagina>
  );
}
