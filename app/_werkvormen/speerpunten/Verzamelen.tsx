'use client';

import { useId, useState, type FormEvent } from 'react';
import { nl } from '../../../lib/i18n/nl';
import { ontwikkelpuntIdVoorIdee } from '../../../lib/sync/ontwikkelpunten';
import { ideeenUitAntwoorden } from '../../../lib/werkvormen/actieleren/ideeen';
import { ActielerenInstellingen } from '../../../lib/werkvormen/actieleren/schema';
import { mogelijkeDubbelen, type LijstItem } from '../../../lib/werkvormen/speerpunten/lijst';
import { MAX_ONTWIKKELPUNT, type Bron } from '../../../lib/werkvormen/speerpunten/schema';
import { Melding } from '../../_components/Melding';
import type { StapProps } from './Speerpunten';

export function bronTekst(bron: Bron): string {
  switch (bron.soort) {
    case 'klantreis':
      return nl.prioriteren.bron.klantreis(bron.persona, bron.fase, bron.laan === 'kansen' ? 'kansen' : 'knelpunten');
    case 'actieleren':
      return nl.prioriteren.bron.actieleren;
    case 'vrij':
      return nl.prioriteren.bron.vrij;
    default:
      return assertNever(bron);
  }
}

/**
 * Step 1: the long list of ontwikkelpunten, from the klantreizen, from
 * today's actieleren ideas and free input, with merging of duplicates.
 */
