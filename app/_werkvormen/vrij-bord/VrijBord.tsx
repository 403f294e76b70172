'use client';

import dynamic from 'next/dynamic';
import { useState, useSyncExternalStore } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { vrijBordLicentie, type VrijBordLicentie } from '../../../lib/werkvormen/vrij-bord/licentie';
import type { CanvasApi } from '../../_canvas/api';
import { Laden } from '../../_components/Laden';
import { Melding } from '../../_components/Melding';
import type { WerkvormProps } from '../WerkvormProps';
import { CanvasGrens } from './CanvasGrens';
import { neemOpInVerslag } from './neemOpInVerslag';
import { PlaatsPaneel } from './PlaatsPaneel';
import './vrijbord.css';

// tldraw is large; the room's first load must not carry it (DESIGN §6). This
// is the only import of the canvas, and it runs when the vrij bord opens.
const Canvas = dynamic(() => import('../../_canvas/Canvas'), {
  ssr: false,
  loading: () => <Laden tekst={nl.vrijBord.laden} />,
});

const geenAbonnement = () => () => {};
function licentieHier(): VrijBordLicentie {
  return vrijBordLicentie(window.location, process.env.NODE_ENV === 'production', process.env.NEXT_PUBLIC_TLDRAW_LICENSE_KEY);
}

/**
 * The Vrij bord (DESIGN §3): a free tldraw canvas per bijeenkomst, shared
 * live through the bijeenkomst doc, plus a keyboard-friendly list to put
 * speerpunten, acties and successen on it, a PNG download, and for the
 * begeleider the board into the verslag (issue 10). Where tldraw
 * would hide itself for lack of a licence key, a Dutch notice takes its place.
 */
export function VrijBord({ bijeenkomst, bord, bordSynced, trajectDoc, ik, alleenLezen, isBegeleider }: WerkvormProps) {
  const licentie = useSyncExternalStore(geenAbonnement, licentieHier, () => 'ok' as const);
  const [api, setApi] = useState<CanvasApi | null>(null);
  const [bezig, setBezig] = useState(false);
  const [melding, setMelding] = useState('');
  const [groot, setGroot] = useState(false);
  const [opgenomen, setOpgenomen] = useState(false);
  const [opnemen, setOpnemen] = useState(false);

  async function naarVerslag() {
    if (!api) return;
    setOpnemen(true);
    setMelding('');
    try {
      const uit = await neemOpInVerslag(bijeenkomst.id, (schaal) => api.alsPng(schaal));
      if (!uit) setMelding(nl.vrijBord.verslag.leeg);
      else if (!uit.ok) setMelding(nl.vrijBord.verslag.mislukt(uit.fout));
      else {
        setOpgenomen(true);
        const t = nl.vrijBord.verslag;
        setMelding(uit.verslag === 'bij-afsluiten' ? t.bijAfsluiten : uit.verslag === 'opnieuw-gemaakt' ? t.opnieuwGemaakt : t.aangevuld);
      }
    } catch (err) {
      console.error('[leerbord] vrij bord naar het verslag mislukt', err);
      setMelding(nl.vrijBord.afbeelding.mislukt);
    } finally {
      setOpnemen(false);
    }
  }

  async function download() {
    if (!api) return;
    setBezig(true);
    setMelding('');
    try {
      const blob = await api.alsPng();
      if (!blob) {
        setMelding(nl.vrijBord.afbeelding.leeg);
        return;
      }
      const url = URL.createObjectURL(blob);
      const a = document.createElement('a');
      a.href = url;
      a.download = nl.vrijBord.afbeelding.bestandsnaam(bijeenkomst.nummer);
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (err) {
      console.error('[leerbord] afbeelding van het vrije bord mislukt', err);
      setMelding(nl.vrijBord.afbeelding.mislukt);
    } finally {
      setBezig(false);
    }
  }

  if (licentie === 'geen-sleutel') {
    return (
      <div className="vrijbord">
        <Melding soort="info" titel={nl.vrijBord.geenLicentie.titel}>
          {nl.vrijBord.geenLicentie.tekst}
        </Melding>
      </div>
    );
  }

  return (
    <div className={groot ? 'vrijbord vrijbord--groot' : 'vrijbord'}>
      <p className="zacht vrijbord__uitleg">{nl.vrijBord.uitleg}</p>
      <div className="vrijbord__vlak">
        {bord && bordSynced ? (
          <CanvasGrens>
            <Canvas bord={bord} ik={ik} alleenLezen={alleenLezen} onApi={setApi} />
          </CanvasGrens>
        ) : (
          <Laden tekst={nl.vrijBord.verbinden} />
        )}
      </div>
      <div className="vrijbord__onder">
        {!alleenLezen && !groot && <PlaatsPaneel bord={bord} trajectDoc={trajectDoc} />}
        <div className="knoppen vrijbord__knoppen">
          <span role="status" className="zacht">
            {melding}
          </span>
          <button type="button" className="knop knop--klein" disabled={!api || bezig} onClick={() => void download()}>
            {bezig ? nl.vrijBord.afbeelding.bezig : nl.vrijBord.afbeelding.knop}
          </button>
          {isBegeleider && (
            <button type="button" className="knop knop--klein" disabled={!api || opnemen} onClick={() => void naarVerslag()}>
              {opnemen ? nl.vrijBord.verslag.bezig : opgenomen ? nl.vrijBord.verslag.opnieuw : nl.vrijBord.verslag.knop}
            </button>
          )}
          <button type="button" className="knop knop--klein" aria-pressed={groot} onClick={() => setGroot((g) => !g)}>
            {groot ? nl.vrijBord.verkleinen : nl.vrijBord.vergroten}
          </button>
        </div>
      </div>
    </div>
  );
}
