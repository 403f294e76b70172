'use client';

import { useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { begeleiderZet, magSchrijven } from '../../../lib/werkvormen/vraagstuk/machine';
import {
  leesVraagstukAntwoord,
  schrijfVraagstukAntwoord,
  VRAAGSTUK_VELDEN,
  VraagstukTekst,
  type VraagstukVeld,
} from '../../../lib/werkvormen/vraagstuk/schema';
import { apiSend } from '../../_api/api';
import { Melding } from '../../_components/Melding';
import { useConcept } from '../../_sync/useConcept';
import { ackFout } from '../../_sync/useKamer';
import { DrieVragen, LEEG_VRAAGSTUK } from './DrieVragen';
import type { VraagstukStapProps } from './stapProps';

const t = nl.vraagstuk.vraagstuk;

/** A draft kept in this browser as JSON, as typed (spaces and all); anything unreadable counts as no draft. */
function leesConcept(concept: string | null): VraagstukTekst | null {
  if (concept === null) return null;
  let ruw: unknown;
  try {
    ruw = JSON.parse(concept);
  } catch {
    // A draft from an older version: start from what was sent instead.
    return null;
  }
  if (typeof ruw !== 'object' || ruw === null) return null;
  const r = ruw as Record<string, unknown>;
  const veld = (k: VraagstukVeld) => (typeof r[k] === 'string' ? (r[k] as string) : '');
  return { probleem: veld('probleem'), waarom: veld('waarom'), doel: veld('doel') };
}

const zelfde = (a: VraagstukTekst, b: VraagstukTekst) => VRAAGSTUK_VELDEN.every((k) => a[k].trim() === b[k].trim());

/**
 * Step 1: everyone writes privately what the problem is, why it matters and
 * what they want to reach. The server holds the answers until the begeleider
 * reveals them all at once; the begeleider sees how many, never what.
 */
export function SchrijfStap(props: VraagstukStapProps) {
  const { fase, leidt, isBegeleider, kamer, aanwezigen, ik, bijeenkomst, alleenLezen, doe, bezig } = props;
  const zet = begeleiderZet(fase);
  const deelnemers = aanwezigen.filter((a) => a.soort === 'deelnemer' && a.online).length;
  const aantal = fase.soort === 'open' || fase.soort === 'gesloten' ? fase.aantal : 0;
  const [kaartFout, setKaartFout] = useState<string | null>(null);

  async function start() {
    const ack = await doe(() => kamer.emit('ronde:open', { soort: 'prive', titel: t.rondeTitel }));
    const rondeId = ack && 'rondeId' in ack && typeof ack.rondeId === 'string' ? ack.rondeId : null;
    if (rondeId) await doe(() => kamer.emit('werkvorm:zet', { werkvorm: 'vraagstuk', waarden: { ronde: rondeId } }));
  }

  async function onthul(rondeId: string) {
    const ack = await doe(() => kamer.emit('ronde:onthul', { rondeId }));
    if (!ack) return;
    // A leernetwerk keeps everyone's answer as their own card on the traject.
    if (bijeenkomst.traject.type === 'leernetwerk') {
      const uit = await apiSend(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/vraagstuk/kaarten`, { rondeId });
      setKaartFout(uit.ok ? null : uit.error);
    }
    await doe(() => kamer.emit('werkvorm:kies', { werkvorm: 'vraagstuk', stap: 1 }));
  }

  return (
    <div className="vk-stap">
      <p className="vk-waarom">{t.eerstHetWaarom}</p>
      {isBegeleider && (
        <div className="vk-leiding">
          {fase.soort !== 'geen' && fase.soort !== 'onthuld' && (
            <p role="status" className="vk-leiding__stand">
              {t.ingeleverdTeller(aantal, Math.max(deelnemers, aantal))}
            </p>
          )}
          <p className="klein zacht">{t.begeleiderSchrijft}</p>
          {leidt && (
            <div className="knoppen">
              {zet.soort === 'start-ronde' && (
                <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void start()}>
                  {t.startRonde}
                </button>
              )}
              {zet.soort === 'onthul' && (
                <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void onthul(zet.rondeId)}>
                  {t.onthul}
                </button>
              )}
              {zet.soort === 'naar-naast-elkaar' && (
                <button type="button" className="knop knop--primair" onClick={() => props.kiesStap(1)}>
                  {t.naarNaastElkaar}
                </button>
              )}
            </div>
          )}
          {kaartFout && <Melding soort="fout">{kaartFout}</Melding>}
        </div>
      )}
      {!isBegeleider && ik && !alleenLezen && ik.soort === 'deelnemer' && <EigenAntwoord {...props} />}
      {!isBegeleider && (ik?.soort !== 'deelnemer' || alleenLezen) && fase.soort !== 'onthuld' && <p className="leeg">{t.nogNietOnthuld}</p>}
    </div>
  );
}

/** The participant's private answer: a local draft until "Inleveren", then held by the server. */
function EigenAntwoord({ fase, kamer, ik, bijeenkomst }: VraagstukStapProps) {
  const { concept, zet, wis } = useConcept(`${bijeenkomst.id}:${ik?.id ?? ''}:vraagstuk`);
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const mijn = fase.soort === 'geen' ? undefined : kamer.mijn[fase.rondeId];
  const verstuurd = mijn?.tekst !== undefined ? leesVraagstukAntwoord(mijn.tekst) : null;
  const waarden = leesConcept(concept) ?? verstuurd ?? LEEG_VRAAGSTUK;
  const gewijzigd = !zelfde(waarden, verstuurd ?? LEEG_VRAAGSTUK);
  const open = ik !== null && magSchrijven(ik.soort, fase);

  function wijzig(veld: VraagstukVeld, tekst: string) {
    zet(JSON.stringify({ ...waarden, [veld]: tekst }));
  }

  async function stuur(e: FormEvent) {
    e.preventDefault();
    if (fase.soort !== 'open') return;
    if (!VraagstukTekst.safeParse(waarden).success) return setFout(t.minstensEen);
    setBezig(true);
    const probleem = ackFout(await kamer.emit('ronde:inzending', { rondeId: fase.rondeId, tekst: schrijfVraagstukAntwoord(waarden) }));
    setBezig(false);
    setFout(probleem);
    if (!probleem) wis();
  }

  if (fase.soort === 'geen') return <p className="leeg">{t.wachtOpStart}</p>;
  if (!open) {
    return <p className="leeg">{fase.soort === 'gesloten' ? t.rondeGesloten : t.zichtbaarVolgende}</p>;
  }

  return (
    <form className="vk-eigen formulier" aria-label={t.mijnVraagstuk} onSubmit={stuur}>
      <p className="klein zacht">{t.prive}</p>
      <DrieVragen waarden={waarden} onWijzig={wijzig} />
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
