'use client';

import { useId, useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { PriveFase } from '../../../lib/werkvormen/rondeFase';
import {
  leesNulmetingAntwoord,
  MAX_OPMERKING,
  NULMETING_GROEPEN,
  NulmetingAntwoord,
  NulmetingItem,
  schrijfNulmetingAntwoord,
  Score,
  SCORES,
  type NulmetingScores,
} from '../../../lib/werkvormen/nulmeting/schema';
import { Melding } from '../../_components/Melding';
import { useConcept } from '../../_sync/useConcept';
import { ackFout, type KamerClient } from '../../_sync/useKamer';

const t = nl.vraagstuk.nulmeting;
const LEEG: NulmetingScores = { scores: {}, opmerking: '' };

/**
 * A draft as typed (a comment keeps its spaces while typing), read leniently:
 * only known items with a score of 1–4 count. Null: no (readable) draft.
 */
function leesConcept(concept: string | null): NulmetingScores | null {
  if (concept === null) return null;
  let ruw: unknown;
  try {
    ruw = JSON.parse(concept);
  } catch {
    // A draft from an older version: start again from what was sent.
    return null;
  }
  if (typeof ruw !== 'object' || ruw === null) return null;
  const { scores, opmerking } = ruw as { scores?: unknown; opmerking?: unknown };
  const uit: NulmetingScores = { scores: {}, opmerking: typeof opmerking === 'string' ? opmerking : '' };
  if (typeof scores === 'object' && scores !== null) {
    for (const [item, score] of Object.entries(scores)) {
      const i = NulmetingItem.safeParse(item);
      const s = Score.safeParse(score);
      if (i.success && s.success) uit.scores[i.data] = s.data;
    }
  }
  return uit;
}

function zelfde(a: NulmetingScores, b: NulmetingScores): boolean {
  const items = new Set([...Object.keys(a.scores), ...Object.keys(b.scores)]) as Set<NulmetingItem>;
  return a.opmerking.trim() === b.opmerking.trim() && [...items].every((i) => a.scores[i] === b.scores[i]);
}

const schrijfConcept = (w: NulmetingScores) => JSON.stringify({ scores: w.scores, opmerking: w.opmerking });

/**
 * The participant's nulmeting: per item 1–4 (or skip it), with the item's
 * one-line explanation, and an optional comment. A local draft until sent;
 * the server shows it to no one before the reveal, and then without a name.
 */
export function NulmetingFormulier({ fase, kamer, conceptSleutel }: { fase: PriveFase; kamer: KamerClient; conceptSleutel: string }) {
  const id = useId();
  const { concept, zet, wis } = useConcept(conceptSleutel);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const mijn = fase.soort === 'geen' ? undefined : kamer.mijn[fase.rondeId];
  const verstuurd = mijn?.tekst !== undefined ? leesNulmetingAntwoord(mijn.tekst) : null;
  const waarden = leesConcept(concept) ?? verstuurd ?? LEEG;
  const gewijzigd = !zelfde(waarden, verstuurd ?? LEEG);

  function zetScore(item: NulmetingItem, score: Score) {
    zet(schrijfConcept({ ...waarden, scores: { ...waarden.scores, [item]: score } }));
  }

  async function stuur(e: FormEvent) {
    e.preventDefault();
    if (fase.soort !== 'open') return;
    const tekst = schrijfNulmetingAntwoord(waarden);
    if (!NulmetingAntwoord.safeParse(JSON.parse(tekst)).success) return setFout(t.minstensEen);
    setBezig(true);
    const probleem = ackFout(await kamer.emit('ronde:inzending', { rondeId: fase.rondeId, tekst }));
    setBezig(false);
    setFout(probleem);
    if (!probleem) wis();
  }

  if (fase.soort === 'geen') return <p className="leeg">{t.wachtOpStart}</p>;
  if (fase.soort !== 'open') return <p className="leeg">{fase.soort === 'gesloten' ? t.rondeGesloten : t.onthullen}</p>;

  const groep = (titel: string, items: readonly NulmetingItem[]) => (
    <section className="nm-groep" aria-labelledby={`${id}-${items[0]}`}>
      <h3 id={`${id}-${items[0]}`}>{titel}</h3>
      {items.map((item) => (
        <fieldset key={item} className="nm-item" aria-describedby={`${id}-${item}-uitleg`}>
          <legend>{t.items[item].naam}</legend>
          <p id={`${id}-${item}-uitleg`} className="nm-item__uitleg">
            {t.items[item].uitleg}
          </p>
          <div className="nm-scores">
            {SCORES.map((s) => (
              <label key={s} className="nm-score">
                <input
                  type="radio"
                  name={`${id}-${item}`}
                  value={s}
                  checked={waarden.scores[item] === s}
                  onChange={() => zetScore(item, s)}
                />
                <span>{t.score(s)}</span>
              </label>
            ))}
          </div>
        </fieldset>
      ))}
    </section>
  );

  return (
    <form className="nm-formulier formulier" aria-label={t.rondeTitel} onSubmit={stuur}>
      <p className="klein">{t.uitleg}</p>
      <p className="klein zacht">{t.anoniem}</p>
      {groep(t.kenmerken, NULMETING_GROEPEN.kenmerken)}
      {groep(t.voorwaarden, NULMETING_GROEPEN.voorwaarden)}
      <div className="veld">
        <label htmlFor={`${id}-opmerking`}>
          {t.opmerking} <span className="veld__optioneel">({nl.app.optioneel})</span>
        </label>
        <p className="veld__hint" id={`${id}-opmerking-hint`}>
          {t.opmerkingHint}
        </p>
        <textarea
          id={`${id}-opmerking`}
          rows={2}
          maxLength={MAX_OPMERKING}
          aria-describedby={`${id}-opmerking-hint`}
          value={waarden.opmerking}
          onChange={(e) => zet(schrijfConcept({ ...waarden, opmerking: e.target.value }))}
        />
      </div>
      <div className="knoppen">
        <button type="submit" className="knop knop--primair" disabled={bezig || (verstuurd !== null && !gewijzigd)}>
          {verstuurd !== null ? t.wijzigen : t.inleveren}
        </button>
        <span role="status" className="klein teken teken--klaar vk-klaar">
          {verstuurd !== null && !gewijzigd ? t.ingeleverd : ''}
        </span>
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </form>
  );
}