export function Verzamelen({ data, kamer, bijeenkomst, kanSchrijven, meld }: StapProps) {
  const [nieuw, setNieuw] = useState('');
  const [fout, setFout] = useState<string | null>(null);
  const reden = (r: string) => nl.prioriteren.redenen[r] ?? nl.app.onbekendeFout;
  const titelVan = (id: string) => data.perId.get(id)?.titel ?? '';

  function voegToe(e: FormEvent) {
    e.preventDefault();
    const uit = data.voegToe({ titel: nieuw, bron: { soort: 'vrij' }, bijeenkomstId: bijeenkomst.id });
    setFout(uit.ok ? null : reden(uit.reden));
    if (uit.ok) setNieuw('');
  }

  function voegSamen(doelId: string, bronId: string) {
    const uit = data.voegSamen(doelId, bronId);
    setFout(uit.ok ? null : reden(uit.reden));
    if (uit.ok) meld(nl.prioriteren.samengevoegd);
  }

  // Ideas of today's actieleren: the revealed answers and the chosen idea.
  const al = ActielerenInstellingen.safeParse(kamer.toestand?.werkvormen.actieleren ?? {});
  const instellingen = al.success ? al.data : {};
  const antwoorden = instellingen.antwoordRonde ? (kamer.onthuld[instellingen.antwoordRonde] ?? []) : [];
  const gekozen = instellingen.gekozenIdee?.tekst ?? null;
  const ideeen = [...new Set([...(gekozen ? [gekozen] : []), ...ideeenUitAntwoorden(antwoorden).map((i) => i.tekst)])];
  const dubbelen = mogelijkeDubbelen(data.lijst);

  return (
    <div className="sp-verzamelen">
      <section className="kaart" aria-labelledby="sp-lijst-titel">
        <div className="kaart__kop">
          <h3 id="sp-lijst-titel">{nl.prioriteren.verzamelen}</h3>
          <span className="label">{nl.prioriteren.aantalPunten(data.lijst.length)}</span>
        </div>
        <p className="zacht klein">{nl.prioriteren.verzamelenUitleg}</p>
        {kanSchrijven && (
          <form className="formulier--rij" onSubmit={voegToe} aria-label={nl.prioriteren.nieuw}>
            <div className="veld veld--breed">
              <label htmlFor="sp-nieuw">{nl.prioriteren.nieuw}</label>
              <input id="sp-nieuw" type="text" maxLength={MAX_ONTWIKKELPUNT} value={nieuw} onChange={(e) => setNieuw(e.target.value)} />
            </div>
            <button type="submit" className="knop knop--primair">
              {nl.prioriteren.toevoegen}
            </button>
          </form>
        )}
        {fout && <Melding soort="fout">{fout}</Melding>}
        {kanSchrijven && dubbelen.length > 0 && (
          <ul className="sp-dubbelen">
            {dubbelen.map(([a, b]) => (
              <li key={`${a}-${b}`}>
                <span>{nl.prioriteren.mogelijkDubbel(titelVan(a), titelVan(b))}</span>
                <button type="button" className="knop knop--klein" onClick={() => voegSamen(a, b)}>
                  {nl.prioriteren.voegDezeSamen}
                </button>
              </li>
            ))}
          </ul>
        )}
        {data.lijst.length === 0 ? (
          <p className="leeg">{nl.prioriteren.leeg}</p>
        ) : (
          <ol className="sp-lijst" aria-label={nl.prioriteren.lijstLabel}>
            {data.lijst.map((item) => (
              <LijstRegel key={item.punt.id} item={item} lijst={data.lijst} kanSchrijven={kanSchrijven} voegSamen={voegSamen} maakLos={data.maakLos} verwijder={data.verwijder} />
            ))}
          </ol>
        )}
      </section>
      {kanSchrijven && (
        <section className="kaart" aria-labelledby="sp-ideeen-titel">
          <h3 id="sp-ideeen-titel">{nl.prioriteren.uitActieleren}</h3>
          {ideeen.length === 0 ? (
            <p className="leeg">{nl.prioriteren.uitActielerenLeeg}</p>
          ) : (
            <ul className="lijst">
              {ideeen.map((tekst) => {
                const id = ontwikkelpuntIdVoorIdee(bijeenkomst.id, tekst);
                const staatErOp = data.perId.has(id);
                return (
                  <li key={id} className="sp-idee">
                    <span>
                      {tekst}
                      {tekst === gekozen && <span className="label"> {nl.prioriteren.gekozenIdee}</span>}
                    </span>
                    {staatErOp ? (
                      <span className="klein zacht">{nl.prioriteren.alOpLijst}</span>
                    ) : (
                      <button
                        type="button"
                        className="knop knop--klein"
                        aria-label={nl.prioriteren.neemOver(tekst)}
                        onClick={() => {
                          const uit = data.voegToe({ titel: tekst.slice(0, MAX_ONTWIKKELPUNT), bron: { soort: 'actieleren', bijeenkomstId: bijeenkomst.id }, bijeenkomstId: bijeenkomst.id }, id);
                          if (!uit.ok) setFout(reden(uit.reden));
                        }}
                      >
                        + {nl.prioriteren.lijstLabel}
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}

/** One item of the long list with its merged duplicates, merge and remove. */
function LijstRegel({
  item,
  lijst,
  kanSchrijven,
  voegSamen,
  maakLos,
  verwijder,
}: {
  item: LijstItem;
  lijst: readonly LijstItem[];
  kanSchrijven: boolean;
  voegSamen: (doelId: string, bronId: string) => void;
  maakLos: (id: string) => unknown;
  verwijder: (id: string) => unknown;
}) {
  const id = useId();
  const [samenOpen, setSamenOpen] = useState(false);
  const anderen = lijst.filter((i) => i.punt.id !== item.punt.id);
  const [doel, setDoel] = useState('');
  const { punt } = item;
  return (
    <li className="sp-punt">
      <div className="sp-punt__kop">
        <span className="sp-punt__titel">{punt.titel}</span>
        {kanSchrijven && (
          <span className="sp-punt__acties">
            {anderen.length > 0 && (
              <button type="button" className="knop knop--klein" aria-expanded={samenOpen} aria-label={nl.prioriteren.voegSamen(punt.titel)} onClick={() => setSamenOpen((o) => !o)}>
                {nl.prioriteren.samenvoegen}
              </button>
            )}
            <button type="button" className="knop knop--klein knop--gevaar" aria-label={nl.prioriteren.verwijder(punt.titel)} onClick={() => verwijder(punt.id)}>
              <span aria-hidden="true">✕</span>
            </button>
          </span>
        )}
      </div>
      <p className="sp-punt__bron">{bronTekst(punt.bron)}</p>
      {item.samengevoegd.length > 0 && (
        <div className="sp-punt__ook">
          <span className="klein">{nl.prioriteren.ookGenoemd}:</span>
          <ul>
            {item.samengevoegd.map((d) => (
              <li key={d.id}>
                {d.titel}
                {kanSchrijven && (
                  <button type="button" className="kr-ikoon" aria-label={nl.prioriteren.maakLos(d.titel)} title={nl.prioriteren.maakLos(d.titel)} onClick={() => maakLos(d.id)}>
                    {nl.prioriteren.losKort}
                  </button>
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
      {samenOpen && kanSchrijven && (
        <form
          className="formulier--rij sp-samen"
          aria-label={nl.prioriteren.voegSamen(punt.titel)}
          onSubmit={(e) => {
            e.preventDefault();
            if (!doel) return;
            voegSamen(doel, punt.id);
            setSamenOpen(false);
          }}
        >
          <div className="veld veld--breed">
            <label htmlFor={`${id}-doel`}>{nl.prioriteren.samenvoegenIn(punt.titel)}</label>
            <select id={`${id}-doel`} value={doel} onChange={(e) => setDoel(e.target.value)}>
              <option value="">{nl.prioriteren.kiesDoel}</option>
              {anderen.map((i) => (
                <option key={i.punt.id} value={i.punt.id}>
                  {i.punt.titel}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="knop knop--klein knop--primair" disabled={!doel}>
            {nl.prioriteren.samenvoegenKnop}
          </button>
        </form>
      )}
    </li>
  );
}

function assertNever(x: never): never {
  throw new Error(`onbekende bron: ${JSON.stringify(x)}`);
}
