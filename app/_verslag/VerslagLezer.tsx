'use client';

import { useEffect, useMemo, useState } from 'react';
import { nlVerslag as t } from '../../lib/i18n/nl-verslag';
import { nl } from '../../lib/i18n/nl';
import { leesMarkdown } from '../../lib/verslag/leesMarkdown';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding } from '../_components/Melding';
import { VerslagDownloads } from './VerslagDownloads';
import { VerslagWeergave } from './VerslagWeergave';

type Staat = { soort: 'laden' } | { soort: 'ok'; tekst: string } | { soort: 'fout'; bericht: string };

/** A participant's view of a shared verslag: read, print, download. */
export function VerslagLezer({ bijeenkomst }: { bijeenkomst: Bijeenkomst }) {
  const [staat, setStaat] = useState<Staat>({ soort: 'laden' });

  useEffect(() => {
    let actief = true;
    void (async () => {
      let volgende: Staat;
      try {
        const res = await fetch(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/verslag?format=md`, { credentials: 'same-origin', cache: 'no-store' });
        if (res.ok) volgende = { soort: 'ok', tekst: await res.text() };
        else if (res.status === 403) volgende = { soort: 'fout', bericht: t.pagina.nietGedeeld };
        else {
          const json = (await res.json().catch(() => null)) as { error?: unknown } | null;
          volgende = { soort: 'fout', bericht: typeof json?.error === 'string' ? json.error : nl.app.onbekendeFout };
        }
      } catch {
        volgende = { soort: 'fout', bericht: nl.app.geenVerbinding };
      }
      if (actief) setStaat(volgende);
    })();
    return () => {
      actief = false;
    };
  }, [bijeenkomst.id]);

  const document = useMemo(() => (staat.soort === 'ok' ? leesMarkdown(staat.tekst) : null), [staat]);

  if (staat.soort === 'laden') return <Laden tekst={t.pagina.laden} />;
  if (staat.soort === 'fout' || !document) {
    return (
      <>
        <h1>{t.pagina.titel(bijeenkomst.nummer)}</h1>
        <Melding soort="info">{staat.soort === 'fout' ? staat.bericht : nl.app.onbekendeFout}</Melding>
      </>
    );
  }
  return (
    <>
      <div className="verslag-werkbalk verslag-niet-printen">
        <span>{t.pagina.downloads}:</span>
        <VerslagDownloads bijeenkomstId={bijeenkomst.id} nummer={bijeenkomst.nummer} />
        <button type="button" className="knop knop--klein" onClick={() => window.print()}>
          {t.pagina.afdrukken}
        </button>
      </div>
      <VerslagWeergave document={document} bijeenkomstId={bijeenkomst.id} />
    </>
  );
}
