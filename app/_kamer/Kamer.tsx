'use client';

import dynamic from 'next/dynamic';
import Link from 'next/link';
import { nl } from '../../lib/i18n/nl';
import { useApi } from '../_api/useApi';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';

// The live room needs the browser (WebSocket, Yjs, socket.io): load it on the
// client only, so the server never evaluates a second copy of Yjs. Its code
// is fetched as soon as this module runs in the browser, not only when
// hydration reaches the component.
const laadKamerLive = () => import('./KamerLive').then((m) => m.KamerLive);
if (typeof window !== 'undefined') void laadKamerLive();
const KamerLive = dynamic(laadKamerLive, {
  ssr: false,
  loading: () => (
    <div className="kamer">
      <Laden tekst={nl.kamer.verbinden} />
    </div>
  ),
});

/**
 * The room: loads the bijeenkomst and, at the same time, the live room's
 * code, which connects at once (see KamerLive). A refusal replaces the room.
 */
export function Kamer({ id }: { id: string }) {
  const { staat, herlaad } = useApi<Bijeenkomst>(`/api/bijeenkomsten/${encodeURIComponent(id)}`);
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
  return <KamerLive id={id} bijeenkomst={staat.soort === 'ok' ? staat.data : null} herlaad={herlaad} />;
}
