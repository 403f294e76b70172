'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiSend } from '../_api/api';
import { useApi } from '../_api/useApi';
import type { Me, UitnodigingInfo } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { Pagina } from '../_components/Pagina';
import { Veld } from '../_components/Veld';

/** Accept a co-facilitator invitation: one click when logged in, else make an account. */
export function UitnodigingAccepteren({ token }: { token: string }) {
  const router = useRouter();
  const pad = `/api/uitnodigingen/${encodeURIComponent(token)}`;
  const { staat } = useApi<UitnodigingInfo>(pad);
  const { staat: me } = useApi<Me>('/api/me');
  const [naam, setNaam] = useState('');
  const [email, setEmail] = useState('');
  const [wachtwoord, setWachtwoord] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function accepteer(body: object) {
    setBezig(true);
    setFout(null);
    const uit = await apiSend<{ trajectId: string }>(pad, body);
    if (!uit.ok) {
      setBezig(false);
      return setFout(uit.error);
    }
    router.push(`/trajecten/${uit.data.trajectId}`);
  }

  function maakAccount(e: FormEvent) {
    e.preventDefault();
    if (wachtwoord.length < 10) return setFout(nl.setup.wachtwoordTeKort);
    void accepteer({ naam, email, wachtwoord });
  }

  if (staat.soort === 'laden' || me.soort === 'laden') return <div className="pagina"><Laden /></div>;
  if (staat.soort === 'fout') {
    return (
      <Pagina titel={nl.app.naam}>
        <Melding soort="fout">{staat.status === 404 ? nl.uitnodiging.ongeldig : staat.error}</Melding>
      </Pagina>
    );
  }
  const begeleider = me.soort === 'ok' ? me.data.begeleider : null;
  return (
    <Pagina titel={nl.uitnodiging.titel(staat.data.trajectTitel)} intro={nl.uitnodiging.intro}>
      {fout && <Melding soort="fout">{fout}</Melding>}
      {begeleider ? (
        <div className="kaart">
          <p>{nl.uitnodiging.ingelogdAls(begeleider.naam)}</p>
          <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void accepteer({})}>
            {nl.uitnodiging.accepteer}
          </button>
        </div>
      ) : (
        <form className="formulier kaart" onSubmit={maakAccount}>
          <p>{nl.uitnodiging.maakAccount}</p>
          <Veld label={nl.uitnodiging.naam} verplicht>
            {(ids) => <input {...ids} type="text" autoComplete="name" value={naam} onChange={(e) => setNaam(e.target.value)} />}
          </Veld>
          <Veld label={nl.uitnodiging.email} verplicht>
            {(ids) => <input {...ids} type="email" autoComplete="email" value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Veld>
          <Veld label={nl.uitnodiging.wachtwoord} hint={nl.setup.wachtwoordHint} verplicht>
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
          <div className="knoppen">
            <button type="submit" className="knop knop--primair" disabled={bezig}>
              {nl.uitnodiging.knopAccount}
            </button>
            <span className="zacht">
              {nl.uitnodiging.alAccount}{' '}
              <Link href={`/login?terug=${encodeURIComponent(`/uitnodiging/${token}`)}`}>{nl.uitnodiging.logEerstIn}</Link>
            </span>
          </div>
        </form>
      )}
    </Pagina>
  );
}
