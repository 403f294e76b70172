'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { apiGet } from '../_api/api';
import type { Me, SetupStatus } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';

/** Decides where `/` goes: /setup on first run, /trajecten when logged in, else /login. */
export function Doorsturen() {
  const router = useRouter();
  const [fout, setFout] = useState<string | null>(null);

  useEffect(() => {
    let actief = true;
    void (async () => {
      const setup = await apiGet<SetupStatus>('/api/setup');
      if (!actief) return;
      if (!setup.ok) return setFout(setup.error);
      if (setup.data.nodig) return router.replace('/setup');
      const me = await apiGet<Me>('/api/me');
      if (!actief) return;
      router.replace(me.ok && me.data.begeleider ? '/trajecten' : '/login');
    })();
    return () => {
      actief = false;
    };
  }, [router]);

  return (
    <div className="pagina">
      <h1 className="visueel-verborgen">{nl.app.naam}</h1>
      {fout ? <Melding soort="fout">{fout}</Melding> : <Laden tekst={nl.start.doorsturen} />}
    </div>
  );
}
