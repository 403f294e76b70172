import type { Aanwezige, BijeenkomstStatus, KamerToestand, PubliekeRonde } from '../protocol';
import type { KamerState, Ronde } from './schema';

/**
 * What everyone may see of a room: no answers, no votes, no counts per option.
 * `aantalInzendingen` is the number of people who answered or voted.
 */
export function publiekeToestand(
  state: KamerState,
  status: BijeenkomstStatus,
  aanwezigen: readonly Aanwezige[],
  serverTijd: number,
): KamerToestand {
  return {
    status,
    werkvorm: state.werkvorm,
    stap: state.stap,
    volgMij: state.volgMij,
    timer: { ...state.timer },
    rondes: state.rondes.map(publiekeRonde),
    aanwezigen: [...aanwezigen],
    handen: [...state.handen],
    klaar: [...state.klaar],
    loting: state.loting,
    werkvormen: state.werkvormen,
    serverTijd,
  };
}

function publiekeRonde(r: Ronde): PubliekeRonde {
  const aantalInzendingen = r.soort === 'prive' ? Object.keys(r.inzendingen).length : Object.keys(r.stemmen).length;
  return {
    id: r.id,
    soort: r.soort,
    titel: r.titel,
    status: r.status,
    aantalInzendingen,
    ...(r.opties ? { opties: r.opties } : {}),
    ...(r.budget !== undefined ? { budget: r.budget } : {}),
    ...(r.anoniem ? { anoniem: true } : {}),
    ...(r.delenOptioneel ? { delenOptioneel: true } : {}),
  };
}

/**
 * The answers of a revealed private round, in the order they came in: only
 * those their author chose to share, and without names in an anonymous round.
 */
export function onthulling(r: Ronde, naamVan: (id: string) => string) {
  const inzendingen = Object.entries(r.inzendingen)
    .filter(([, i]) => i.delen)
    .sort(([, a], [, b]) => a.op - b.op)
    .map(([auteur, { tekst }]) => (r.anoniem ? { auteur: '', naam: '', tekst } : { auteur, naam: naamVan(auteur), tekst }));
  return { rondeId: r.id, inzendingen };
}

/** Dots per option of a closed vote round. */
export function uitslag(r: Ronde) {
  const stemmen: Record<string, number> = {};
  (r.opties ?? []).forEach((_, i) => (stemmen[String(i)] = 0));
  for (const perOptie of Object.values(r.stemmen)) {
    for (const [optie, n] of Object.entries(perOptie)) stemmen[optie] = (stemmen[optie] ?? 0) + n;
  }
  return { rondeId: r.id, stemmen };
}

/** What a person may see of their own input in a round (echoed after reconnect too). */
export function mijnInbreng(r: Ronde, persoonId: string) {
  const inzending = r.inzendingen[persoonId];
  const stemmen = r.stemmen[persoonId];
  if (inzending === undefined && stemmen === undefined) return null;
  return {
    rondeId: r.id,
    ...(inzending ? { tekst: inzending.tekst, delen: inzending.delen } : {}),
    ...(stemmen ? { stemmen } : {}),
  };
}
