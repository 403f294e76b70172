'use client';

import { useEffect, useRef, useState, type KeyboardEvent, type PointerEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { GROTE_STAP, kwadrant, MIDDEN, STAP, uitPunt, verschuif, type Kwadrant, type Pijl } from '../../../lib/werkvormen/speerpunten/matrix';
import type { MatrixPositie } from '../../../lib/werkvormen/speerpunten/schema';
import { ackFout } from '../../_sync/useKamer';
import { Melding } from '../../_components/Melding';
import type { StapProps } from './Speerpunten';

const KWADRANTEN: readonly Kwadrant[] = ['grote-stap', 'snel-resultaat', 'niet-nu', 'klein-klusje'];
const PIJLEN = new Set<string>(['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight']);
/** How often a drag sends its position. */
const SCHRIJF_MS = 50;

/** A drag in progress: where the pointer put the item (drawn at once, sent every SCHRIJF_MS). */
type Sleep = { id: string; pos: MatrixPositie; binnen: boolean; dx: number; dy: number; vanLade: boolean };

/**
 * Step 3: the top items on an impact × haalbaarheid matrix. Dragging an item
 * sends its position while it moves, so everyone sees it move; arrow keys
 * move a focused item (Shift: bigger steps). Items not placed yet wait in a
 * tray beside the matrix. A table lists every position for screen readers.
 */
export function Wegen({ data, kamer, isBegeleider, alleenLezen, kanSchrijven, meld }: StapProps) {
  const matrixRef = useRef<HTMLDivElement>(null);
  const knoppen = useRef(new Map<string, HTMLButtonElement>());
  const [sleep, setSleep] = useState<Sleep | null>(null);
  const [focusNa, setFocusNa] = useState<string | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const frame = useRef<number | null>(null);
  const teSchrijven = useRef<{ id: string; pos: MatrixPositie } | null>(null);
  /** Set when a pointer drag just ended, so the click that follows it is not taken as "place in the middle". */
  const netGesleept = useRef(false);

  const items = data.matrixIds.map((id) => data.perId.get(id)).filter((p) => p !== undefined);
  const geplaatst = items.filter((p) => data.matrix[p.id] !== undefined);
  const lade = items.filter((p) => data.matrix[p.id] === undefined);
  const kwadrantNaam = (p: MatrixPositie) => nl.prioriteren.kwadranten[kwadrant(p)].naam;

  useEffect(() => {
    if (!focusNa) return;
    knoppen.current.get(focusNa)?.focus();
    setFocusNa(null);
  }, [focusNa, data.matrix]);

  useEffect(
    () => () => {
      if (frame.current !== null) window.clearTimeout(frame.current);
    },
    [],
  );

  /**
   * While dragging, the position goes to everyone at most every 50 ms: live
   * enough to watch it move, without an update per pixel in the room's log.
   */
  function schrijfStraks(id: string, pos: MatrixPositie) {
    teSchrijven.current = { id, pos };
    if (frame.current !== null) return;
    frame.current = window.setTimeout(() => {
      frame.current = null;
      const w = teSchrijven.current;
      teSchrijven.current = null;
      if (w) data.zetPositie(w.id, w.pos);
    }, SCHRIJF_MS);
  }

  function positieBij(e: PointerEvent<HTMLElement>): { pos: MatrixPositie; binnen: boolean } | null {
    const rect = matrixRef.current?.getBoundingClientRect();
    if (!rect) return null;
    const x = e.clientX - rect.left;
    const y = e.clientY - rect.top;
    return { pos: uitPunt(x, y, rect.width, rect.height), binnen: x >= 0 && y >= 0 && x <= rect.width && y <= rect.height };
  }

  function begin(e: PointerEvent<HTMLButtonElement>, id: string, vanLade: boolean) {
    if (!kanSchrijven || e.button !== 0) return;
    netGesleept.current = false;
    e.currentTarget.setPointerCapture(e.pointerId);
    const p = positieBij(e);
    if (!p) return;
    setSleep({ id, pos: data.matrix[id] ?? p.pos, binnen: p.binnen, dx: 0, dy: 0, vanLade });
    (e.currentTarget as HTMLElement).dataset.startX = String(e.clientX);
    (e.currentTarget as HTMLElement).dataset.startY = String(e.clientY);
  }

  function beweeg(e: PointerEvent<HTMLButtonElement>) {
    if (!sleep || !e.currentTarget.hasPointerCapture(e.pointerId)) return;
    const p = positieBij(e);
    if (!p) return;
    const dx = e.clientX - Number(e.currentTarget.dataset.startX ?? e.clientX);
    const dy = e.clientY - Number(e.currentTarget.dataset.startY ?? e.clientY);
    setSleep({ ...sleep, pos: p.pos, binnen: p.binnen, dx, dy });
    // An item on the matrix moves live for everyone; one from the tray lands when dropped.
    if (!sleep.vanLade) schrijfStraks(sleep.id, p.pos);
  }

  function einde(e: PointerEvent<HTMLButtonElement>) {
    if (!sleep) return;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
    const p = positieBij(e);
    const verplaatst = Math.abs(sleep.dx) > 3 || Math.abs(sleep.dy) > 3;
    netGesleept.current = verplaatst;
    if (p && verplaatst && (!sleep.vanLade || p.binnen)) {
      if (frame.current !== null) window.clearTimeout(frame.current);
      frame.current = null;
      teSchrijven.current = null;
      data.zetPositie(sleep.id, p.pos);
      const titel = data.perId.get(sleep.id)?.titel ?? '';
      meld(nl.prioriteren.verplaatst(titel, p.pos.impact, p.pos.haalbaarheid, kwadrantNaam(p.pos)));
      if (sleep.vanLade) setFocusNa(sleep.id);
    }
    setSleep(null);
  }

  function toets(e: KeyboardEvent<HTMLButtonElement>, id: string) {
    if (!kanSchrijven || !PIJLEN.has(e.key)) return;
    e.preventDefault();
    const huidig = data.matrix[id];
    const pos = huidig ? verschuif(huidig, e.key as Pijl, e.shiftKey ? GROTE_STAP : STAP) : verschuif(MIDDEN, e.key as Pijl, 0);
    data.zetPositie(id, pos);
    if (!huidig) setFocusNa(id);
    meld(nl.prioriteren.verplaatst(data.perId.get(id)?.titel ?? '', pos.impact, pos.haalbaarheid, kwadrantNaam(pos)));
  }

  /** A click (or Enter) on an item in the tray puts it in the middle of the matrix, to fine-tune from there. */
  function plaatsInMidden(id: string) {
    if (netGesleept.current) {
      netGesleept.current = false;
      return;
    }
    if (!kanSchrijven) return;
    data.zetPositie(id, MIDDEN);
    setFocusNa(id);
    meld(nl.prioriteren.verplaatst(data.perId.get(id)?.titel ?? '', MIDDEN.impact, MIDDEN.haalbaarheid, kwadrantNaam(MIDDEN)));
  }

  async function zetTop(n: number) {
    setFout(ackFout(await kamer.emit('werkvorm:zet', { werkvorm: 'speerpunten', waarden: { topAantal: n } })));
  }

  const positieVan = (id: string): MatrixPositie | undefined => (sleep?.id === id && !sleep.vanLade ? sleep.pos : data.matrix[id]);

  return (
    <section className="kaart" aria-labelledby="sp-wegen-titel">
      <h3 id="sp-wegen-titel">{nl.prioriteren.wegen}</h3>
      <p className="zacht klein" id="sp-wegen-uitleg">
        {nl.prioriteren.wegenUitleg}
      </p>
      <p className="klein">{data.telling ? nl.prioriteren.uitDeStemming(items.length) : nl.prioriteren.zonderStemming}</p>
      {isBegeleider && !alleenLezen && data.telling && (
        <div className="veld sp-top">
          <label htmlFor="sp-top">{nl.prioriteren.topAantal}</label>
          <input id="sp-top" type="number" min={1} max={20} value={data.topAantal} onChange={(e) => e.target.valueAsNumber >= 1 && void zetTop(Math.min(20, Math.round(e.target.valueAsNumber)))} />
        </div>
      )}
      {fout && <Melding soort="fout">{fout}</Melding>}
      <div className="sp-weegvlak">
        <div className="sp-as sp-as--y" aria-hidden="true">
          <span>{nl.prioriteren.hoog}</span>
          <strong>{nl.prioriteren.impact} ↑</strong>
          <span>{nl.prioriteren.laag}</span>
        </div>
        <div>
          <div ref={matrixRef} className="sp-matrix" role="group" aria-label={nl.prioriteren.matrixLabel} aria-describedby="sp-wegen-uitleg">
            {KWADRANTEN.map((k) => (
              <div key={k} className={`sp-kwadrant sp-kwadrant--${k}`} aria-hidden="true">
                <strong>{nl.prioriteren.kwadranten[k].naam}</strong>
                <span>{nl.prioriteren.kwadranten[k].uitleg}</span>
              </div>
            ))}
            {geplaatst.map((p) => {
              const pos = positieVan(p.id) ?? MIDDEN;
              const n = data.stemmenVan.get(p.id);
              return (
                <button
                  key={p.id}
                  type="button"
                  ref={(el) => {
                    if (el) knoppen.current.set(p.id, el);
                    else knoppen.current.delete(p.id);
                  }}
                  className={sleep?.id === p.id ? 'sp-stip sp-stip--sleept' : 'sp-stip'}
                  style={{ left: `${pos.haalbaarheid}%`, top: `${100 - pos.impact}%` }}
                  aria-label={`${p.titel}: ${nl.prioriteren.puntPositie(pos.impact, pos.haalbaarheid, kwadrantNaam(pos))}`}
                  aria-describedby={kanSchrijven ? 'sp-wegen-uitleg' : undefined}
                  onPointerDown={(e) => begin(e, p.id, false)}
                  onPointerMove={beweeg}
                  onPointerUp={einde}
                  onPointerCancel={() => setSleep(null)}
                  onKeyDown={(e) => toets(e, p.id)}
                >
                  {p.titel}
                  {n !== undefined && <span className="sp-stip__n"> · {n}</span>}
                </button>
              );
            })}
          </div>
          <div className="sp-as sp-as--x" aria-hidden="true">
            <span>{nl.prioriteren.moeilijk}</span>
            <strong>{nl.prioriteren.haalbaarheid} →</strong>
            <span>{nl.prioriteren.makkelijk}</span>
          </div>
        </div>
        <section className="sp-lade" aria-labelledby="sp-lade-titel">
          <h4 id="sp-lade-titel">{nl.prioriteren.nogTePlaatsen}</h4>
          {lade.length === 0 ? (
            <p className="zacht klein">{nl.prioriteren.allesGeplaatst}</p>
          ) : (
            <>
              <p className="zacht klein">{nl.prioriteren.nogTePlaatsenUitleg}</p>
              <ul>
                {lade.map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className={sleep?.id === p.id ? 'sp-stip sp-stip--lade sp-stip--sleept' : 'sp-stip sp-stip--lade'}
                      style={sleep?.id === p.id ? { transform: `translate(${sleep.dx}px, ${sleep.dy}px)` } : undefined}
                      aria-label={`${p.titel}: ${nl.prioriteren.nietGeplaatst}`}
                      aria-describedby={kanSchrijven ? 'sp-wegen-uitleg' : undefined}
                      onClick={() => plaatsInMidden(p.id)}
                      onPointerDown={(e) => begin(e, p.id, true)}
                      onPointerMove={beweeg}
                      onPointerUp={einde}
                      onPointerCancel={() => setSleep(null)}
                      onKeyDown={(e) => toets(e, p.id)}
                    >
                      {p.titel}
                    </button>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      </div>
      <details className="sp-tabel">
        <summary>{nl.prioriteren.tabelLabel}</summary>
        <table>
          <caption className="visueel-verborgen">{nl.prioriteren.tabelLabel}</caption>
          <thead>
            <tr>
              <th scope="col">{nl.prioriteren.lijstLabel}</th>
              <th scope="col">{nl.prioriteren.impact}</th>
              <th scope="col">{nl.prioriteren.haalbaarheid}</th>
              <th scope="col">{nl.prioriteren.kwadrant}</th>
              <th scope="col">{nl.prioriteren.stemmen}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => {
              const pos = data.matrix[p.id];
              return (
                <tr key={p.id}>
                  <th scope="row">{p.titel}</th>
                  <td>{pos ? pos.impact : '—'}</td>
                  <td>{pos ? pos.haalbaarheid : '—'}</td>
                  <td>{pos ? kwadrantNaam(pos) : nl.prioriteren.nietGeplaatst}</td>
                  <td>{data.stemmenVan.get(p.id) ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </details>
    </section>
  );
}
