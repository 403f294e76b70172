'use client';

import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Richting } from '../../../lib/werkvormen/klantreis/raster';
import { KAART_LANEN, PROMOVEERBARE_LANEN, type Fase, type Kaart, type KaartLaan } from '../../../lib/werkvormen/klantreis/schema';
import { KaartInvoer } from './KaartInvoer';

/** Drag type of a card, so a cell only accepts cards of this board. */
export const KAART_MIME = 'application/x-leerbord-kaart';

const PIJLEN: Readonly<Record<string, Richting>> = {
  ArrowLeft: 'links',
  ArrowRight: 'rechts',
  ArrowUp: 'omhoog',
  ArrowDown: 'omlaag',
};

/**
 * What one person has open on a card: its text being edited or its move
 * panel. Kept by the board, not the card, because someone else may move the
 * card meanwhile: it then appears in another cell (a new element) and the
 * open editor or panel comes along, with what was typed or chosen.
 */
export type Paneel =
  | { kaartId: string; soort: 'bewerk'; concept: string; nieuw: boolean }
  | { kaartId: string; soort: 'verplaats'; faseId: string; laan: KaartLaan; nieuw: boolean };

/**
 * One card. Its text is a button: Enter (or a click) edits it, Alt+arrow
 * moves it to the neighbouring cell, Delete removes it; a mouse drags it to
 * another cell. The small buttons do the same for people who do not know the
 * keys: move (to any cell, with two selects), remove, and for knelpunten and
 * kansen: put it on the long list.
 */
export function Kaartje({
  kaart,
  fasen,
  kanSchrijven,
  focus,
  opLijst,
  uitlegId,
  paneel,
  zetPaneel,
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
  /** What this person has open on this card, if anything. */
  paneel: Paneel | null;
  zetPaneel: (p: Paneel | null) => void;
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
  const bewerk = paneel?.soort === 'bewerk' ? paneel : null;
  const verplaatsPaneel = paneel?.soort === 'verplaats' ? paneel : null;

  useEffect(() => {
    if (focus && !bewerk) {
      tekstRef.current?.focus();
      gefocust();
    }
  }, [focus, bewerk, gefocust]);

  // Focus the panel when it opens, and again when the card was moved by someone else while it was open.
  const panelOpen = verplaatsPaneel !== null;
  useEffect(() => {
    if (panelOpen) faseRef.current?.focus();
  }, [panelOpen]);

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
    if (verplaatsPaneel) return zetPaneel(null);
    const faseId = fasen.some((f) => f.id === kaart.plek.faseId) ? kaart.plek.faseId : (fasen[0]?.id ?? '');
    zetPaneel({ kaartId: kaart.id, soort: 'verplaats', faseId, laan: kaart.plek.laan, nieuw: true });
  }

  if (bewerk) {
    return (
      <li className={`kr-kaart kr-kaart--${kaart.plek.laan}`}>
        <KaartInvoer
          label={nl.klantreis.bewerkKaart}
          begin={bewerk.concept}
          origineel={kaart.tekst}
          selecteer={bewerk.nieuw}
          onWijzig={(concept) => zetPaneel({ ...bewerk, concept, nieuw: false })}
          bewaar={(tekst) => {
            const probleem = wijzigTekst(tekst);
            if (!probleem) zetPaneel(null);
            return probleem;
          }}
          annuleer={() => {
            zetPaneel(null);
            // Back on the card, so keyboard users keep their place.
            requestAnimationFrame(() => tekstRef.current?.focus());
          }}
        />
      </li>
    );
  }

  const promoveerbaar = PROMOVEERBARE_LANEN.includes(kaart.plek.laan);
  return (
    <li
      className={`kr-kaart kr-kaart--${kaart.plek.laan}`}
      draggable={kanSchrijven && !verplaatsPaneel}
      onDragStart={(e) => {
        e.dataTransfer.setData(KAART_MIME, kaart.id);
        e.dataTransfer.effectAllowed = 'move';
      }}
    >
      {kanSchrijven ? (
        <button
          type="button"
          ref={tekstRef}
          className="kr-kaart__tekst"
          aria-describedby={uitlegId}
          onClick={() => zetPaneel({ kaartId: kaart.id, soort: 'bewerk', concept: kaart.tekst, nieuw: true })}
          onKeyDown={toets}
        >
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
                aria-expanded={verplaatsPaneel !== null}
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
      {verplaatsPaneel && kanSchrijven && (
        <form
          className="kr-verplaats"
          aria-label={nl.klantreis.verplaats(kaart.tekst)}
          onSubmit={(e) => {
            e.preventDefault();
            zetPaneel(null);
            verplaats(verplaatsPaneel.faseId, verplaatsPaneel.laan);
          }}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.preventDefault();
              zetPaneel(null);
              tekstRef.current?.focus();
            }
          }}
        >
          <label htmlFor={`${id}-fase`}>{nl.klantreis.fase}</label>
          <select
            id={`${id}-fase`}
            ref={faseRef}
            value={verplaatsPaneel.faseId}
            onChange={(e) => zetPaneel({ ...verplaatsPaneel, faseId: e.target.value, nieuw: false })}
          >
            {fasen.map((f) => (
              <option key={f.id} value={f.id}>
                {f.naam}
              </option>
            ))}
          </select>
          <label htmlFor={`${id}-laan`}>{nl.klantreis.laan}</label>
          <select
            id={`${id}-laan`}
            value={verplaatsPaneel.laan}
            onChange={(e) => zetPaneel({ ...verplaatsPaneel, laan: e.target.value as KaartLaan, nieuw: false })}
          >
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
            <button type="button" className="knop knop--klein" onClick={() => zetPaneel(null)}>
              {nl.klantreis.annuleren}
            </button>
          </div>
        </form>
      )}
    </li>
  );
}
