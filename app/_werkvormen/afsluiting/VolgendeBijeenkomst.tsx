'use client';

import { useState, type FormEvent } from 'react';
import { formatDatumTijd, nl } from '../../../lib/i18n/nl';
import { leesAfsluitingInstellingen, lokaalNaarIso, volgendeBijeenkomst } from '../../../lib/werkvormen/afsluiting/machine';
import { apiSend } from '../../_api/api';
import type { Traject } from '../../_api/typen';
import { useApi } from '../../_api/useApi';
import { Melding } from '../../_components/Melding';
import { Veld } from '../../_components/Veld';
import { ackFout } from '../../_sync/useKamer';
import type { WerkvormProps } from '../WerkvormProps';

/** An ISO date-time as a `datetime-local` value in this browser's zone. */
function alsLokaal(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return '';
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/**
 * The date and intentie of the next bijeenkomst. The facilitator plans it
 * here (a new bijeenkomst, or the one already planned next is changed); the
 * room's state carries it to every screen at once.
 */
export function VolgendeBijeenkomst({ bijeenkomst, kamer, isBegeleider, alleenLezen }: WerkvormProps) {
  const { staat, herlaad } = useApi<Traject>(`/api/trajecten/${encodeURIComponent(bijeenkomst.trajectId)}`);
  const inst = leesAfsluitingInstellingen(kamer.toestand?.werkvormen.afsluiting);
  const gepland = staat.soort === 'ok' ? volgendeBijeenkomst(staat.data.bijeenkomsten, bijeenkomst.nummer) : null;
  // What the room says wins: it is live; the traject's list needs a reload.
  const getoond = inst.volgendeBijeenkomst
    ? { ...inst.volgendeBijeenkomst, nummer: gepland?.id === inst.volgendeBijeenkomst.id ? gepland.nummer : null }
    : gepland
      ? { id: gepland.id, datum: gepland.datum, intentie: gepland.intentie, nummer: gepland.nummer }
      : null;
  const leidt = isBegeleider && !alleenLezen;

  return (
    <div className="raster afsluiting__raster afsluiting__raster--gelijk">
      <section className="kaart" aria-labelledby="afsluiting-volgende" aria-live="polite">
        <h3 id="afsluiting-volgende">{nl.afsluiting.stapNamen.volgende}</h3>
        {getoond ? (
          <dl className="gegevens">
            <dt>{nl.afsluiting.datum}</dt>
            <dd>{formatDatumTijd(getoond.datum)}</dd>
            <dt>{nl.afsluiting.intentie}</dt>
            <dd>{getoond.intentie}</dd>
          </dl>
        ) : staat.soort === 'laden' ? (
          <p className="laden">{nl.sync.laden}</p>
        ) : (
          <p className="leeg">{nl.afsluiting.geenVolgende}</p>
        )}
        {getoond?.nummer && <p className="klein zacht">{nl.afsluiting.volgendeGepland(getoond.nummer)}</p>}
        {!leidt && !getoond && <p className="klein zacht">{nl.afsluiting.begeleiderPlant}</p>}
      </section>
      {leidt && staat.soort !== 'laden' && (
        <PlanFormulier
          bestaand={getoond}
          trajectId={bijeenkomst.trajectId}
          onGepland={async (volgende) => {
            const ack = await kamer.emit('werkvorm:zet', { werkvorm: 'afsluiting', waarden: { volgendeBijeenkomst: volgende } });
            await herlaad();
            return ackFout(ack);
          }}
        />
      )}
    </div>
  );
}

function PlanFormulier({
  bestaand,
  trajectId,
  onGepland,
}: {
  bestaand: { id: string; datum: string; intentie: string } | null;
  trajectId: string;
  onGepland: (v: { id: string; datum: string; intentie: string }) => Promise<string | null>;
}) {
  const [datum, setDatum] = useState(bestaand ? alsLokaal(bestaand.datum) : '');
  const [intentie, setIntentie] = useState(bestaand?.intentie ?? '');
  const [fout, setFout] = useState<string | null>(null);
  const [klaar, setKlaar] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);

  async function verstuur(e: FormEvent) {
    e.preventDefault();
    const iso = lokaalNaarIso(datum, new Date(datum).getTimezoneOffset());
    if (!iso) return setFout(nl.afsluiting.geenDatum);
    setBezig(true);
    setFout(null);
    setKlaar(null);
    const uit = bestaand
      ? await apiSend<unknown>(`/api/bijeenkomsten/${encodeURIComponent(bestaand.id)}`, { datum: iso, intentie }, 'PATCH')
      : await apiSend<{ id: string }>(`/api/trajecten/${encodeURIComponent(trajectId)}/bijeenkomsten`, { datum: iso, intentie });
    if (!uit.ok) {
      setBezig(false);
      return setFout(uit.error);
    }
    const id = bestaand?.id ?? (uit.data as { id: string }).id;
    const probleem = await onGepland({ id, datum: iso, intentie: intentie.trim() });
    setBezig(false);
    setFout(probleem);
    if (!probleem) setKlaar(bestaand ? nl.afsluiting.gewijzigd : nl.afsluiting.gepland);
  }

  return (
    <form className="kaart formulier" onSubmit={verstuur} aria-labelledby="afsluiting-plan">
      <h3 id="afsluiting-plan">{bestaand ? nl.afsluiting.wijzig : nl.afsluiting.plan}</h3>
      <Veld label={nl.afsluiting.datum} verplicht>
        {(ids) => <input {...ids} type="datetime-local" value={datum} onChange={(e) => setDatum(e.target.value)} />}
      </Veld>
      <Veld label={nl.afsluiting.intentie} hint={nl.afsluiting.intentieHint} verplicht>
        {(ids) => <textarea {...ids} rows={2} maxLength={2000} value={intentie} onChange={(e) => setIntentie(e.target.value)} />}
      </Veld>
      <div>
        <button type="submit" className="knop knop--primair" disabled={bezig}>
          {bestaand ? nl.afsluiting.wijzig : nl.afsluiting.plan}
        </button>
      </div>
      {fout && <Melding soort="fout">{fout}</Melding>}
      {klaar && <Melding soort="succes">{klaar}</Melding>}
    </form>
  );
}
