'use client';

import dynamic from 'next/dynamic';
import { useRouter } from 'next/navigation';
import { useEffect } from 'react';
import { nl } from '../../lib/i18n/nl';
import { useApi } from '../_api/useApi';
import type { Traject } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { TrajectDetails } from './TrajectDetails';
import { Planning } from './Planning';
import { DeelLinks } from './DeelLinks';
import { Deelnemers } from './Deelnemers';
import { VraagstukOpTraject } from '../_werkvormen/vraagstuk/OpHetTraject';

// Live lists need the browser (Yjs over WebSocket): client only, like the room.
const TrajectLive = dynamic(() => import('./TrajectLive').then((m) => m.TrajectLive), {
  ssr: false,
  loading: () => <Laden tekst={nl.sync.laden} />,
});

/**
 * The traject page. Facilitators see planning controls and the share links;
 * participants and observers see the same traject without them.
 */
export function TrajectPagina({ id }: { id: string }) {
  const router = useRouter();
  const { staat, herlaad } = useApi<Traject>(`/api/trajecten/${encodeURIComponent(id)}`);

  useEffect(() => {
    if (staat.soort === 'fout' && staat.status === 401) router.replace(`/login?terug=/trajecten/${encodeURIComponent(id)}`);
  }, [staat, router, id]);

  if (staat.soort === 'laden') return <div className="pagina"><Laden /></div>;
  if (staat.soort === 'fout') {
    const tekst = staat.status === 404 ? nl.traject.nietGevonden : staat.status === 403 ? nl.traject.geenToegang : staat.error;
    return (
      <div className="pagina">
        <h1>{nl.kop.trajecten}</h1>
        {staat.status !== 401 && <Melding soort="fout">{tekst}</Melding>}
      </div>
    );
  }

  const traject = staat.data;
  const isBegeleider = traject.ik.soort === 'begeleider';
  return (
    <div className="pagina pagina--breed">
      <p className="klein zacht" style={{ margin: 0 }}>
        <span className="label">{nl.trajectTypes[traject.type].naam}</span> {traject.thema}
      </p>
      <h1>{traject.titel}</h1>
      <div className="raster">
        <div>
          <TrajectDetails traject={traject} />
          <Planning traject={traject} isBegeleider={isBegeleider} onGewijzigd={herlaad} />
        </div>
        <div>
          {isBegeleider && <DeelLinks traject={traject} />}
          <Deelnemers traject={traject} />
        </div>
      </div>
      <TrajectLive traject={traject} />
      <VraagstukOpTraject traject={traject} />
    </div>
  );
}
