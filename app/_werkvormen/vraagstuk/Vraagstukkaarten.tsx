'use client';

import { useEffect, useState, type FormEvent } from 'react';
import { formatDatumTijd, nl } from '../../../lib/i18n/nl';
import type { Soort } from '../../../lib/protocol';
import { VraagstukTekst, type Vraagstukkaart, type VraagstukVeld } from '../../../lib/werkvormen/vraagstuk/schema';
import { apiSend } from '../../_api/api';
import { useApi } from '../../_api/useApi';
import { Melding as MeldingVak } from '../../_components/Melding';
import { DrieVragen, LEEG_VRAAGSTUK } from './DrieVragen';
import { VraagstukKaart } from './VraagstukKaart';

const t = nl.vraagstuk.vraagstuk;

type Melding = { soort: 'succes' | 'fout'; tekst: string };

/**
 * A leernetwerk's own vraagstuk cards: everyone's card with what each
 * Afsluiting decided about it, and your own card as a form. The server decides
 * who may change a card (its owner); this view only offers it to them.
 */
export function Vraagstukkaarten({
  trajectId,
  ik,
  alleenLezen,
  voorstel = null,
  verversMs,
  kopNiveau = 3,
}: {
  trajectId: string;
  ik: { id: string; soort: Soort } | null;
  alleenLezen: boolean;
  /** A participant without a card starts from this (their revealed answer). */
  voorstel?: VraagstukTekst | null;
  /** Others' edits arrive over HTTP: poll this often while the list is on screen. */
  verversMs?: number;
  kopNiveau?: 3 | 4;
}) {
  const { staat, herlaad } = useApi<{ kaarten: Vraagstukkaart[] }>(`/api/trajecten/${encodeURIComponent(trajectId)}/vraagstukken`);
  // Kept here, so it survives the form starting afresh once the saved card comes back.
  const [melding, setMelding] = useState<Melding | null>(null);
  useEffect(() => {
    if (!verversMs) return;
    const timer = setInterval(() => void herlaad(), verversMs);
    return () => clearInterval(timer);
  }, [verversMs, herlaad]);

  if (staat.soort === 'laden') return <p className="laden">{nl.app.laden}</p>;
  if (staat.soort === 'fout') return <MeldingVak soort="fout">{staat.error}</MeldingVak>;
  const kaarten = staat.data.kaarten;
  const mijn = kaarten.find((k) => k.magBewerken) ?? null;
  const magMaken = !alleenLezen && ik?.soort === 'deelnemer';
  const anderen = kaarten.filter((k) => k !== mijn);

  return (
    <div className="vk-kaartenlijst">
      {magMaken && (
        <EigenKaartFormulier
          key={mijn ? mijn.id : `nieuw:${JSON.stringify(voorstel)}`}
          trajectId={trajectId}
          kaart={mijn}
          voorstel={voorstel}
          onOpgeslagen={herlaad}
          melding={melding}
          setMelding={setMelding}
        />
      )}
      {anderen.length === 0 && !mijn ? (
        <p className="leeg">{t.geenKaarten}</p>
      ) : (
        <ul className="vk-kaarten" aria-label={t.kaartenLijst}>
          {(magMaken ? anderen : kaarten).map((k) => (
            <li key={k.id}>
              <VraagstukKaart id={`vk-kaart-${k.id}`} naam={k.naam} organisatie={k.organisatie} rol={k.rol} vraagstuk={k} kopNiveau={kopNiveau}>
                <Markeringen kaart={k} />
              </VraagstukKaart>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** What every Afsluiting decided about a card, oldest first. */
function Markeringen({ kaart }: { kaart: Vraagstukkaart }) {
  return (
    <div className="vk-markeringen">
      <p className="vk-markeringen__kop">{t.markeringen}</p>
      {kaart.markeringen.length === 0 ? (
        <p className="klein zacht">{t.geenMarkeringen}</p>
      ) : (
        <ul className="klein">
          {kaart.markeringen.map((m) => (
            <li key={m.bijeenkomstId} className={`vk-markering vk-markering--${m.keuze}`}>
              {t.markering(m.nummer, m.keuze)}
            </li>
          ))}
        </ul>
      )}
      <p className="klein zacht">{t.bijgewerkt(formatDatumTijd(new Date(kaart.bijgewerkt).toISOString()))}</p>
    </div>
  );
}

/** The owner's own card: PUT makes it, PATCH changes it; the cookie says whose it is. */
function EigenKaartFormulier({
  trajectId,
  kaart,
  voorstel,
  onOpgeslagen,
  melding,
  setMelding,
}: {
  trajectId: string;
  kaart: Vraagstukkaart | null;
  voorstel: VraagstukTekst | null;
  onOpgeslagen: () => Promise<void>;
  melding: Melding | null;
  setMelding: (m: Melding | null) => void;
}) {
  const [waarden, setWaarden] = useState<VraagstukTekst>(
    kaart ? { probleem: kaart.probleem, waarom: kaart.waarom, doel: kaart.doel } : (voorstel ?? LEEG_VRAAGSTUK),
  );
  const [bezig, setBezig] = useState(false);

  async function bewaar(e: FormEvent) {
    e.preventDefault();
    if (!VraagstukTekst.safeParse(waarden).success) return setMelding({ soort: 'fout', tekst: t.minstensEen });
    setBezig(true);
    const uit = kaart
      ? await apiSend(`/api/vraagstukken/${encodeURIComponent(kaart.id)}`, waarden, 'PATCH')
      : await apiSend(`/api/trajecten/${encodeURIComponent(trajectId)}/vraagstukken/mijn`, waarden);
    setBezig(false);
    setMelding(uit.ok ? { soort: 'succes', tekst: t.kaartOpgeslagen } : { soort: 'fout', tekst: uit.error });
    if (uit.ok) await onOpgeslagen();
  }

  return (
    <form className="vk-eigen formulier" aria-label={t.mijnKaart} onSubmit={bewaar}>
      <h3 className="vk-eigen__kop">{t.mijnKaart}</h3>
      <DrieVragen waarden={waarden} onWijzig={(veld: VraagstukVeld, tekst) => setWaarden((w) => ({ ...w, [veld]: tekst }))} rijen={2} metHints={false} />
      <div className="knoppen">
        <button type="submit" className="knop knop--primair" disabled={bezig}>
          {t.kaartOpslaan}
        </button>
      </div>
      {melding && <MeldingVak soort={melding.soort}>{melding.tekst}</MeldingVak>}
      {kaart && <Markeringen kaart={kaart} />}
    </form>
  );
}
