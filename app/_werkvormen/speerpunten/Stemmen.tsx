'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { STANDAARD_BUDGET } from '../../../lib/werkvormen/speerpunten/schema';
import { resterend, stemOpties } from '../../../lib/werkvormen/speerpunten/stemmen';
import { Melding } from '../../_components/Melding';
import { ackFout } from '../../_sync/useKamer';
import type { StapProps } from './Speerpunten';

/**
 * Step 2: dot voting over the long list through the facilitation protocol.
 * The server enforces the budget and counts; nobody sees a count until the
 * begeleider closes the round, then everyone sees the result at once.
 */
export function Stemmen({ data, kamer, isBegeleider, alleenLezen, ik, meld }: StapProps) {
  const [budget, setBudget] = useState(STANDAARD_BUDGET);
  const [anoniem, setAnoniem] = useState(true);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const [opnieuw, setOpnieuw] = useState(false);
  const { ronde, uitslag } = data;
  const leidt = isBegeleider && !alleenLezen;

  async function open() {
    const { opties, ids } = stemOpties(data.lijst);
    if (opties.length === 0) return;
    setBezig(true);
    const ack = await kamer.emit('ronde:open', { soort: 'stemmen', titel: nl.prioriteren.rondeTitel, opties, budget, anoniem });
    const probleem = ackFout(ack);
    if (!probleem && 'rondeId' in ack && typeof ack.rondeId === 'string') {
      setFout(ackFout(await kamer.emit('werkvorm:zet', { werkvorm: 'speerpunten', waarden: { stemRonde: ack.rondeId, stemOpties: ids } })));
    } else setFout(probleem);
    setOpnieuw(false);
    setBezig(false);
  }

  async function sluit() {
    if (!ronde) return;
    setBezig(true);
    setFout(ackFout(await kamer.emit('ronde:sluit', { rondeId: ronde.id })));
    setBezig(false);
  }

  // Announce the result once, when it arrives.
  const aangekondigd = useRef<string | null>(null);
  useEffect(() => {
    if (!ronde || !uitslag || aangekondigd.current === ronde.id) return;
    aangekondigd.current = ronde.id;
    const opties = ronde.opties ?? [];
    let beste = -1;
    let n = 0;
    opties.forEach((_, i) => {
      const s = uitslag[String(i)] ?? 0;
      if (s > n) {
        n = s;
        beste = i;
      }
    });
    meld(beste >= 0 ? nl.prioriteren.uitslagAangekondigd(opties[beste] ?? '', n) : nl.prioriteren.geenStemmen);
  }, [ronde, uitslag, meld]);

  const gesloten = ronde !== null && ronde.status !== 'open';

  return (
    <section className="kaart" aria-labelledby="sp-stemmen-titel">
      <h3 id="sp-stemmen-titel">{nl.prioriteren.stemmen}</h3>
      {data.lijst.length === 0 && !ronde && <p className="leeg">{nl.prioriteren.geenPunten}</p>}
      {leidt && data.lijst.length > 0 && (ronde === null || (gesloten && opnieuw)) && (
        <fieldset className="sp-rondeopzet">
          <legend>{ronde ? nl.prioriteren.opnieuw : nl.prioriteren.openRonde}</legend>
          <div className="veld sp-rondeopzet__budget">
            <label htmlFor="sp-budget">{nl.prioriteren.budget}</label>
            <input
              id="sp-budget"
              type="number"
              min={1}
              max={20}
              value={budget}
              onChange={(e) => setBudget(Math.min(20, Math.max(1, Math.round(e.target.valueAsNumber || STANDAARD_BUDGET))))}
            />
          </div>
          <div>
            <label className="kr-check">
              <input type="checkbox" checked={anoniem} aria-describedby="sp-anoniem-uitleg" onChange={(e) => setAnoniem(e.target.checked)} />
              {nl.prioriteren.anoniem}
            </label>
            <p id="sp-anoniem-uitleg" className="klein zacht" style={{ margin: '0.2rem 0 0' }}>
              {nl.prioriteren.anoniemUitleg}
            </p>
          </div>
          <div className="knoppen">
            <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void open()}>
              {nl.prioriteren.openRonde}
            </button>
            {ronde && (
              <button type="button" className="knop" onClick={() => setOpnieuw(false)}>
                {nl.app.annuleren}
              </button>
            )}
          </div>
        </fieldset>
      )}
      {!leidt && ronde === null && data.lijst.length > 0 && <p className="zacht">{nl.prioriteren.wachtOpRonde}</p>}
      {fout && <Melding soort="fout">{fout}</Melding>}
      {ronde && ronde.status === 'open' && (
        <>
          <p>{nl.prioriteren.stemmenUitleg(ronde.budget ?? STANDAARD_BUDGET)}</p>
          {ik && ik.soort !== 'waarnemer' && !alleenLezen && <Stembiljet key={ronde.id} {...{ data, kamer, meld }} />}
          <p className="zacht klein" aria-live="polite">
            {nl.prioriteren.aantalGestemd(ronde.aantalInzendingen)}
          </p>
          {leidt && (
            <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void sluit()}>
              {nl.prioriteren.sluitRonde}
            </button>
          )}
        </>
      )}
      <div aria-live="polite">{gesloten && ronde && <Uitslag data={data} />}</div>
      {leidt && gesloten && !opnieuw && (
        <p className="klein" style={{ marginTop: '0.75rem' }}>
          <button type="button" className="knop knop--klein" onClick={() => setOpnieuw(true)}>
            {nl.prioriteren.opnieuw}…
          </button>{' '}
          <span className="zacht">{nl.prioriteren.opnieuwUitleg}</span>
        </p>
      )}
    </section>
  );
}

