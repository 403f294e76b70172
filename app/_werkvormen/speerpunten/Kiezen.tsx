'use client';

import { useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Speerpunt } from '../../../lib/sync/speerpunten';
import { aantalWaarschuwing, geordendeActies, speerpuntIdVoor, verschuifInVolgorde } from '../../../lib/werkvormen/speerpunten/kiezen';
import { kwadrant, voorKeuze } from '../../../lib/werkvormen/speerpunten/matrix';
import { STANDAARD_MAX_SPEERPUNTEN } from '../../../lib/werkvormen/speerpunten/schema';
import { GedeeldTekstveld } from '../../_components/GedeeldTekstveld';
import { Melding } from '../../_components/Melding';
import { Veld } from '../../_components/Veld';
import { ActieFormulier } from '../../_lijsten/ActieFormulier';
import { useActies } from '../../_sync/useActies';
import { useSpeerpuntKeuze } from '../../_sync/useSpeerpuntKeuze';
import type { StapProps } from './Speerpunten';

/**
 * Step 4: choose a few speerpunten (warning above 3, stronger above 5), each
 * with a trekker, a first small step and a doelstelling that the Opening's
 * Check reviews later. They become the traject's speerpunten at once; acties
 * can be ranked under each.
 */
export function Kiezen({ data, trajectDoc, bijeenkomst, kanSchrijven, meld }: StapProps) {
  const { speerpunten, kies, wijzig, verwijder, ordenActies } = useSpeerpuntKeuze(trajectDoc);
  const [alles, setAlles] = useState(false);
  const [fout, setFout] = useState<string | null>(null);
  const reden = (r: string) => nl.prioriteren.redenen[r] ?? nl.app.onbekendeFout;

  const actief = speerpunten.filter((s) => s.status === 'actief');
  const vandaag = speerpunten.filter((s) => s.bijeenkomstId === bijeenkomst.id);
  const eerder = actief.filter((s) => s.bijeenkomstId !== bijeenkomst.id);
  const waarschuwing = aantalWaarschuwing(actief.length);

  const gekozenIds = new Set(speerpunten.map((s) => s.id));
  const basis = alles || data.matrixIds.length === 0 ? data.lijst.map((i) => i.punt) : data.matrixIds.map((id) => data.perId.get(id)).filter((p) => p !== undefined);
  const kandidaten = voorKeuze(basis, data.matrix);

  return (
    <div>
      <section className="kaart" aria-labelledby="sp-kiezen-titel">
        <h3 id="sp-kiezen-titel">{nl.prioriteren.kiezen}</h3>
        <p className="zacht klein">{nl.prioriteren.kiezenUitleg(STANDAARD_MAX_SPEERPUNTEN)}</p>
        <div aria-live="polite">
          {waarschuwing === 'boven-advies' && <Melding soort="waarschuwing">{nl.prioriteren.waarschuwingBovenAdvies(actief.length, STANDAARD_MAX_SPEERPUNTEN)}</Melding>}
          {waarschuwing === 'veel-te-veel' && (
            <div className="melding melding--fout sp-te-veel" role="alert">
              {nl.prioriteren.waarschuwingVeelTeVeel(actief.length)}
            </div>
          )}
        </div>
        <p className="klein">{nl.prioriteren.aantalGekozen(actief.length)}</p>
        {fout && <Melding soort="fout">{fout}</Melding>}
        <h4>{nl.prioriteren.kandidaten}</h4>
        {kandidaten.length === 0 ? (
          <p className="leeg">{nl.prioriteren.leeg}</p>
        ) : (
          <ul className="sp-kandidaten" aria-label={nl.prioriteren.kandidaten}>
            {kandidaten.map((p) => {
              const spId = speerpuntIdVoor(p.id);
              const gekozen = gekozenIds.has(spId);
              // Chosen today: the button takes it back; chosen earlier: it stays (its Check is in the Opening).
              const vanVandaag = vandaag.some((s) => s.id === spId);
              const pos = data.matrix[p.id];
              const n = data.stemmenVan.get(p.id);
              return (
                <li key={p.id} className={gekozen ? 'sp-kandidaat sp-kandidaat--gekozen' : 'sp-kandidaat'}>
                  <span className="sp-kandidaat__titel">{p.titel}</span>
                  <span className="klein zacht">
                    {[n !== undefined ? nl.prioriteren.stemmenVan(n) : null, pos ? nl.prioriteren.kwadrantVan(nl.prioriteren.kwadranten[kwadrant(pos)].naam) : null]
                      .filter(Boolean)
                      .join(' · ')}
                  </span>
                  {kanSchrijven && (
                    <button
                      type="button"
                      className={gekozen ? 'knop knop--klein sp-kandidaat__gekozen' : 'knop knop--klein knop--primair'}
                      aria-pressed={gekozen}
                      aria-label={nl.prioriteren.kies(p.titel)}
                      disabled={gekozen && !vanVandaag}
                      onClick={() => {
                        const uit = gekozen ? verwijder(spId) : kies({ ontwikkelpuntId: p.id, titel: p.titel, bijeenkomstId: bijeenkomst.id, stemmen: n ?? null });
                        setFout(uit.ok ? null : reden(uit.reden));
                      }}
                    >
                      {gekozen ? `✓ ${nl.prioriteren.gekozenKort}` : nl.prioriteren.kiesKort}
                    </button>
                  )}
                </li>
              );
            })}
          </ul>
        )}
        {data.matrixIds.length > 0 && data.matrixIds.length < data.lijst.length && (
          <label className="kr-check klein">
            <input type="checkbox" checked={alles} onChange={(e) => setAlles(e.target.checked)} />
            {nl.prioriteren.alleKandidaten}
          </label>
        )}
      </section>
      <section className="kaart" aria-labelledby="sp-gekozen-titel">
        <h3 id="sp-gekozen-titel">{nl.prioriteren.gekozen}</h3>
        {vandaag.length === 0 ? (
          <p className="leeg">{nl.prioriteren.geenGekozen}</p>
        ) : (
          vandaag.map((s) => (
            <GekozenSpeerpunt
              key={s.id}
              speerpunt={s}
              kanSchrijven={kanSchrijven}
              trajectDoc={trajectDoc}
              bijeenkomstId={bijeenkomst.id}
              wijzig={(w) => void wijzig(s.id, w)}
              verwijder={() => {
                const uit = verwijder(s.id);
                if (!uit.ok) setFout(reden(uit.reden));
              }}
              orden={(ids) => void ordenActies(s.id, ids)}
              meld={meld}
            />
          ))
        )}
        {eerder.length > 0 && (
          <>
            <h4>{nl.prioriteren.eerder}</h4>
            <ul className="lijst">
              {eerder.map((s) => (
                <li key={s.id}>
                  <strong>{s.titel}</strong>
                  {s.trekker && <span className="klein zacht"> · {nl.speerpunten.trekker}: {s.trekker}</span>}
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
    </div>
  );
}

/** One speerpunt chosen today: trekker, first small step, doelstelling, and the acties ranked under it. */
function GekozenSpeerpunt({
  speerpunt: s,
  kanSchrijven,
  trajectDoc,
  bijeenkomstId,
  wijzig,
  verwijder,
  orden,
  meld,
}: {
  speerpunt: Speerpunt;
  kanSchrijven: boolean;
  trajectDoc: StapProps['trajectDoc'];
  bijeenkomstId: string;
  wijzig: (w: Partial<Pick<Speerpunt, 'trekker' | 'eersteStap' | 'doelstelling'>>) => void;
  verwijder: () => void;
  orden: (ids: readonly string[]) => void;
  meld: (tekst: string) => void;
}) {
  const { acties, voegToe } = useActies(trajectDoc);
  const onder = geordendeActies(
    acties.filter((a) => a.speerpuntId === s.id),
    s.actieVolgorde ?? [],
  );
  const ids = onder.map((a) => a.id);

  return (
    <article className="speerpunt sp-gekozen" aria-labelledby={`sp-${s.id}`}>
      <div className="sp-gekozen__kop">
        <h4 id={`sp-${s.id}`}>{s.titel}</h4>
        {typeof s.stemmen === 'number' && <span className="label">{nl.prioriteren.stemmenVan(s.stemmen)}</span>}
        {kanSchrijven && (
          <button type="button" className="knop knop--klein knop--gevaar" aria-label={nl.prioriteren.nietKiezen(s.titel)} onClick={verwijder}>
            {nl.prioriteren.nietKiezenKort}
          </button>
        )}
      </div>
      {kanSchrijven ? (
        <div className="sp-velden">
          <Veld label={nl.prioriteren.trekker(s.titel)} markeerOptioneel={false}>
            {(ids) => <GedeeldTekstveld ids={ids} maxLength={200} waarde={s.trekker} onWijzig={(trekker) => wijzig({ trekker })} />}
          </Veld>
          <Veld label={nl.prioriteren.eersteStap(s.titel)} markeerOptioneel={false}>
            {(ids) => <GedeeldTekstveld ids={ids} maxLength={1000} waarde={s.eersteStap} onWijzig={(eersteStap) => wijzig({ eersteStap })} />}
          </Veld>
          <Veld label={nl.prioriteren.doelstelling(s.titel)} hint={nl.prioriteren.doelstellingHint} markeerOptioneel={false} breed>
            {(ids) => <GedeeldTekstveld ids={ids} meerRegels maxLength={2000} waarde={s.doelstelling} onWijzig={(doelstelling) => wijzig({ doelstelling })} />}
          </Veld>
        </div>
      ) : (
        <dl className="gegevens klein">
          <dt>{nl.speerpunten.trekker}</dt>
          <dd>{s.trekker || '—'}</dd>
          <dt>{nl.speerpunten.eersteStap}</dt>
          <dd>{s.eersteStap || '—'}</dd>
          <dt>{nl.speerpunten.doelstelling}</dt>
          <dd>{s.doelstelling || '—'}</dd>
        </dl>
      )}
      <section aria-label={nl.prioriteren.acties(s.titel)} className="sp-acties">
        <h5>{nl.prioriteren.acties(s.titel)}</h5>
        {onder.length === 0 ? (
          <p className="leeg klein">{nl.prioriteren.geenActies}</p>
        ) : (
          <ol className="sp-actielijst">
            {onder.map((a, i) => (
              <li key={a.id}>
                <span>
                  <span className="sp-actielijst__nr" aria-hidden="true">
                    {i + 1}.
                  </span>{' '}
                  {a.wat}
                  {a.wie && <span className="klein zacht"> · {a.wie}</span>}
                </span>
                {kanSchrijven && (
                  <span className="sp-actielijst__knoppen">
                    <button type="button" className="kr-ikoon" disabled={i === 0} aria-label={nl.prioriteren.actieOmhoog(a.wat)} onClick={() => orden(verschuifInVolgorde(ids, a.id, -1))}>
                      <span aria-hidden="true">↑</span>
                    </button>
                    <button
                      type="button"
                      className="kr-ikoon"
                      disabled={i === onder.length - 1}
                      aria-label={nl.prioriteren.actieOmlaag(a.wat)}
                      onClick={() => orden(verschuifInVolgorde(ids, a.id, 1))}
                    >
                      <span aria-hidden="true">↓</span>
                    </button>
                  </span>
                )}
              </li>
            ))}
          </ol>
        )}
        {kanSchrijven && (
          <ActieFormulier
            voegToe={(input) => {
              const uit = voegToe({ ...input, bijeenkomstId, werkvorm: 'speerpunten', speerpuntId: s.id });
              if (uit.ok) meld(nl.prioriteren.nieuweActie(s.titel));
              return uit;
            }}
          />
        )}
      </section>
    </article>
  );
}
