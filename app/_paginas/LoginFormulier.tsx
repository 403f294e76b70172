'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiSend } from '../_api/api';
import { Melding } from '../_components/Melding';
import { Pagina } from '../_components/Pagina';
import { Veld } from '../_components/Veld';

/** `/login` for facilitators. */
export function LoginFormulier({ terug }: { terug: string }) {
  const router = useRouter();
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    const uit = await apiSend('/api/auth/login', { email, wachtwoord });
    setBezig(false);
    if (!uit.ok) return setFout(uit.error);
    router.push(terug);
  }

  return (
    <Pagina titel={nl.login.titel} intro={nl.login.intro}>
      <form className="formulier kaart" onSubmit={verstuur}>
        {fout && <Melding soort="fout">{fout}</Melding>}
        <Veld label={nl.login.email} verplicht>
          {(ids) => <input {...ids} type="email" autoComplete="username" value={email} onChange={(e) => setEmail(e.target.value)} />}
        </Veld>
        <Veld label={nl.login.wachtwoord} verplicht>
          {(ids) => (
            <input {...ids} type="password" autoComplete="current-password" value={wachtwoord} onChange={(e) => setWachtwoord(e.target.value)} />
          )}
        </Veld>
        <div>
          <button type="submit" className="knop knop--primair" disabled={bezig}>
            {bezig ? nl.login.bezig : nl.login.knop}
          </button>
        </div>
      </form>
    </Pagina>
  );
}
