'use client';

import { useId, useState } from 'react';
import { nl } from '../../../../lib/i18n/nl';
import { MAX_OPTIES, STANDAARD_BUDGET, ideeenVan, stemFase, stemWijziging, verdeeld } from '../../../../lib/werkvormen/actieleren/machine';
import type { StapProps } from '../stapProps';

/**
 * Step 5: dot voting on the ideas from the revealed answers, with a budget
 * per person. Counts appear only after the facilitator closes the round; the
 * facilitator then confirms the chosen idea.
 */
export function SelecterenStap({ staat, leidt, isBegeleider, kanSchrijven, kamer, doe, bezig, zet }: StapProps) {
  const id = useId();
  const ideeen = ideeenVan(staat);
  const fase = stemFase(staat);
  const [budget, setBudget] = useState(STANDAARD_BUDGET);
  const [keuze, setKeuze] = useState<number | null>(null);
  const [melding, setMelding] = useState<string | null>(null);
  const gekozen = staat.instellingen.gekozenIdee;

  async function startStemming() {
    const opties = ideeen.map((i) => i.tekst).slice(0, MAX_OPTIES);
    const b = Math.min(Math.max(Math.round(Number.isFinite(budget) ? budget : STANDAARD_BUDGET), 1), 50);
    const ack = await doe(() => kamer.emit('ronde:open', { soort: 'stemmen', titel: nl.actieleren.stemRondeTitel, opties, budget: b }));
    const rondeId = ack && 'rondeId' in ack && typeof ack.rondeId === 'string' ? ack.rondeId : null;
    if (rondeId) await doe(() => zet({ stemRonde: rondeId, gekozenIdee: null }));
  }

  if (fase.soort === 'geen') {
    return (
      <div className="stapvlak">
        {ideeen.length === 0 ? (
          <p className="leeg">{nl.actieleren.geenIdeeen}</p>
        ) : (
          <section aria-labelledby={`${id}-ideeen`}>
            <h4 id={`${id}-ideeen`}>{nl.actieleren.ideeen(ideeen.length)}</h4>
            <ol className="ideeen">
              {ideeen.map((idee, i) => (
                <li key={i} className="idee">
                  {idee.tekst}
                </li>
              ))}
            </ol>
          </section>
        )}
        {leidt && ideeen.length > 0 && (
          <div className="timerstarter">
            <label htmlFor={`${id}-budget`} className="klein">
              {nl.actieleren.budget}
            </label>
            <input id={`${id}-budget`} type="number" min={1} max={50} value={Number.isFinite(budget) ? budget : ''} onChange={(e) => setBudget(e.target.valueAsNumber)} />
            <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void startStemming()}>
              {nl.actieleren.startStemronde}
            </button>
          </div>
        )}
      </div>
    );
  }

  if (fase.soort === 'open') {
    const mijn = kamer.mijn[fase.rondeId]?.stemmen;
    const over = fase.budget - verdeeld(mijn);
    const magStemmen = kanSchrijven && !isBegeleider;

    async function stem(optie: number, richting: 1 | -1) {
      if (fase.soort !== 'open') return;
      const w = stemWijziging(mijn, optie, richting, fase.budget);
      if (!w.ok) {
        setMelding(w.reden === 'budget-op' ? nl.actieleren.budgetOp : null);
        return;
      }
      setMelding(null);
      await doe(() => kamer.emit('ronde:stem', { rondeId: fase.rondeId, optie, aantal: w.aantal }));
    }

    return (
      <div className="stapvlak">
        <p role="status" className={magStemmen ? 'stembudget' : 'klein zacht'}>
          {magStemmen ? nl.actieleren.resterend(over, fase.budget) : nl.actieleren.gestemd(fase.aantal)}
        </p>
        {magStemmen && <p className="klein zacht">{nl.actieleren.gestemd(fase.aantal)}</p>}
        {melding && <p className="melding melding--waarschuwing">{melding}</p>}
        <ol className="ideeen ideeen--stemmen" aria-label={nl.actieleren.ideeen(fase.opties.length)}>
          {fase.opties.map((tekst, optie) => {
            const n = mijn?.[String(optie)] ?? 0;
            return (
              <li key={optie} className={n > 0 ? 'idee idee--gestemd' : 'idee'}>
                <span className="idee__tekst">{tekst}</span>
                {magStemmen && (
                  <span className="stemknoppen" role="group" aria-label={nl.actieleren.stemmenOp(tekst)}>
                    <button type="button" className="knop knop--klein" aria-label={nl.actieleren.stemEraf(tekst)} disabled={n === 0 || bezig} onClick={() => void stem(optie, -1)}>
                      −
                    </button>
                    <span className="stippen" aria-hidden="true">
                      {'●'.repeat(n)}
                    </span>
                    <span className="klein">{nl.actieleren.jouwStemmen(n)}</span>
                    <button type="button" className="knop knop--klein" aria-label={nl.actieleren.stemErbij(tekst)} disabled={bezig} onClick={() => void stem(optie, 1)}>
                      +
                    </button>
                  </span>
                )}
              </li>
            );
          })}
        </ol>
        {isBegeleider && <p className="klein zacht">{nl.actieleren.begeleiderStemtNiet}</p>}
        {leidt && (
          <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void doe(() => kamer.emit('ronde:sluit', { rondeId: fase.rondeId }))}>
            {nl.actieleren.sluitStemronde}
          </button>
        )}
      </div>
    );
  }

  if (fase.soort === 'tellen') {
    return (
      <div className="stapvlak">
        <p className="laden">{nl.actieleren.tellen}</p>
      </div>
    );
  }

  const max = Math.max(1, ...fase.uitslag.map((u) => u.stemmen));
  const standaard = fase.uitslag.find((u) => u.tekst === gekozen?.tekst)?.optie ?? fase.uitslag[0]?.optie ?? 0;
  const gekozenOptie = keuze ?? standaard;
  const bevestig = () => {
    const u = fase.uitslag.find((x) => x.optie === gekozenOptie);
    if (u) void doe(() => zet({ gekozenIdee: { tekst: u.tekst, stemmen: u.stemmen } }));
  };

  return (
    <div className="stapvlak">
      <section aria-labelledby={`${id}-uitslag`}>
        <h4 id={`${id}-uitslag`}>{nl.actieleren.uitslag}</h4>
        <ol className="uitslag" aria-label={nl.actieleren.uitslagLabel}>
          {fase.uitslag.map((u) => (
            <li key={u.optie} className={gekozen?.tekst === u.tekst ? 'uitslag__rij uitslag__rij--gekozen' : 'uitslag__rij'}>
              <span className="uitslag__tekst">{u.tekst}</span>
              <span className="uitslag__balk" aria-hidden="true">
                <span style={{ width: `${(u.stemmen / max) * 100}%` }} />
              </span>
              <span className="uitslag__aantal">{nl.actieleren.stemmen(u.stemmen)}</span>
            </li>
          ))}
        </ol>
      </section>
      {gekozen && (
        <p className="gekozen-idee" role="status">
          <span className="gekozen-idee__label">{nl.actieleren.gekozenIdee}:</span> <strong>{gekozen.tekst}</strong>{' '}
          <span className="zacht klein">({nl.actieleren.stemmen(gekozen.stemmen)})</span>
        </p>
      )}
      {leidt && fase.uitslag.length > 0 && (
        <fieldset className="idee-kiezen">
          <legend>{nl.actieleren.kiesIdee}</legend>
          {fase.uitslag.map((u) => (
            <label key={u.optie} className="vinkje">
              <input type="radio" name={`${id}-idee`} checked={gekozenOptie === u.optie} onChange={() => setKeuze(u.optie)} />
              {u.tekst} <span className="zacht klein">({nl.actieleren.stemmen(u.stemmen)})</span>
            </label>
          ))}
          <button type="button" className="knop knop--primair" disabled={bezig} onClick={bevestig}>
            {nl.actieleren.bevestigIdee}
          </button>
        </fieldset>
      )}
    </div>
  );
}
