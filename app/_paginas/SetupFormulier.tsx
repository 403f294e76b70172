'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect, useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiGet, apiSend } from '../_api/api';
import type { SetupStatus } from '../_api/typen';
import { Melding } from '../_components/Melding';
import { Pagina } from '../_components/Pagina';
import { Veld } from '../_components/Veld';

/** `/setup`: the first facilitator account. */
export function SetupFormulier() {
  const router = useRouter();
  const [nodig, setNodig] = useState<boolean | null>(null);
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  useEffect(() => {
    void apiGet<SetupStatus>('/api/setup').then((uit) => setNodig(uit.ok ? uit.data.nodig : true));
  }, []);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    if (wachtwoord.length < 10) return setFout(nl.setup.wachtwoordTeKort);
    setBezig(true);
    setFout(null);
    const uit = await apiSend('/api/setup', { naam, email, wachtwoord });
    setBezig(false);
    if (!uit.ok) return setFout(uit.error);
    router.push('/trajecten');
  }

  if (nodig === false) {
    return (
      <Pagina titel={nl.setup.titel}>
        <Melding soort="info">{nl.setup.alIngericht}</Melding>
        <Link href="/login" className="knop knop--primair">
          {nl.setup.naarLogin}
        </Link>
      </Pagina>
    );
  }

  return (
    <Pagina titel={nl.setup.titel} intro={nl.setup.intro}>
      <form className="formulier kaart" onSubmit={verstuur} noValidate={false}>
        {fout && <Melding soort="fout">{fout}</Melding>}
        <Veld label={nl.setup.naam} verplicht>
          {(ids) => <input {...ids} type="text" autoComplete="name" value={naam} onChange={(e) => setNaam(e.target.value)} />}
        </Veld>
        <Veld label={nl.setup.email} verplicht>
          {(ids) => <input {...ids} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Veld>
        <Veld label={nl.setup.wachtwoord} hint={nl.setup.wachtwoordHint} verplicht>
          {(ids) => (
            <input
              {...ids}
              type="password"
              autoComplete="new-password"
              minLength={10}
              value={wachtwoord}
              onChange={(e) => setWachtwoord(e.target.value)}
            />
          )}
        </Veld>
        <div>
          <button type="submit" className="knop knop--primair" disabled={bezig}>
            {nl.setup.maakAan}
          </button>
        </div>
      </form>
    </Pagina>
  );
}
