'use client';

import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { KamerToestand } from '../../../lib/protocol';
import { leesKletspotStand, type GetrokkenVraag, type KletsBestemming, type KletspotOverzicht } from '../../../lib/werkvormen/kletspot/schema';
import { apiSend } from '../../_api/api';
import { useApi } from '../../_api/useApi';
import type { Bijeenkomst } from '../../_api/typen';
import { Melding } from '../../_components/Melding';
import { useOntwikkelpunten } from '../../_sync/useOntwikkelpunten';
import type { SyncDoc } from '../../_sync/useYDoc';
import './kletspot.css';

const t = nl.vraagstuk.kletspot;

/**
 * The kletspot in the room (DESIGN §3, seed 004): the begeleider draws one
 * question blind; it shows full screen for everyone (server state, so a late
 * joiner sees it too) until the begeleider closes it, after putting it on
 * today's agenda or the ontwikkelpunten long list. Anyone may hide it for
 * themselves.
 */
export function KletspotKamer({
  bijeenkomst,
  toestand,
  isBegeleider,
  alleenLezen,
  trajectDoc,
}: {
  bijeenkomst: Bijeenkomst;
  toestand: KamerToestand | null;
  isBegeleider: boolean;
  alleenLezen: boolean;
  trajectDoc: SyncDoc | null;
}) {
  const stand = leesKletspotStand(toestand?.werkvormen.kletspot);
  const leidt = isBegeleider && !alleenLezen;
  const [verborgen, setVerborgen] = useState<string | null>(null);
  const toon = stand.vraag !== null && stand.vraag.id !== verborgen;

  return (
    <>
      {leidt && <KletspotBediening bijeenkomst={bijeenkomst} getrokken={stand.vraag} />}
      {stand.agenda.length > 0 && (
        <section className="kp-agenda" aria-labelledby="kp-agenda-kop">
          <h2 id="kp-agenda-kop">{t.agendaTitel}</h2>
          <ul>
            {stand.agenda.map((v) => (
              <li key={v.id}>{v.tekst}</li>
            ))}
          </ul>
        </section>
      )}
      {toon && stand.vraag && (
        <KletsvraagScherm
          vraag={stand.vraag}
          bijeenkomst={bijeenkomst}
          leidt={leidt}
          opAgenda={stand.agenda.some((v) => v.id === stand.vraag?.id)}
          trajectDoc={trajectDoc}
          onVerberg={() => setVerborgen(stand.vraag?.id ?? null)}
        />
      )}
    </>
  );
}

