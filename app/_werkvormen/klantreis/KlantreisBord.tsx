'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { nl } from '../../../lib/i18n/nl';
import type { Schrijfuitkomst } from '../../../lib/sync/context';
import { buurCel, celSleutel, getoondeFase, indeling, type Richting } from '../../../lib/werkvormen/klantreis/raster';
import { LANEN, type KaartLaan, type Klantreis, type KlantreisEvent } from '../../../lib/werkvormen/klantreis/schema';
import { EmotieRij } from './EmotieRij';
import { FasenBewerken } from './FasenBewerken';
import { KaartInvoer } from './KaartInvoer';
import { KAART_MIME, Kaartje, type Paneel } from './Kaartje';

/** Where focus goes after the board re-renders: a card (moved, edited) or a cell's add button (card removed). */
type FocusDoel = { soort: 'kaart'; id: string } | { soort: 'plus'; cel: string } | null;

/**
 * The grid: phases as columns, lanes as rows, as a real table so a screen
 * reader names the phase and lane of every cell. Cards are added with the
 * button in each cell and moved with Alt+arrow or the move button; everyone
 * sees every change at once (the cards live in the traject doc).
 */
export function KlantreisBord({
  reis,
  kanSchrijven,
  bijeenkomstId,
  wijzig,
  promoveer,
  meld,
}: {
  reis: Klantreis;
  kanSchrijven: boolean;
  bijeenkomstId: string;
  wijzig: (event: KlantreisEvent) => Schrijfuitkomst<{ kaartId?: string }>;
  promoveer: (kaartId: string) => Schrijfuitkomst<{ ontwikkelpuntId: string }>;
  meld: (tekst: string) => void;
}) {
  const { fasen, cellen } = indeling(reis);
  const [toevoegenIn, setToevoegenIn] = useState<string | null>(null);
  const [fasenOpen, setFasenOpen] = useState(false);
  const [focusDoel, setFocusDoel] = useState<FocusDoel>(null);
  const [sleepDoel, setSleepDoel] = useState<string | null>(null);
  const [paneel, setPaneel] = useState<Paneel | null>(null);
  const plusKnoppen = useRef(new Map<string, HTMLButtonElement>());
  const uitlegId = `kr-uitleg-${reis.id}`;

  const reden = (r: string) => nl.klantreis.redenen[r] ?? nl.app.onbekendeFout;
  const faseNaam = (faseId: string) => fasen.find((f) => f.id === faseId)?.naam ?? '';

  useEffect(() => {
    if (focusDoel?.soort !== 'plus') return;
    plusKnoppen.current.get(focusDoel.cel)?.focus();
    setFocusDoel(null);
  }, [focusDoel]);
  const gefocust = useCallback(() => setFocusDoel(null), []);

  function doe(event: KlantreisEvent): string | null {
    const uit = wijzig(event);
    if (!uit.ok) {
      meld(reden(uit.reden));
      return reden(uit.reden);
    }
    return null;
  }

  function verplaats(kaartId: string, faseId: string, laan: KaartLaan) {
    if (doe({ type: 'kaart:verplaats', kaartId, faseId, laan }) === null) {
      meld(nl.klantreis.verplaatst(laan, faseNaam(faseId)));
      setFocusDoel({ soort: 'kaart', id: kaartId });
    }
  }

  function verschuif(kaartId: string, richting: Richting) {
    const kaart = reis.kaarten.find((k) => k.id === kaartId);
    const doel = kaart ? buurCel(reis, kaart.plek, richting) : null;
    if (!doel) return meld(nl.klantreis.nietVerder);
    verplaats(kaartId, doel.faseId, doel.laan);
  }

  return (
    <section aria-labelledby="kr-bord-titel">
      <div className="kr-werkbalk">
        <h3 id="kr-bord-titel" className="visueel-verborgen">
          {nl.klantreis.bord(reis.persona.naam.trim() || nl.klantreis.naamlozeKlant)}
        </h3>
        <p className="zacht klein" id={uitlegId}>
          {kanSchrijven ? nl.klantreis.bordUitleg : ''}
          {kanSchrijven && <span className="visueel-verborgen"> {nl.klantreis.kaartUitleg}</span>}
        </p>
        {kanSchrijven && (
          <button type="button" className="knop knop--klein" aria-expanded={fasenOpen} onClick={() => setFasenOpen((o) => !o)}>
            {fasenOpen ? nl.klantreis.fasenKlaar : nl.klantreis.fasenBewerken}
          </button>
        )}
      </div>
      {fasenOpen && kanSchrijven && <FasenBewerken fasen={fasen} wijzig={doe} />}
      <div className="kr-bord">
        <table className="kr-raster">
          <caption className="visueel-verborgen">{nl.klantreis.bord(reis.persona.naam.trim() || nl.klantreis.naamlozeKlant)}</caption>
          <colgroup>
            <col className="kr-raster__kop" />
            {fasen.map((f) => (
              <col key={f.id} />
            ))}
          </colgroup>
          <thead>
            <tr>
              <td className="kr-raster__hoek" />
              {fasen.map((f) => (
                <th key={f.id} scope="col">
                  {f.naam}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {LANEN.map((laan) =>
              laan === 'emotie' ? (
                <EmotieRij
                  key={laan}
                  fasen={fasen}
                  emotie={reis.emotie}
                  kanSchrijven={kanSchrijven}
                  zet={(faseId, score) => void doe({ type: 'emotie:zet', faseId, score })}
                />
              ) : (
                <tr key={laan}>
                  <th scope="row">{nl.klantreis.lanen[laan]}</th>
                  {fasen.map((f) => {
                    const cel = celSleutel(f.id, laan);
                    const kaarten = cellen.get(cel) ?? [];
                    return (
                      <td
                        key={f.id}
                        className={sleepDoel === cel ? 'kr-cel kr-cel--doel' : 'kr-cel'}
                        onDragOver={
                          kanSchrijven
                            ? (e) => {
                                if (!e.dataTransfer.types.includes(KAART_MIME)) return;
                                e.preventDefault();
                                e.dataTransfer.dropEffect = 'move';
                                if (sleepDoel !== cel) setSleepDoel(cel);
                              }
                            : undefined
                        }
                        onDragLeave={() => setSleepDoel((d) => (d === cel ? null : d))}
                        onDrop={
                          kanSchrijven
                            ? (e) => {
                                const kaartId = e.dataTransfer.getData(KAART_MIME);
                                setSleepDoel(null);
                                if (!kaartId) return;
                                e.preventDefault();
                                verplaats(kaartId, f.id, laan);
                              }
                            : undefined
                        }
                      >
                        {kaarten.length > 0 && (
                          <ul aria-label={`${nl.klantreis.lanen[laan]}, ${f.naam}`}>
                            {kaarten.map((k) => (
                              <Kaartje
                                key={k.id}
                                kaart={k}
                                fasen={fasen}
                                kanSchrijven={kanSchrijven}
                                focus={focusDoel?.soort === 'kaart' && focusDoel.id === k.id}
                                opLijst={k.ontwikkelpuntId !== null}
                                uitlegId={uitlegId}
                                paneel={paneel?.kaartId === k.id ? paneel : null}
                                zetPaneel={setPaneel}
                                gefocust={gefocust}
                                wijzigTekst={(tekst) => {
                                  const probleem = doe({ type: 'kaart:wijzig', kaartId: k.id, tekst });
                                  if (!probleem) setFocusDoel({ soort: 'kaart', id: k.id });
                                  return probleem;
                                }}
                                verplaats={(faseId, naarLaan) => verplaats(k.id, faseId, naarLaan)}
                                verschuif={(richting) => verschuif(k.id, richting)}
                                verwijder={() => {
                                  if (doe({ type: 'kaart:verwijder', kaartId: k.id }) === null) {
                                    meld(nl.klantreis.verwijderd);
                                    const fase = getoondeFase(reis, k.plek);
                                    setFocusDoel({ soort: 'plus', cel: celSleutel(fase?.id ?? f.id, k.plek.laan) });
                                  }
                                }}
                                promoveer={() => {
                                  const uit = promoveer(k.id);
                                  meld(uit.ok ? nl.klantreis.gepromoveerd : reden(uit.reden));
                                }}
                              />
                            ))}
                          </ul>
                        )}
                        {kanSchrijven &&
                          (toevoegenIn === cel ? (
                            <KaartInvoer
                              label={nl.klantreis.nieuweKaart(laan, f.naam)}
                              bewaar={(tekst) => {
                                const uit = wijzig({ type: 'kaart:toevoegen', faseId: f.id, laan, tekst, bijeenkomstId });
                                if (!uit.ok) return reden(uit.reden);
                                setToevoegenIn(null);
                                meld(nl.klantreis.toegevoegd(laan, f.naam));
                                if (uit.kaartId) setFocusDoel({ soort: 'kaart', id: uit.kaartId });
                                return null;
                              }}
                              annuleer={() => {
                                setToevoegenIn(null);
                                setFocusDoel({ soort: 'plus', cel });
                              }}
                            />
                          ) : (
                            <button
                              type="button"
                              className="kr-cel__plus"
                              ref={(el) => {
                                if (el) plusKnoppen.current.set(cel, el);
                                else plusKnoppen.current.delete(cel);
                              }}
                              aria-label={nl.klantreis.kaartToevoegen(laan, f.naam)}
                              title={nl.klantreis.kaartToevoegen(laan, f.naam)}
                              onClick={() => setToevoegenIn(cel)}
                            >
                              <span aria-hidden="true">+</span>
                            </button>
                          ))}
                      </td>
                    );
                  })}
                </tr>
              ),
            )}
          </tbody>
        </table>
      </div>
      {kanSchrijven && <p className="zacht klein" style={{ marginTop: '0.4rem' }}>{nl.klantreis.emotieUitleg}</p>}
    </section>
  );
}
