import type { Aanwezige, IdLijstWijziging, KamerToestand, KamerWijziging } from '../protocol';

/** A change as computed, before the server numbers it (`versie`, `basis`). */
export type Wijziging = Omit<KamerWijziging, 'versie' | 'basis'>;

/** Fields that go whole when they change: small, or changing as a whole anyway. */
const HELE_VELDEN = ['status', 'werkvorm', 'stap', 'volgMij', 'timer', 'rondes', 'loting', 'werkvormen'] as const;
const ID_LIJSTEN = ['handen', 'klaar'] as const;

/**
 * What changed from `oud` to `nieuw` (both as `publiekeToestand` made them,
 * so nothing private can be in it), or null when only the server time
 * differs. Every part is checked to rebuild `nieuw` exactly with
 * `pasWijzigingToe`; where a list change would not (an unusual reordering)
 * or would be larger than the list, the list goes whole in `velden`.
 */
export function kamerWijziging(oud: KamerToestand, nieuw: KamerToestand): Wijziging | null {
  const velden: Record<string, unknown> = {};
  const w: Wijziging = { serverTijd: nieuw.serverTijd, velden };
  let veranderd = false;
  for (const k of HELE_VELDEN) {
    if (json(oud[k]) === json(nieuw[k])) continue;
    velden[k] = nieuw[k];
    veranderd = true;
  }
  for (const k of ID_LIJSTEN) {
    if (zelfdeIds(oud[k], nieuw[k])) continue;
    veranderd = true;
    const d = idLijstWijziging(oud[k], nieuw[k]);
    if (d) w[k] = d;
    else velden[k] = nieuw[k];
  }
  if (!zelfdeAanwezigen(oud.aanwezigen, nieuw.aanwezigen)) {
    veranderd = true;
    const d = aanwezigenWijziging(oud.aanwezigen, nieuw.aanwezigen);
    if (d) w.aanwezigen = d;
    else velden.aanwezigen = nieuw.aanwezigen;
  }
  return veranderd ? w : null;
}

/** `toestand` with `w` applied; it then carries `w.versie`. The caller checks `basis` (see `volgendeToestand`). */
export function pasWijzigingToe(toestand: KamerToestand, w: KamerWijziging): KamerToestand {
  const uit: KamerToestand = { ...toestand, ...w.velden, serverTijd: w.serverTijd, versie: w.versie };
  for (const k of ID_LIJSTEN) {
    const d = w[k];
    if (d) uit[k] = pasIdsToe(toestand[k], d);
  }
  if (w.aanwezigen) uit.aanwezigen = pasAanwezigenToe(toestand.aanwezigen, w.aanwezigen);
  return uit;
}

/**
 * A delta client's next state, or null when `w` does not follow the version
 * it has (it missed one, or has no state yet): then it asks for the whole
 * state again.
 */
export function volgendeToestand(huidig: KamerToestand | null, w: KamerWijziging): KamerToestand | null {
  if (huidig === null || huidig.versie !== w.basis) return null;
  return pasWijzigingToe(huidig, w);
}

function idLijstWijziging(oud: readonly string[], nieuw: readonly string[]): IdLijstWijziging | null {
  const inNieuw = new Set(nieuw);
  const inOud = new Set(oud);
  const d = { weg: oud.filter((id) => !inNieuw.has(id)), bij: nieuw.filter((id) => !inOud.has(id)) };
  if (d.weg.length + d.bij.length >= nieuw.length) return null;
  return zelfdeIds(pasIdsToe(oud, d), nieuw) ? d : null;
}

function pasIdsToe(lijst: readonly string[], d: IdLijstWijziging): string[] {
  const weg = new Set(d.weg);
  const uit = lijst.filter((id) => !weg.has(id));
  const er = new Set(uit);
  for (const id of d.bij) if (!er.has(id)) uit.push(id);
  return uit;
}

function aanwezigenWijziging(oud: readonly Aanwezige[], nieuw: readonly Aanwezige[]): KamerWijziging['aanwezigen'] | null {
  const oudPerId = new Map(oud.map((a) => [a.id, a]));
  const nieuwIds = new Set(nieuw.map((a) => a.id));
  const d = {
    zet: nieuw.filter((a) => {
      const was = oudPerId.get(a.id);
      return was === undefined || !zelfdeAanwezige(was, a);
    }),
    weg: oud.filter((a) => !nieuwIds.has(a.id)).map((a) => a.id),
  };
  if (d.zet.length + d.weg.length >= nieuw.length) return null;
  const herbouwd = pasAanwezigenToe(oud, d);
  return zelfdeIds(herbouwd.map((a) => a.id), nieuw.map((a) => a.id)) ? d : null;
}

function pasAanwezigenToe(lijst: readonly Aanwezige[], d: NonNullable<KamerWijziging['aanwezigen']>): Aanwezige[] {
  const weg = new Set(d.weg);
  const uit = lijst.filter((a) => !weg.has(a.id));
  const plek = new Map(uit.map((a, i) => [a.id, i]));
  for (const a of d.zet) {
    const i = plek.get(a.id);
    if (i === undefined) {
      plek.set(a.id, uit.length);
      uit.push(a);
    } else {
      uit[i] = a;
    }
  }
  return uit;
}

function zelfdeAanwezigen(a: readonly Aanwezige[], b: readonly Aanwezige[]): boolean {
  return a.length === b.length && a.every((x, i) => zelfdeAanwezige(x, b[i]!));
}

function zelfdeAanwezige(a: Aanwezige, b: Aanwezige): boolean {
  return a.id === b.id && a.naam === b.naam && a.organisatie === b.organisatie && a.rol === b.rol && a.soort === b.soort && a.online === b.online;
}

function zelfdeIds(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((id, i) => id === b[i]);
}

const json = (v: unknown) => JSON.stringify(v);
