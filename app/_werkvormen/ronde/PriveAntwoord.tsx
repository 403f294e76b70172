'use client';

import { useId, useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { PriveFase } from '../../../lib/werkvormen/rondeFase';
import { Melding } from '../../_components/Melding';
import { useConcept } from '../../_sync/useConcept';
import './ronde.css';

/**
 * A private answer: written in a draft that stays in this browser (it
 * survives a reload) and sent to the server only with "Versturen". The
 * server keeps it from everyone else until the facilitator reveals the round.
 * With `deelKeuze`, the author chooses whether their answer is revealed.
 */
export function PriveAntwoord({
  conceptSleutel,
  fase,
  mijn,
  label,
  hint,
  wachtTekst,
  deelKeuze = false,
  rijen = 5,
  maxLength = 10_000,
  verstuur,
}: {
  /** Where the draft is kept: per bijeenkomst, person and question. */
  conceptSleutel: string;
  fase: PriveFase;
  /** What the server holds of this person's answer (`ronde:mijn`). */
  mijn: { tekst?: string; delen?: boolean } | undefined;
  label: string;
  hint: string;
  /** Shown while no round is open yet. */
  wachtTekst: string;
  deelKeuze?: boolean;
  rijen?: number;
  maxLength?: number;
  /** Sends the answer (`ronde:inzending`); resolves with a Dutch refusal or null. */
  verstuur: (rondeId: string, tekst: string, delen: boolean) => Promise<string | null>;
}) {
  const id = useId();
  const { concept, zet, wis } = useConcept(conceptSleutel);
  const [delenKeuze, setDelenKeuze] = useState<boolean | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  const verstuurd = mijn?.tekst;
  const tekst = concept ?? verstuurd ?? '';
  const delen = delenKeuze ?? mijn?.delen ?? false;
  const open = fase.soort === 'open';
  const voorbij = fase.soort === 'gesloten' || fase.soort === 'onthullen' || fase.soort === 'onthuld';
  const gewijzigd = tekst !== (verstuurd ?? '') || (deelKeuze && verstuurd !== undefined && delen !== (mijn?.delen ?? false));

  async function stuur(e: FormEvent) {
    e.preventDefault();
    if (fase.soort !== 'open') return;
    if (tekst.trim() === '') return setFout(nl.ronde.leeg);
    setBezig(true);
    const probleem = await verstuur(fase.rondeId, tekst, delen);
    setBezig(false);
    setFout(probleem);
    if (!probleem) {
      wis();
      setDelenKeuze(null);
    }
  }

  if (voorbij) {
    return (
      <section className="prive-antwoord" aria-labelledby={`${id}-kop`}>
        <h4 id={`${id}-kop`}>{nl.ronde.jouwTekst}</h4>
        {verstuurd !== undefined ? (
          <>
            <p className="prive-antwoord__tekst">{verstuurd}</p>
            {deelKeuze && <p className="klein zacht">{mijn?.delen ? nl.ronde.gedeeld : nl.ronde.nietGedeeld}</p>}
          </>
        ) : (
          <p className="leeg">{nl.ronde.nietsVerstuurd}</p>
        )}
      </section>
    );
  }

  const status = !open
    ? wachtTekst
    : verstuurd === undefined
      ? nl.ronde.nietVerstuurd
      : gewijzigd
        ? nl.ronde.gewijzigd
        : nl.ronde.verstuurd;

  return (
    <form className="prive-antwoord formulier" onSubmit={stuur}>
      <div className="veld">
        <label htmlFor={`${id}-tekst`}>
          {label}
        </label>
        <p className="veld__hint" id={`${id}-hint`}>
          {hint}
        </p>
        <textarea
          id={`${id}-tekst`}
          rows={rijen}
          maxLength={maxLength}
          value={tekst}
          aria-describedby={`${id}-hint ${id}-status`}
          onChange={(e) => zet(e.target.value)}
        />
      </div>
      {deelKeuze && (
        <label className="vinkje">
          <input type="checkbox" checked={delen} onChange={(e) => setDelenKeuze(e.target.checked)} />
          {nl.afsluiting.delen}
        </label>
      )}
      <div className="knoppen">
        <button type="submit" className="knop knop--primair" disabled={!open || bezig || (verstuurd !== undefined && !gewijzigd)}>
          {verstuurd !== undefined ? nl.ronde.opnieuwVersturen : nl.ronde.versturen}
        </button>
        <span id={`${id}-status`} className={verstuurd !== undefined && !gewijzigd ? 'klein teken teken--klaar' : 'klein zacht'} role="status">
          {status}
        </span>
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </form>
  );
}
