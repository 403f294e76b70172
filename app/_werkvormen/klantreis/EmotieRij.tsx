'use client';

import type { KeyboardEvent, PointerEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { MAX_EMOTIE, MIN_EMOTIE, type Fase } from '../../../lib/werkvormen/klantreis/schema';

/** Vertical position (percent from the top) of a score; the curve keeps a margin above and below. */
const MARGE = 12;
function hoogte(score: number): number {
  return MARGE + ((MAX_EMOTIE - score) / (MAX_EMOTIE - MIN_EMOTIE)) * (100 - 2 * MARGE);
}

function scoreUit(procent: number): number {
  const ruw = MAX_EMOTIE - ((procent - MARGE) / (100 - 2 * MARGE)) * (MAX_EMOTIE - MIN_EMOTIE);
  return Math.min(MAX_EMOTIE, Math.max(MIN_EMOTIE, Math.round(ruw)));
}

const teken = (score: number) => `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)}`;

/**
 * The Emotie lane: a score per phase (−2..+2) drawn as a line that everyone
 * edits. Each point is a slider (arrow keys, Home/End, Delete clears), and a
 * click or drag anywhere in a phase's column sets its score by height.
 */
export function EmotieRij({
  fasen,
  emotie,
  kanSchrijven,
  zet,
}: {
  fasen: readonly Fase[];
  emotie: Readonly<Record<string, number>>;
  kanSchrijven: boolean;
  zet: (faseId: string, score: number | null) => void;
}) {
  const n = fasen.length;
  const samenvatting = nl.klantreis.emotieSamenvatting(
    fasen.map((f) => `${f.naam} ${emotie[f.id] === undefined ? nl.klantreis.emotieLeeg : teken(emotie[f.id] as number)}`).join(', '),
  );

  // One line through every scored phase; a phase without a score is skipped, not a break.
  const punten = fasen.flatMap((f, i) => {
    const s = emotie[f.id];
    return s === undefined ? [] : [`${i * 100 + 50},${hoogte(s)}`];
  });

  function vanPointer(e: PointerEvent<HTMLDivElement>, faseId: string) {
    const rect = e.currentTarget.getBoundingClientRect();
    if (rect.height <= 0) return;
    const score = scoreUit(((e.clientY - rect.top) / rect.height) * 100);
    if (emotie[faseId] !== score) zet(faseId, score);
  }

  function toets(e: KeyboardEvent<HTMLDivElement>, faseId: string) {
    const nu = emotie[faseId];
    const basis = nu ?? 0;
    let nieuw: number | null | undefined;
    switch (e.key) {
      case 'ArrowUp':
      case 'ArrowRight':
        nieuw = nu === undefined ? 1 : Math.min(MAX_EMOTIE, basis + 1);
        break;
      case 'ArrowDown':
      case 'ArrowLeft':
        nieuw = nu === undefined ? -1 : Math.max(MIN_EMOTIE, basis - 1);
        break;
      case 'Home':
      case 'PageDown':
        nieuw = MIN_EMOTIE;
        break;
      case 'End':
      case 'PageUp':
        nieuw = MAX_EMOTIE;
        break;
      case 'Delete':
      case 'Backspace':
        nieuw = null;
        break;
      default:
        return;
    }
    e.preventDefault();
    if (nieuw !== nu && !(nieuw === null && nu === undefined)) zet(faseId, nieuw);
  }

  return (
    <tr>
      <th scope="row">
        {nl.klantreis.lanen.emotie}
        <div className="kr-emotie__schaal" aria-hidden="true">
          <span>+2 ☺</span>
          <span>0</span>
          <span>−2 ☹</span>
        </div>
      </th>
      <td colSpan={Math.max(n, 1)} className="kr-emotie">
        <div className="kr-emotie__vlak">
          <svg className="kr-emotie__svg" viewBox={`0 0 ${Math.max(n, 1) * 100} 100`} preserveAspectRatio="none" role="img" aria-label={samenvatting}>
            <title>{samenvatting}</title>
            {[MAX_EMOTIE, 0, MIN_EMOTIE].map((s) => (
              <line
                key={s}
                x1={0}
                x2={Math.max(n, 1) * 100}
                y1={hoogte(s)}
                y2={hoogte(s)}
                stroke={s === 0 ? '#8a96a6' : '#d5dbe3'}
                strokeDasharray={s === 0 ? '4 4' : undefined}
                vectorEffect="non-scaling-stroke"
              />
            ))}
            {punten.length > 1 && (
              <polyline
                points={punten.join(' ')}
                fill="none"
                stroke="#1d5c8c"
                strokeWidth={3}
                strokeLinejoin="round"
                vectorEffect="non-scaling-stroke"
              />
            )}
          </svg>
          <div className="kr-emotie__kolommen" style={{ gridTemplateColumns: `repeat(${Math.max(n, 1)}, minmax(0, 1fr))` }}>
            {fasen.map((f) => {
              const s = emotie[f.id];
              const top = `${hoogte(s ?? 0)}%`;
              return (
                <div
                  key={f.id}
                  className={kanSchrijven ? 'kr-emotie__kolom' : 'kr-emotie__kolom kr-emotie__kolom--lezen'}
                  onPointerDown={
                    kanSchrijven
                      ? (e) => {
                          e.currentTarget.setPointerCapture(e.pointerId);
                          vanPointer(e, f.id);
                        }
                      : undefined
                  }
                  onPointerMove={kanSchrijven ? (e) => e.currentTarget.hasPointerCapture(e.pointerId) && vanPointer(e, f.id) : undefined}
                >
                  <div
                    role="slider"
                    tabIndex={0}
                    className={s === undefined ? 'kr-emotie__punt kr-emotie__punt--leeg' : 'kr-emotie__punt'}
                    style={{ top }}
                    aria-label={nl.klantreis.emotieBij(f.naam)}
                    aria-valuemin={MIN_EMOTIE}
                    aria-valuemax={MAX_EMOTIE}
                    aria-valuenow={s ?? 0}
                    aria-valuetext={s === undefined ? nl.klantreis.emotieLeeg : nl.klantreis.emotieWaarde(s)}
                    aria-readonly={kanSchrijven ? undefined : true}
                    onKeyDown={kanSchrijven ? (e) => toets(e, f.id) : undefined}
                  />
                  {s !== undefined && (
                    <span className="kr-emotie__waarde" style={{ top }} aria-hidden="true">
                      {teken(s)}
                    </span>
                  )}
                </div>
              );
            })}
          </div>
        </div>
      </td>
    </tr>
  );
}
