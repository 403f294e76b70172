'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { nl } from '../../lib/i18n/nl';
import { useApi } from '../_api/useApi';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';

// The live room needs the browser (WebSocket, Yjs, socket.io): load it on the
// client only, so the server never evaluates a second copy of Yjs.
const KamerLive = dynamic(() => import('./KamerLive').then((m) => m.KamerLive), {
  ssr: false,
  loading: () => <Laden tekst={nl.kamer.verbinden} />,
});

/** Loads the bijeenkomst, then opens the live room. */
export function Kamer({ id }: { id: string }) {
  const { staat, herlaad } = useApi<Bijeenkomst>(`/api/bijeenkomsten/${encodeURIComponent(id)}`);
  if (staat.soort === 'laden') return <div className="kamer"><Laden tekst={nl.kamer.verbinden} /></div>;
  if (staat.soort === 'fout') {
    const tekst =
      staat.status === 404 ? nl.kamer.nietGevonden : staat.status === 401 || staat.status === 403 ? nl.kamer.geenToegang : staat.error;
    return (
      <div className="pagina">
        <h1>{nl.kamer.ruimte}</h1>
        <Melding soort="fout">{tekst}</Melding>
        {staat.status === 401 && <Link href={`/login?terug=/bijeenkomsten/${encodeURIComponent(id)}`}>{nl.login.titel}</Link>}
      </div>
    );
  }
  return <KamerLive bijeenkomst={staat.data} herlaad={herlaad} />;
}