/** The begeleider's draw button with the number of questions waiting. */
function KletspotBediening({ bijeenkomst, getrokken }: { bijeenkomst: Bijeenkomst; getrokken: GetrokkenVraag | null }) {
  const pad = `/api/trajecten/${encodeURIComponent(bijeenkomst.trajectId)}/kletspot`;
  const { staat, herlaad } = useApi<KletspotOverzicht>(pad);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const open = staat.soort === 'ok' ? staat.data.open : null;

  // Questions come in between bijeenkomsten and during one: refresh now and then, and after every draw.
  useEffect(() => {
    const timer = setInterval(() => void herlaad(), 30_000);
    return () => clearInterval(timer);
  }, [herlaad]);
  useEffect(() => {
    void herlaad();
  }, [getrokken?.id, herlaad]);

  async function trek() {
    setBezig(true);
    const uit = await apiSend(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/kletspot/trek`, {});
    setBezig(false);
    setFout(uit.ok ? null : uit.error);
    await herlaad();
  }

  return (
    <section className="kp-bediening" aria-labelledby="kp-bediening-kop">
      <h2 id="kp-bediening-kop">{t.bediening}</h2>
      <p className="klein zacht">{open === null ? nl.app.laden : t.inDePot(open)}</p>
      <button type="button" className="knop knop--klein" disabled={bezig || open === 0} onClick={() => void trek()}>
        {t.trek}
      </button>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </section>
  );
}

/** The drawn question, full screen, as a modal dialog that keeps the keyboard inside. */
function KletsvraagScherm({
  vraag,
  bijeenkomst,
  leidt,
  opAgenda,
  trajectDoc,
  onVerberg,
}: {
  vraag: GetrokkenVraag;
  bijeenkomst: Bijeenkomst;
  leidt: boolean;
  opAgenda: boolean;
  trajectDoc: SyncDoc | null;
  onVerberg: () => void;
}) {
  const kop = useRef<HTMLHeadingElement>(null);
  const scherm = useRef<HTMLDivElement>(null);
  const [melding, setMelding] = useState<{ soort: 'succes' | 'fout'; tekst: string } | null>(null);
  const [bezig, setBezig] = useState(false);
  const { voegToe } = useOntwikkelpunten(trajectDoc);
  const basis = `/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/kletspot`;

  useEffect(() => {
    const terug = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    kop.current?.focus();
    return () => terug?.focus();
  }, [vraag.id]);

  async function bestemming(b: KletsBestemming) {
    setBezig(true);
    if (b === 'ontwikkelpunt') {
      // The long list lives in the traject doc; the same question twice adds it once.
      const uit = voegToe({ titel: vraag.tekst, bron: { soort: 'vrij' }, bijeenkomstId: bijeenkomst.id }, `kp-${vraag.id}`);
      if (!uit.ok) {
        setBezig(false);
        return setMelding({ soort: 'fout', tekst: nl.app.onbekendeFout });
      }
    }
    const uit = await apiSend(`${basis}/${encodeURIComponent(vraag.id)}`, { bestemming: b });
    setBezig(false);
    // Today's agenda shows through the server state; the long list only here.
    setMelding(uit.ok ? (b === 'ontwikkelpunt' ? { soort: 'succes', tekst: t.opLijst } : null) : { soort: 'fout', tekst: uit.error });
  }

  async function sluit() {
    setBezig(true);
    const uit = await apiSend(`${basis}/sluit`, {});
    setBezig(false);
    if (!uit.ok) setMelding({ soort: 'fout', tekst: uit.error });
  }

  function toetsen(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key === 'Escape') {
      e.preventDefault();
      onVerberg();
      return;
    }
    if (e.key !== 'Tab' || !scherm.current) return;
    const focusbaar = [...scherm.current.querySelectorAll<HTMLElement>('button:not([disabled]), [tabindex="-1"]')];
    const eerste = focusbaar[0];
    const laatste = focusbaar[focusbaar.length - 1];
    if (!eerste || !laatste) return;
    if (e.shiftKey && document.activeElement === eerste) {
      e.preventDefault();
      laatste.focus();
    } else if (!e.shiftKey && document.activeElement === laatste) {
      e.preventDefault();
      eerste.focus();
    }
  }

  return (
    <div className="kp-scherm" role="dialog" aria-modal="true" aria-labelledby="kp-vraag-kop" aria-describedby="kp-vraag" ref={scherm} onKeyDown={toetsen}>
      <div className="kp-scherm__vlak">
        <h2 id="kp-vraag-kop" className="kp-scherm__label" tabIndex={-1} ref={kop}>
          {t.uitDeKletspot}
        </h2>
        <p id="kp-vraag" className="kp-scherm__vraag">
          {vraag.tekst}
        </p>
        {opAgenda && <p className="kp-scherm__status">{t.opAgenda}</p>}
        {melding && <Melding soort={melding.soort}>{melding.tekst}</Melding>}
        <div className="knoppen kp-scherm__knoppen">
          {leidt && (
            <>
              <button type="button" className="knop" disabled={bezig || opAgenda} onClick={() => void bestemming('agenda')}>
                {t.naarAgenda}
              </button>
              <button type="button" className="knop" disabled={bezig || !trajectDoc} onClick={() => void bestemming('ontwikkelpunt')}>
                {t.naarLijst}
              </button>
              <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void sluit()}>
                {t.sluitVoorIedereen}
              </button>
            </>
          )}
          <button type="button" className="knop knop--stil" onClick={onVerberg}>
            {t.verberg}
          </button>
        </div>
      </div>
    </div>
  );
}
