'use client';

import { nl } from '../../../lib/i18n/nl';
import type { Besluit } from '../../../lib/sync/opening';
import { GedeeldTekstveld } from '../../_components/GedeeldTekstveld';
import { Veld } from '../../_components/Veld';
import { useOpening } from '../../_sync/useOpening';
import { useSpeerpunten } from '../../_sync/useSpeerpunten';
import type { WerkvormProps } from '../WerkvormProps';

const BESLUITEN: readonly Exclude<Besluit, ''>[] = ['doorgaan', 'bijstellen', 'stoppen'];

/** Step 3: Check and Act of PDCA, per speerpunt against its doelstelling. */
export function CheckAct({ trajectDoc, trajectSynced, bord, alleenLezen }: WerkvormProps) {
  const speerpunten = useSpeerpunten(trajectDoc);
  const { checkAct, zetCheckAct } = useOpening(bord);

  return (
    <section className="kaart" aria-labelledby="opening-check-act">
      <h3 id="opening-check-act">{nl.opening.checkAct}</h3>
      <p className="zacht">{nl.opening.checkActUitleg}</p>
      {!trajectSynced ? (
        <p className="laden">{nl.sync.laden}</p>
      ) : speerpunten.length === 0 ? (
        <p className="leeg">{nl.speerpunten.leeg}</p>
      ) : (
        speerpunten.map((s) => {
          const ca = checkAct[s.id] ?? { resultaat: '', besluit: '' };
          return (
            <article key={s.id} className="speerpunt" aria-labelledby={`sp-${s.id}`}>
              <h4 id={`sp-${s.id}`}>{s.titel}</h4>
              {s.doelstelling && (
                <p className="klein">
                  <strong>{nl.speerpunten.doelstelling}:</strong> {s.doelstelling}
                </p>
              )}
              {alleenLezen ? (
                <dl className="gegevens">
                  <dt>{nl.opening.resultaat(s.titel)}</dt>
                  <dd>{ca.resultaat || '—'}</dd>
                  <dt>{nl.opening.besluit(s.titel)}</dt>
                  <dd>{ca.besluit ? nl.opening.besluiten[ca.besluit] : nl.opening.geenBesluit}</dd>
                </dl>
              ) : (
                <div className="formulier">
                  <Veld label={nl.opening.resultaat(s.titel)} markeerOptioneel={false}>
                    {(ids) => (
                      <GedeeldTekstveld
                        ids={ids}
                        meerRegels
                        maxLength={5000}
                        waarde={ca.resultaat}
                        onWijzig={(resultaat) => zetCheckAct(s.id, { resultaat })}
                      />
                    )}
                  </Veld>
                  <fieldset>
                    <legend>{nl.opening.besluit(s.titel)}</legend>
                    <div className="besluit">
                      {BESLUITEN.map((b) => (
                        <label key={b}>
                          <input
                            type="radio"
                            name={`besluit-${s.id}`}
                            value={b}
                            checked={ca.besluit === b}
                            onChange={() => zetCheckAct(s.id, { besluit: b })}
                          />
                          {nl.opening.besluiten[b]}
                        </label>
                      ))}
                    </div>
                  </fieldset>
                </div>
              )}
            </article>
          );
        })
      )}
    </section>
  );
}
