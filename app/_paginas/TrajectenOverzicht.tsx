'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { formatDatum, nl } from '../../lib/i18n/nl';
import { useApi } from '../_api/useApi';
import type { TrajectSamenvatting } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';

/** `/trajecten`: the facilitator's dashboard. */
export function TrajectenOverzicht() {
  const router = useRouter();
  const { staat } = useApi<{ trajecten: TrajectSamenvatting[] }>('/api/trajecten');

  useEffect(() => {
    if (staat.soort === 'fout' && staat.status === 401) router.replace('/login?terug=/trajecten');
  }, [staat, router]);

  return (
    <div className="pagina pagina--breed">
      <div className="kaart__kop">
        <h1>{nl.trajecten.titel}</h1>
        <Link href="/trajecten/nieuw" className="knop knop--primair">
          {nl.trajecten.nieuw}
        </Link>
      </div>
      {staat.soort === 'laden' && <Laden />}
      {staat.soort === 'fout' && staat.status !== 401 && <Melding soort="fout">{staat.error}</Melding>}
      {staat.soort === 'ok' &&
        (staat.data.trajecten.length === 0 ? (
          <p className="leeg">{nl.trajecten.leeg}</p>
        ) : (
          <ul className="trajectkaarten">
            {staat.data.trajecten.map((t) => (
              <li key={t.id} className="kaart trajectkaart">
                <p className="klein zacht" style={{ margin: 0 }}>
                  <span className="label">{nl.trajectTypes[t.type].naam}</span> {t.thema}
                </p>
                <h2>
                  <Link href={`/trajecten/${t.id}`}>{t.titel}</Link>
                </h2>
                <p className="klein zacht" style={{ margin: 0 }}>
                  {t.einddatum ? `${nl.trajecten.einddatum}: ${formatDatum(t.einddatum)}` : nl.trajecten.geenEinddatum}
                  {' · '}
                  {nl.trajecten.aantalBijeenkomsten(t.aantalBijeenkomsten)}
                  {' · '}
                  {nl.trajecten.aantalDeelnemers(t.aantalDeelnemers)}
                </p>
                {t.verwijderOp && (
                  <Melding soort="waarschuwing">{nl.trajecten.verwijderOp(formatDatum(t.verwijderOp))}</Melding>
                )}
              </li>
            ))}
          </ul>
        ))}
    </div>
  );
}
