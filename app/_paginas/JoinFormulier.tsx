'use client';

import { useRouter } from 'next/navigation';
import { useState, type FormEvent } from 'react';
import { nl } from '../../lib/i18n/nl';
import { ROLLEN, type Rol } from '../../lib/protocol';
import { apiSend } from '../_api/api';
import { useApi } from '../_api/useApi';
import type { JoinAntwoord, JoinInfo } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { Pagina } from '../_components/Pagina';
import { Veld } from '../_components/Veld';

/** Naam, organisatie and rol; then straight into the live (or next) bijeenkomst. */
export function JoinFormulier({ token }: { token: string }) {
  const router = useRouter();
  const pad = `/api/join/${encodeURIComponent(token)}`;
  const { staat } = useApi<JoinInfo>(pad);
  const [naam, setNaam] = useState('');
  const [organisatie, setOrganisatie] = useState('');
  const [rol, setRol] = useState<Rol>('uitvoering');
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    setBezig(true);
    setFout(null);
    const waarnemer = staat.soort === 'ok' && staat.data.soort === 'waarnemer';
    const uit = await apiSend<JoinAntwoord>(pad, waarnemer ? { naam, organisatie } : { naam, organisatie, rol });
    if (!uit.ok) {
      setBezig(false);
      return setFout(uit.error);
    }
    router.push(uit.data.bijeenkomstId ? `/bijeenkomsten/${uit.data.bijeenkomstId}` : `/trajecten/${uit.data.trajectId}`);
  }

  if (staat.soort === 'laden') return <div className="pagina"><Laden /></div>;
  if (staat.soort === 'fout') {
    return (
      <Pagina titel={nl.app.naam}>
        <Melding soort="fout">{staat.status === 404 ? nl.join.ongeldig : staat.error}</Melding>
      </Pagina>
    );
  }
  const info = staat.data;
  return (
    <Pagina titel={nl.join.titel(info.trajectTitel)} intro={info.soort === 'waarnemer' ? nl.join.introWaarnemer : nl.join.intro}>
      <form className="formulier kaart" onSubmit={verstuur}>
        {fout && <Melding soort="fout">{fout}</Melding>}
        <Veld label={nl.join.naam} verplicht>
          {(ids) => <input {...ids} type="text" autoComplete="name" maxLength={100} value={naam} onChange={(e) => setNaam(e.target.value)} />}
        </Veld>
        <Veld label={nl.join.organisatie} verplicht>
          {(ids) => (
            <input
              {...ids}
              type="text"
              autoComplete="organization"
              maxLength={200}
              value={organisatie}
              onChange={(e) => setOrganisatie(e.target.value)}
            />
          )}
        </Veld>
        {info.soort === 'deelnemer' && (
        <Veld label={nl.join.rol} verplicht>
          {(ids) => (
            <select {...ids} value={rol} onChange={(e) => setRol(e.target.value as Rol)}>
              {ROLLEN.map((r) => (
                <option key={r} value={r}>
                  {nl.rollen[r]}
                </option>
              ))}
            </select>
          )}
        </Veld>
        )}
        <div>
          <button type="submit" className="knop knop--primair" disabled={bezig}>
            {bezig ? nl.join.bezig : nl.join.knop}
          </button>
        </div>
      </form>
    </Pagina>
  );
}
