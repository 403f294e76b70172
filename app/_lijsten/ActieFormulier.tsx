'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { Melding } from '../_components/Melding';
import { Veld } from '../_components/Veld';

/** Add an actie: wat / wie / wanneer. The caller adds where it came from. */
export function ActieFormulier({
  voegToe,
}: {
  voegToe: (input: { wat: string; wie: string; wanneer: string }) => Schrijfuitkomst<{ id: string }>;
}) {
  const [wat, setWat] = useState('');
  const [wie, setWie] = useState('');
  const [wanneer, setWanneer] = useState('');
  const [fout, setFout] = useState(false);

  function verstuur(e: FormEvent) {
    e.preventDefault();
    const uit = voegToe({ wat, wie, wanneer });
    setFout(!uit.ok);
    if (uit.ok) {
      setWat('');
      setWie('');
      setWanneer('');
    }
  }

  return (
    <form className="formulier--rij" onSubmit={verstuur} aria-label={nl.acties.nieuw}>
      <Veld label={nl.acties.wat} verplicht breed>
        {(ids) => <input {...ids} type="text" maxLength={1000} value={wat} onChange={(e) => setWat(e.target.value)} />}
      </Veld>
      <Veld label={nl.acties.wie}>
        {(ids) => <input {...ids} type="text" maxLength={200} value={wie} onChange={(e) => setWie(e.target.value)} />}
      </Veld>
      <Veld label={nl.acties.wanneer}>
        {(ids) => <input {...ids} type="date" value={wanneer} onChange={(e) => setWanneer(e.target.value)} />}
      </Veld>
      <button type="submit" className="knop knop--primair">
        {nl.acties.voegToe}
      </button>
      {fout && <Melding soort="fout">{nl.app.onbekendeFout}</Melding>}
    </form>
  );
}