/** One person's dots: plus and minus per option, the budget left, own votes echoed by the server. */
function Stembiljet({ data, kamer, meld }: Pick<StapProps, 'data' | 'kamer' | 'meld'>) {
  const ronde = data.ronde;
  const [lokaal, setLokaal] = useState<Record<string, number> | null>(null);
  const [fout, setFout] = useState<string | null>(null);
  const vanServer = ronde ? kamer.mijn[ronde.id]?.stemmen : undefined;
  // What the server echoed wins as soon as it arrives.
  useEffect(() => setLokaal(null), [vanServer]);
  if (!ronde) return null;
  const mijn = lokaal ?? vanServer ?? {};
  const budget = ronde.budget ?? STANDAARD_BUDGET;
  const over = resterend(budget, mijn);

  async function zet(optie: number, aantal: number) {
    if (!ronde || aantal < 0) return;
    const vorige = mijn;
    const volgende = { ...mijn, [String(optie)]: aantal };
    setLokaal(volgende);
    const probleem = ackFout(await kamer.emit('ronde:stem', { rondeId: ronde.id, optie, aantal }));
    setFout(probleem);
    if (probleem) {
      setLokaal(vorige);
      meld(probleem);
    }
  }

  return (
    <div>
      <p className="sp-budget" role="status">
        {nl.prioriteren.resterend(over, budget)}
      </p>
      <ol className="sp-biljet" aria-label={nl.prioriteren.stemLabel}>
        {(ronde.opties ?? []).map((titel, i) => {
          const n = mijn[String(i)] ?? 0;
          return (
            <li key={`${i}-${titel}`} className="sp-biljet__regel">
              <span className="sp-biljet__titel">{titel}</span>
              <span className="sp-biljet__knoppen">
                <button type="button" className="knop knop--klein" aria-label={nl.prioriteren.min(titel)} disabled={n === 0} onClick={() => void zet(i, n - 1)}>
                  −
                </button>
                <span className="sp-stippen" aria-label={nl.prioriteren.mijnStemmen(n)} role="img">
                  {n === 0 ? <span className="sp-stippen__leeg">0</span> : '●'.repeat(Math.min(n, 10))}
                </span>
                <button type="button" className="knop knop--klein" aria-label={nl.prioriteren.plus(titel)} disabled={over === 0} onClick={() => void zet(i, n + 1)}>
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      {fout && <Melding soort="fout">{fout}</Melding>}
    </div>
  );
}

/** The count after the round closed: most dots first, as bars. */
function Uitslag({ data }: { data: StapProps['data'] }) {
  const { ronde, uitslag } = data;
  if (!ronde || !uitslag) return <p className="laden">{nl.prioriteren.gesloten}</p>;
  const opties = ronde.opties ?? [];
  const regels = opties
    .map((titel, i) => ({ titel, i, n: Math.max(0, uitslag[String(i)] ?? 0) }))
    .sort((a, b) => b.n - a.n || a.i - b.i);
  const max = Math.max(1, ...regels.map((r) => r.n));
  const top = new Set(data.matrixIds);
  const idVan = (i: number) => data.instellingen.stemOpties?.[i];
  return (
    <section aria-labelledby="sp-uitslag-titel" className="sp-uitslag">
      <h4 id="sp-uitslag-titel">{nl.prioriteren.uitslag}</h4>
      <p className="zacht klein">{nl.prioriteren.aantalGestemd(ronde.aantalInzendingen)}</p>
      <ol aria-label={nl.prioriteren.uitslagLabel}>
        {regels.map((r) => {
          const id = idVan(r.i);
          return (
            <li key={`${r.i}-${r.titel}`} className={id && top.has(id) && r.n > 0 ? 'sp-uitslag__regel sp-uitslag__regel--top' : 'sp-uitslag__regel'}>
              <span className="sp-uitslag__titel">{r.titel}</span>
              <span className="sp-uitslag__balk" aria-hidden="true">
                <span style={{ width: `${(r.n / max) * 100}%` }} />
              </span>
              <span className="sp-uitslag__n">{nl.prioriteren.stemmenTelling(r.n)}</span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
