'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { nlVerslag as t } from '../../lib/i18n/nl-verslag';
import { useApi } from '../_api/useApi';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { VerslagBewerker } from './VerslagBewerker';
import { VerslagLezer } from './VerslagLezer';
import './verslag.css';

/**
 * `/bijeenkomsten/<id>/verslag`: the begeleider edits and shares the verslag;
 * participants read it once it is shared. Prints as the document alone.
 */
export function VerslagPagina({ id }: { id: string }) {
  const router = useRouter();
  const pad = `/api/bijeenkomsten/${encodeURIComponent(id)}`;
  const { staat } = useApi<Bijeenkomst>(pad);

  useEffect(() => {
    if (staat.soort === 'fout' && staat.status === 401) router.replace(`/login?terug=/bijeenkomsten/${encodeURIComponent(id)}/verslag`);
  }, [staat, router, id]);

  if (staat.soort === 'laden') return <div className="pagina"><Laden tekst={t.pagina.laden} /></div>;
  if (staat.soort === 'fout') {
    const tekst = staat.status === 404 ? t.pagina.nietGevonden : staat.status === 403 ? t.pagina.geenToegang : staat.error;
    return (
      <div className="pagina">
        <h1>{t.pagina.kop}</h1>
        {staat.status !== 401 && <Melding soort="fout">{tekst}</Melding>}
      </div>
    );
  }
  const b = staat.data;
  const terug = (
    <nav className="knoppen verslag-niet-printen" aria-label={t.pagina.naarTraject}>
      <Link href={`/trajecten/${encodeURIComponent(b.trajectId)}`}>{t.pagina.naarTraject}</Link>
      <Link href={`/bijeenkomsten/${encodeURIComponent(b.id)}`}>{t.pagina.naarBijeenkomst}</Link>
    </nav>
  );
  if (b.status !== 'afgesloten') {
    return (
      <div className="pagina">
        <h1>{t.pagina.titel(b.nummer)}</h1>
        <Melding soort="info">{t.pagina.nogNietAfgesloten}</Melding>
        {terug}
      </div>
    );
  }
  return (
    <div className="pagina pagina--breed verslag-pagina">
      {terug}
      {b.ik.soort === 'begeleider' ? <VerslagBewerker bijeenkomst={b} /> : <VerslagLezer bijeenkomst={b} />}
    </div>
  );
}
