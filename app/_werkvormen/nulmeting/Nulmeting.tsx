'use client';

import { useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { geldigeAntwoorden, nulmetingStap, nulmetingZet, NULMETING_STAPPEN } from '../../../lib/werkvormen/nulmeting/machine';
import { NulmetingInstellingen, type Nulmeting as NulmetingMeting, type NulmetingItem } from '../../../lib/werkvormen/nulmeting/schema';
import { priveFase } from '../../../lib/werkvormen/rondeFase';
import { apiSend } from '../../_api/api';
import { useApi } from '../../_api/useApi';
import { Melding } from '../../_components/Melding';
import { useServerActie } from '../ronde/useServerActie';
import { StappenNav } from '../StappenNav';
import type { WerkvormProps } from '../WerkvormProps';
import { NulmetingFormulier } from './NulmetingFormulier';
import { NulmetingUitslag } from './NulmetingUitslag';
import '../vraagstuk/vraagstuk.css';
import './nulmeting.css';

const t = nl.vraagstuk.nulmeting;

/**
 * The Nulmeting (DESIGN §3, seed 001 ch. 4): everyone scores privately the
 * five kenmerken and weten, willen, kunnen, mogen; after the reveal a dot plot
 * per item, beside the previous meting, and the begeleider can put one item
 * in focus for everyone. The revealed result is kept on the traject.
 */
export function Nulmeting(props: WerkvormProps) {
  const { kamer, isBegeleider, alleenLezen, bijeenkomst, ik, aanwezigen } = props;
  const stap = nulmetingStap(props.stap);
  const inst = NulmetingInstellingen.safeParse(kamer.toestand?.werkvormen.nulmeting ?? {});
  const instellingen = inst.success ? inst.data : {};
  const fase = priveFase(instellingen.ronde ?? null, kamer.toestand?.rondes ?? [], kamer.onthuld);
  const zet = nulmetingZet(fase);
  const leidt = isBegeleider && !alleenLezen;
  const { fout, bezig, doe } = useServerActie();
  const metingenPad = `/api/trajecten/${encodeURIComponent(bijeenkomst.trajectId)}/nulmetingen`;
  const { staat, herlaad } = useApi<{ metingen: NulmetingMeting[] }>(metingenPad);
  const metingen = staat.soort === 'ok' ? staat.data.metingen : [];
  const [bewaarFout, setBewaarFout] = useState<string | null>(null);
  const deelnemers = aanwezigen.filter((a) => a.soort === 'deelnemer' && a.online).length;
  const aantal = fase.soort === 'open' || fase.soort === 'gesloten' ? fase.aantal : 0;
  const bewaard = fase.soort !== 'geen' && metingen.some((m) => m.rondeId === fase.rondeId);

  async function start() {
    const ack = await doe(() => kamer.emit('ronde:open', { soort: 'prive', titel: t.rondeTitel, anoniem: true }));
    const rondeId = ack && 'rondeId' in ack && typeof ack.rondeId === 'string' ? ack.rondeId : null;
    if (rondeId) await doe(() => kamer.emit('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { ronde: rondeId, focus: null } }));
  }

  async function bewaar(rondeId: string) {
    const uit = await apiSend(`/api/bijeenkomsten/${encodeURIComponent(bijeenkomst.id)}/nulmeting`, { rondeId });
    setBewaarFout(uit.ok ? null : uit.error);
    await herlaad();
  }

  async function onthul(rondeId: string) {
    const ack = await doe(() => kamer.emit('ronde:onthul', { rondeId }));
    if (!ack) return;
    await bewaar(rondeId);
    await doe(() => kamer.emit('werkvorm:kies', { werkvorm: 'nulmeting', stap: 1 }));
  }

  const toonTeller = fase.soort === 'open' || fase.soort === 'gesloten';
  const toonStart = leidt && zet.soort === 'start-ronde';
  const toonOnthul = leidt && zet.soort === 'onthul';
  const toonNaarUitslag = leidt && zet.soort === 'naar-uitslag' && stap === 'invullen';
  // A reveal whose result the server did not get to keep (a lost connection) can be kept by hand.
  const toonBewaar = leidt && zet.soort === 'naar-uitslag' && staat.soort === 'ok' && !bewaard;

  const focus = (item: NulmetingItem | null) => void doe(() => kamer.emit('werkvorm:zet', { werkvorm: 'nulmeting', waarden: { focus: item } }));

  return (
    <div className="nulmeting">
      <StappenNav label={t.stappenLabel} stappen={t.stappen} stap={NULMETING_STAPPEN.indexOf(stap)} onKies={props.kiesStap} />
      <UitslagAankondiging aantal={fase.soort === 'onthuld' ? geldigeAntwoorden(fase.inzendingen).length : null} />
      {fout && <Melding soort="fout">{fout}</Melding>}
      {isBegeleider && (toonTeller || stap === 'invullen' || toonStart || toonOnthul || toonNaarUitslag || toonBewaar || bewaarFout) && (
        <div className="vk-leiding">
          {toonTeller && (
            <p role="status" className="vk-leiding__stand">
              {t.ingeleverdTeller(aantal, Math.max(deelnemers, aantal))}
            </p>
          )}
          {stap === 'invullen' && <p className="klein zacht">{t.begeleiderWacht}</p>}
          <div className="knoppen">
            {toonStart && (
              <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void start()}>
                {t.startRonde}
              </button>
            )}
            {toonOnthul && zet.soort === 'onthul' && (
              <button type="button" className="knop knop--primair" disabled={bezig} onClick={() => void onthul(zet.rondeId)}>
                {t.onthul}
              </button>
            )}
            {toonNaarUitslag && (
              <button type="button" className="knop knop--primair" onClick={() => props.kiesStap(1)}>
                {t.naarUitslag}
              </button>
            )}
            {toonBewaar && zet.soort === 'naar-uitslag' && (
              <button type="button" className="knop" onClick={() => void bewaar(zet.rondeId)}>
                {t.bewaren}
              </button>
            )}
          </div>
          {bewaarFout && <Melding soort="fout">{t.nietBewaard(bewaarFout)}</Melding>}
        </div>
      )}
      {stap === 'invullen' ? (
        !isBegeleider && ik?.soort === 'deelnemer' && !alleenLezen ? (
          <NulmetingFormulier fase={fase} kamer={kamer} conceptSleutel={`${bijeenkomst.id}:${ik.id}:nulmeting`} />
        ) : (
          !isBegeleider && <p className="leeg">{t.nogNietOnthuld}</p>
        )
      ) : (
        <NulmetingUitslag
          fase={fase}
          metingen={metingen}
          nummer={bijeenkomst.nummer}
          focus={instellingen.focus ?? null}
          onFocus={leidt ? focus : null}
        />
      )}
    </div>
  );
}

/** Speaks the reveal once, when it happens. */
function UitslagAankondiging({ aantal }: { aantal: number | null }) {
  const [bericht, setBericht] = useState('');
  const vorige = useRef<number | null | undefined>(undefined);
  useEffect(() => {
    const was = vorige.current;
    vorige.current = aantal;
    if (was === null && aantal !== null) setBericht(t.uitslagZichtbaar(aantal));
  }, [aantal]);
  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
