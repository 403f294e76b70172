'use client';

import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { nl } from '../../lib/i18n/nl';
import { nlVerslag as t } from '../../lib/i18n/nl-verslag';
import type { VerslagTekst } from '../../lib/verslag/api';
import { leesMarkdown } from '../../lib/verslag/leesMarkdown';
import { apiSend } from '../_api/api';
import { useApi } from '../_api/useApi';
import type { Bijeenkomst } from '../_api/typen';
import { Laden } from '../_components/Laden';
import { Melding, type MeldingSoort } from '../_components/Melding';
import { VerslagDownloads } from './VerslagDownloads';
import { VerslagWeergave } from './VerslagWeergave';

async function verstuurTekst(pad: string, tekst: string) {
  // PUT is not among apiSend's methods; same shape otherwise.
  const res = await fetch(pad, {
    method: 'PUT',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ tekst }),
  }).catch(() => null);
  if (!res) return { ok: false as const, error: null };
  const json = (await res.json().catch(() => null)) as (VerslagTekst & { error?: string }) | null;
  return res.ok && json ? { ok: true as const, data: json } : { ok: false as const, error: json?.error ?? null };
}

/**
 * The begeleider's view: the generated text in an editor with a live preview,
 * save, make again from the board, share with participants, print, download.
 */
