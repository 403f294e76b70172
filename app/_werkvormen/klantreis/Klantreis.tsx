'use client';

import { useEffect, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { diversiteitsTips } from '../../../lib/werkvormen/klantreis/diversiteit';
import { KlantreisInstellingen } from '../../../lib/werkvormen/klantreis/schema';
import { Melding } from '../../_components/Melding';
import { ackFout } from '../../_sync/useKamer';
import { useKlantreizen } from '../../_sync/useKlantreizen';
import type { WerkvormProps } from '../WerkvormProps';
import { Aankondiging, useAankondiging } from './Aankondiging';
import { KlantreisBord } from './KlantreisBord';
import { NieuweKlantreis } from './NieuweKlantreis';
import { PersonaKop } from './PersonaKop';
import './klantreis.css';

/**
 * The Klantreis (DESIGN §3): several klantreizen per traject, one per persona,
 * each a grid of phases × lanes that everyone edits at once. The klantreizen
 * live in the traject doc, so they carry over to later bijeenkomsten. The
 * begeleider chooses which one everyone sees (`werkvorm:zet actieveKlantreis`);
 * a participant may look at another one and comes back when the begeleider switches.
 */
export function Klantreis(props: WerkvormProps) {
  const { trajectDoc, trajectSynced, alleenLezen, isBegeleider, kamer, bijeenkomst } = props;
  const { klantreizen, maak, wijzig, verwijder, promoveer } = useKlantreizen(trajectDoc);
  const { bericht, meld } = useAankondiging();
  const [eigenKeuze, setEigenKeuze] = useState<string | null>(null);
  const [nieuw, setNieuw] = useState(false);
  const [fout, setFout] = useState<string | null>(null);

  const instellingen = KlantreisInstellingen.safeParse(kamer.toestand?.werkvormen.klantreis ?? {});
  const actief = instellingen.success ? (instellingen.data.actieveKlantreis ?? null) : null;
  // When the begeleider switches, everyone follows (like "volg mij" for steps).
  useEffect(() => setEigenKeuze(null), [actief]);

  const gekozenId = [eigenKeuze, actief].find((id) => id !== null && klantreizen.some((r) => r.id === id)) ?? klantreizen[0]?.id ?? null;
  const reis = klantreizen.find((r) => r.id === gekozenId) ?? null;
  const kanSchrijven = !alleenLezen && trajectSynced;

  async function kies(id: string) {
    setNieuw(false);
    setEigenKeuze(id);
    if (isBegeleider && !alleenLezen) setFout(ackFout(await kamer.emit('werkvorm:zet', { werkvorm: 'klantreis', waarden: { actieveKlantreis: id } })));
  }

  if (!trajectSynced) return <p className="laden">{nl.klantreis.laden}</p>;

  const tips = diversiteitsTips(klantreizen.map((r) => r.persona));
  const toonFormulier = kanSchrijven && (nieuw || klantreizen.length === 0);
  const naamVan = (naam: string) => naam.trim() || nl.klantreis.naamlozeKlant;

  return (
    <div>
      <Aankondiging bericht={bericht} />
      <nav aria-label={nl.klantreis.kiesLabel}>
        <ul className="kr-keuze">
          {klantreizen.map((r) => (
            <li key={r.id}>
              <button type="button" className="knop knop--klein" aria-pressed={!toonFormulier && r.id === gekozenId} onClick={() => void kies(r.id)}>
                {naamVan(r.persona.naam)}
                {r.persona.ervaringsdeskundige && <span className="kr-keuze__teken">{nl.klantreis.ervaringsdeskundigeKort}</span>}
                {r.id === actief && !isBegeleider && <span className="visueel-verborgen"> ({nl.klantreis.iedereenKijkt})</span>}
              </button>
            </li>
          ))}
          {kanSchrijven && klantreizen.length > 0 && (
            <li>
              <button type="button" className="knop knop--klein" aria-pressed={nieuw} onClick={() => setNieuw(true)}>
                + {nl.klantreis.nieuw}
              </button>
            </li>
          )}
        </ul>
      </nav>
      {!isBegeleider && actief !== null && gekozenId !== actief && klantreizen.some((r) => r.id === actief) && (
        <div className="volgbalk">
          <span className="klein">{nl.klantreis.begeleiderToont(naamVan(klantreizen.find((r) => r.id === actief)?.persona.naam ?? ''))}</span>
          <button type="button" className="knop knop--primair knop--klein" onClick={() => setEigenKeuze(null)}>
            {nl.kamer.terugNaarBegeleider}
          </button>
        </div>
      )}
      {fout && <Melding soort="fout">{fout}</Melding>}
      {toonFormulier ? (
        <Melding soort="info" titel={nl.klantreis.tipsLabel}>
          {tips.map((t) => nl.klantreis.tips[t]).join(' ')}
        </Melding>
      ) : (
        kanSchrijven &&
        tips.length > 0 && (
          <p className="zacht klein kr-tip">
            <strong>{nl.klantreis.tipsLabel}:</strong> {tips.map((t) => nl.klantreis.tips[t]).join(' ')}
          </p>
        )
      )}
      {toonFormulier ? (
        <NieuweKlantreis
          annuleer={klantreizen.length > 0 ? () => setNieuw(false) : undefined}
          maak={(persona) => {
            const uit = maak(persona, bijeenkomst.id);
            if (!uit.ok) return nl.klantreis.redenen[uit.reden] ?? nl.app.onbekendeFout;
            setNieuw(false);
            void kies(uit.id);
            return null;
          }}
        />
      ) : reis === null ? (
        <p className="leeg">{kanSchrijven ? nl.klantreis.geen : nl.klantreis.geenAlleenLezen}</p>
      ) : (
        <>
          <PersonaKop
            reis={reis}
            kanSchrijven={kanSchrijven}
            magVerwijderen={kanSchrijven && isBegeleider}
            wijzig={(wijziging) => wijzig(reis.id, { type: 'persona:zet', wijziging })}
            verwijder={() => verwijder(reis.id)}
          />
          <KlantreisBord
            reis={reis}
            kanSchrijven={kanSchrijven}
            bijeenkomstId={bijeenkomst.id}
            wijzig={(event) => wijzig(reis.id, event)}
            promoveer={(kaartId) => promoveer(reis.id, kaartId, bijeenkomst.id)}
            meld={meld}
          />
        </>
      )}
    </div>
  );
}
