'use client';

import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Richting } from '../../../lib/werkvormen/klantreis/raster';
import { KAART_LANEN, PROMOVEERBARE_LANEN, type Fase, type Kaart, type KaartLaan } from '../../../lib/werkvormen/klantreis/schema';
import { KaartInvoer } from './KaartInvoer';

const PIJLEN: Readonly<Record<string, Richting>> = {
  ArrowLeft: 'links',
  ArrowRight: 'rechts',
  ArrowUp: 'omhoog',
  ArrowDown: 'omlaag',
};

/**
 * One card. Its text is a button: Enter (or a click) edits it, Alt+arrow
 * moves it to the neighbouring cell, Delete removes it. The small buttons do
 * the same for people who do not know the keys: move (to any cell, with two
 * selects), remove, and for knelpunten and kansen: put it on the long list.
 */
export function Kaartje({
  kaart,
  fasen,
  kanSchrijven,
  focus,
  opLijst,
  uitlegId,
  wijzigTekst,
  verplaats,
  verschuif,
  verwijder,
  promoveer,
  gefocust,
}: {
  kaart: Kaart;
  fasen: readonly Fase[];
  kanSchrijven: boolean;
  /** Take focus once (after a move or an edit). */
  focus: boolean;
  /** The card's ontwikkelpunt is on the long list. */
  opLijst: boolean;
  uitlegId: string;
  wijzigTekst: (tekst: string) => string | null;
  verplaats: (faseId: string, laan: KaartLaan) => void;
  verschuif: (richting: Richting) => void;
  verwijder: () => void;
  promoveer: () => void;
  gefocust: () => void;
}) {
  const id = useId();
  const tekstRef = useRef<HTMLButtonElement>(null);
  const faseRef = useRef<HTMLSelectElement>(null);
  const [bewerk, setBewerk] = useState(false);
  const [verplaatsOpen, setVerplaatsOpen] = useState(false);
  const [doelFase, setDoelFase] = useState(kaart.plek.faseId);
  const [doelLaan, setDoelLaan] = useState<KaartLaan>(kaart.plek.laan);

  useEffect(() => {
    if (focus && !bewerk) {
      tekstRef.current?.focus();
      gefocust();
    }
  }, [focus, bewerk, gefocust]);

  useEffect(() => {
    if (verplaatsOpen) faseRef.current?.focus();
  }, [verplaatsOpen]);

  function toets(e: KeyboardEvent<HTMLButtonElement>) {
    const richting = PIJLEN[e.key];
    if (richting && e.altKey) {
      e.preventDefault();
      verschuif(richting);
    } else if (e.key === 'Delete') {
      e.preventDefault();
      verwijder();
    }
  }

  function openVerplaats() {
    setDoelFase(fasen.some((f) => f.id === kaart.plek.faseId) ? kaart.plek.faseId : (fasen[0]?.id ?? ''));
    setDoelLaan(kaart.plek.laan);
    setVerplaatsOpen((o) => !o);
  }

  if (bewerk) {
    return (
      <li className={`kr-kaart kr-kaart--${kaart.plek.laan}`}>
        <KaartInvoer
          label={nl.klantreis.bewerkKaart}
          begin={kaart.tekst}
          bewaar={(tekst) => {
            const probleem = wijzigTekst(tekst);
            if (!probleem) setBewerk(false);
            return probleem;
          }}
          annuleer={() => {
            setBewerk(false);
            // Back on the card, so keyboard users keep their place.
            requestAnimationFrame(() => tekstRef.current?.focus());
          }}
        />
      </li>
    );
  }

  const promoveerbaar = PROMOVEERBARE_LANEN.includes(kaart.plek.laan);
  return (
    <li className={`kr-kaart kr-kaart--${kaart.plek.laan}`}>
      {kanSchrijven ? (
        <button type="button" ref={tekstRef} className="kr-kaart__tekst" aria-describedby={uitlegId} onClick={() => setBewerk(true)} onKeyDown={toets}>
          {kaart.tekst}
        </button>
      ) : (
        <p className="kr-kaart__tekst" style={{ margin: 0 }}>
          {kaart.tekst}
        </p>
      )}
      {(kanSchrijven || opLijst) && (
        <div className="kr-kaart__acties">
          {kanSchrijven && (
            <>
              <button
                type="button"
                className="kr-ikoon"
                aria-label={nl.klantreis.verplaats(kaart.tekst)}
                title={nl.klantreis.verplaatsKnop}
                aria-expanded={verplaatsOpen}
                onClick={openVerplaats}
              >
                <span aria-hidden="true">⇄</span>
              </button>
              <button type="button" className="kr-ikoon" aria-label={nl.klantreis.verwijder(kaart.tekst)} title={nl.klantreis.verwijderKort} onClick={verwijder}>
                <span aria-hidden="true">✕</span>
              </button>
            </>
          )}
          {opLijst ? (
            <span className="kr-oplijst" title={nl.klantreis.opLijstLabel(kaart.tekst)}>
              <span aria-hidden="true">★ </span>
              {nl.klantreis.opLijst}
            </span>
          ) : (
            kanSchrijven &&
            promoveerbaar && (
              <button type="button" className="kr-ikoon kr-ikoon--tekst" aria-label={nl.klantreis.promoveer(kaart.tekst)} onClick={promoveer}>
                ★ {nl.klantreis.promoveerKort}
              </button>
            )
          )}
        </div>
      )}
      {verplaatsOpen && kanSchrijven && (
        <form
          className="kr-verplaats"
          aria-label={nl.klantreis.verplaats(kaart.tekst)}
          onSubmit={(e) => {
            e.preventDefault();
            setVerplaatsOpen(false);
            verplaats(doelFase, doelLaan);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              setVerplaatsOpen(false);
              tekstRef.current?.focus();
            }
          }}
        >
          <label htmlFor={`${id}-fase`}>{nl.klantreis.fase}</label>
          <select id={`${id}-fase`} ref={faseRef} value={doelFase} onChange={(e) => setDoelFase(e.target.value)}>
            {fasen.map((f) => (
              <option key={f.id} value={f.id}>
                {f.naam}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-laan`}>{nl.klantreis.laan}</label>
          <select id={`${id}-laan`} value={doelLaan} onChange={(e) => setDoelLaan(e.target.value as KaartLaan)}>
            {KAART_LANEN.map((l) => (
              <option key={l} value={l}>
                {nl.klantreis.lanen[l]}
              </option>
            ))}
          </select>
          <div className="kr-invoer__knoppen">
            <button type="submit" className="knop knop--klein knop--primair">
              {nl.klantreis.verplaatsKnop}
            </button>
            <button type="button" className="knop knop--klein" onClick={() => setVerplaatsOpen(false)}>
              {nl.klantreis.annuleren}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