export function VerslagBewerker({ bijeenkomst }: { bijeenkomst: Bijeenkomst }) {
  const basis = `/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/verslag`;
  const { staat } = useApi<VerslagTekst>(`${basis}/tekst`);
  const [tekst, setTekst] = useState<string | null>(null);
  const [opgeslagen, setOpgeslagen] = useState<VerslagTekst | null>(null);
  const [melding, setMelding] = useState<{ soort: MeldingSoort; tekst: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const [bevestig, setBevestig] = useState(false);
  const veldId = useId();
  const uitlegId = useId();

  useEffect(() => {
    if (staat.soort === 'ok' && opgeslagen === null) {
      setOpgeslagen(staat.data);
      setTekst(staat.data.tekst);
    }
  }, [staat, opgeslagen]);

  const uitgesteld = useDeferredValue(tekst ?? '');
  const document = useMemo(() => leesMarkdown(uitgesteld), [uitgesteld]);

  if (staat.soort === 'laden' || (staat.soort === 'ok' && (tekst === null || opgeslagen === null))) return <Laden tekst={t.pagina.laden} />;
  if (staat.soort === 'fout') return <Melding soort="fout">{staat.error}</Melding>;
  if (tekst === null || opgeslagen === null) return null;

  const gewijzigd = tekst !== opgeslagen.tekst;

  const opslaan = async () => {
    setBezig(true);
    const uit = await verstuurTekst(`${basis}/tekst`, tekst);
    setBezig(false);
    if (uit.ok) {
      setOpgeslagen(uit.data);
      setMelding({ soort: 'succes', tekst: t.pagina.opgeslagen });
    } else setMelding({ soort: 'fout', tekst: uit.error ?? t.pagina.nietOpgeslagen });
  };

  const opnieuw = async () => {
    setBezig(true);
    const uit = await apiSend<VerslagTekst>(`${basis}/opnieuw`, {});
    setBezig(false);
    setBevestig(false);
    if (uit.ok) {
      setOpgeslagen(uit.data);
      setTekst(uit.data.tekst);
      setMelding({ soort: 'succes', tekst: t.pagina.opnieuwGedaan });
    } else setMelding({ soort: 'fout', tekst: uit.error });
  };

  const vrijBordWeg = async () => {
    setBezig(true);
    const res = await fetch(`${basis}/vrij-bord`, { method: 'DELETE', credentials: 'same-origin', headers: { accept: 'application/json' } }).catch(() => null);
    // The server changed the text; read it again rather than guess.
    const nieuw = res?.ok ? await fetch(`${basis}/tekst`, { credentials: 'same-origin', cache: 'no-store' }).catch(() => null) : null;
    const data = nieuw?.ok ? ((await nieuw.json().catch(() => null)) as VerslagTekst | null) : null;
    setBezig(false);
    if (data) {
      setOpgeslagen(data);
      setTekst(data.tekst);
      setMelding({ soort: 'succes', tekst: t.pagina.vrijBordWeggehaald });
    } else {
      const json = res ? ((await res.json().catch(() => null)) as { error?: string } | null) : null;
      setMelding({ soort: 'fout', tekst: json?.error ?? (res ? nl.app.onbekendeFout : nl.app.geenVerbinding) });
    }
  };

  const delen = async (gedeeld: boolean) => {
    setBezig(true);
    const uit = await apiSend<{ ok: true; gedeeld: boolean }>(`${basis}/delen`, { gedeeld });
    setBezig(false);
    if (uit.ok) {
      setOpgeslagen({ ...opgeslagen, gedeeld: uit.data.gedeeld });
      setMelding({ soort: 'succes', tekst: uit.data.gedeeld ? t.pagina.gedeeld : t.pagina.nietGedeeldBegeleider });
    } else setMelding({ soort: 'fout', tekst: uit.error });
  };

  return (
    <>
      <h1 className="verslag-niet-printen">{t.pagina.titel(bijeenkomst.nummer)}</h1>
      <div className="verslag-werkbalk verslag-niet-printen">
        <span className={opgeslagen.gedeeld ? 'label label--live' : 'label'}>
          {opgeslagen.gedeeld ? t.pagina.gedeeld : t.pagina.nietGedeeldBegeleider}
        </span>
        <span className="label">{opgeslagen.bewerkt ? t.pagina.bewerkt : t.pagina.gegenereerd}</span>
      </div>
      <div className="knoppen verslag-niet-printen">
        <button type="button" className="knop knop--primair" onClick={() => void opslaan()} disabled={bezig || !gewijzigd}>
          {bezig ? t.pagina.opslaanBezig : t.pagina.opslaan}
        </button>
        <button type="button" className="knop" onClick={() => void delen(!opgeslagen.gedeeld)} disabled={bezig || gewijzigd} aria-describedby={gewijzigd ? uitlegId : undefined}>
          {opgeslagen.gedeeld ? t.pagina.nietMeerDelen : t.pagina.delen}
        </button>
        <button type="button" className="knop" onClick={() => window.print()}>
          {t.pagina.afdrukken}
        </button>
        <button type="button" className="knop knop--stil" onClick={() => setBevestig(true)} disabled={bezig}>
          {t.pagina.opnieuw}
        </button>
        <span>{t.pagina.downloads}:</span>
        <VerslagDownloads bijeenkomstId={bijeenkomst.id} nummer={bijeenkomst.nummer} />
      </div>
      {opgeslagen.vrijBord && (
        <div className="verslag-werkbalk verslag-niet-printen">
          <span>{t.pagina.vrijBordOpgenomen}</span>
          <button type="button" className="knop knop--klein knop--stil" onClick={() => void vrijBordWeg()} disabled={bezig || gewijzigd}>
            {t.pagina.vrijBordWeghalen}
          </button>
        </div>
      )}
      {gewijzigd && (
        <p id={uitlegId} className="klein zacht verslag-niet-printen">
          {t.pagina.nietOpgeslagen} {t.pagina.eerstOpslaan}
        </p>
      )}
      {bevestig && (
        <div className="verslag-niet-printen">
          <Melding soort="waarschuwing">{t.pagina.bevestigOpnieuw}</Melding>
          <div className="knoppen">
            <button type="button" className="knop knop--gevaar" onClick={() => void opnieuw()} disabled={bezig}>
              {t.pagina.jaOpnieuw}
            </button>
            <button type="button" className="knop" onClick={() => setBevestig(false)}>
              {t.pagina.annuleren}
            </button>
          </div>
        </div>
      )}
      <div className="verslag-niet-printen" aria-live="polite">
        {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
      </div>
      <div className="verslag-bewerker">
        <div className="veld verslag-niet-printen">
          <label htmlFor={veldId}>{t.pagina.bewerken}</label>
          <p className="veld__hint" id={`${veldId}-hint`}>
            {t.pagina.bewerkenUitleg}
          </p>
          <textarea id={veldId} aria-describedby={`${veldId}-hint`} value={tekst} onChange={(e) => setTekst(e.target.value)} spellCheck lang="nl" rows={30} />
        </div>
        <section aria-label={t.pagina.voorbeeld}>
          <h2 className="visueel-verborgen">{t.pagina.voorbeeld}</h2>
          <VerslagWeergave document={document} verschuiving={1} bijeenkomstId={bijeenkomst.id} />
        </section>
      </div>
    </>
  );
}
