import * as Y from 'yjs';
import { nieuweKlantreis, transition, type KlantreisContext } from '../werkvormen/klantreis/machine';
import { getoondeFase } from '../werkvormen/klantreis/raster';
import {
  Emotie,
  Fase,
  Kaart,
  Klantreis,
  LEGE_PERSONA,
  Persona,
  type KlantreisEvent,
} from '../werkvormen/klantreis/schema';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { geneste } from './leesMap';
import { ontwikkelpuntIdVoorKaart, schrijfOntwikkelpunt } from './ontwikkelpunten';
import { ORIGIN } from './origins';
import { TRAJECT_MAPS } from './trajectDoc';

/*
 * Layout of one klantreis, `klantreizen.<id>` in the traject doc:
 *   Y.Map{ naam, leeftijdsklasse, huishouden, problematiek, aanleiding,
 *          ervaringsdeskundige, bijeenkomstId, aangemaakt,
 *          fasen:   Y.Map<faseId, Y.Map{naam, volgorde}>,
 *          kaarten: Y.Map<kaartId, Y.Map{tekst, plek:{faseId, laan, volgorde}, ontwikkelpuntId, bijeenkomstId, aangemaakt}>,
 *          emotie:  Y.Map<faseId, -2..2> }
 *
 * A card's position is one field, `plek`, on the card's own map. Moving a card
 * writes only that field, so two people moving the same card at once leave it
 * in exactly one cell (the last writer's), and a card can never be copied or
 * dropped by a move: it stays one entry under its own id.
 */

const PERSONA_VELDEN = Object.keys(LEGE_PERSONA) as (keyof Persona)[];
const KAART_VELDEN = ['tekst', 'plek', 'ontwikkelpuntId', 'bijeenkomstId', 'aangemaakt'] as const;

function reizen(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRAJECT_MAPS.klantreizen);
}

/** Reads one klantreis map; null when it is not a klantreis at all. Malformed cards and phases are skipped. */
function leesKlantreis(id: string, map: Y.Map<unknown>): Klantreis | null {
  const persona = Persona.safeParse(Object.fromEntries(PERSONA_VELDEN.map((k) => [k, map.get(k) ?? LEGE_PERSONA[k]])));
  const aangemaakt = map.get('aangemaakt');
  const bijeenkomstId = map.get('bijeenkomstId');
  if (!persona.success || typeof aangemaakt !== 'number') return null;
  const fasen: Fase[] = [];
  geneste(map, 'fasen')?.forEach((waarde, faseId) => {
    if (!(waarde instanceof Y.Map)) return;
    const f = Fase.safeParse({ id: faseId, naam: waarde.get('naam'), volgorde: waarde.get('volgorde') });
    if (f.success) fasen.push(f.data);
  });
  const kaarten: Kaart[] = [];
  geneste(map, 'kaarten')?.forEach((waarde, kaartId) => {
    if (!(waarde instanceof Y.Map)) return;
    const k = Kaart.safeParse({ id: kaartId, ...Object.fromEntries(KAART_VELDEN.map((v) => [v, waarde.get(v) ?? null])) });
    if (k.success) kaarten.push(k.data);
  });
  const emotie: Record<string, number> = {};
  geneste(map, 'emotie')?.forEach((waarde, faseId) => {
    const e = Emotie.safeParse(waarde);
    if (e.success) emotie[faseId] = e.data;
  });
  const reis = Klantreis.safeParse({
    id,
    persona: persona.data,
    fasen,
    kaarten,
    emotie,
    bijeenkomstId: typeof bijeenkomstId === 'string' ? bijeenkomstId : null,
    aangemaakt,
  });
  return reis.success ? reis.data : null;
}

/** Every klantreis of the traject, oldest first; malformed entries are skipped. */
export function readKlantreizen(doc: Y.Doc): Klantreis[] {
  const uit: Klantreis[] = [];
  reizen(doc).forEach((waarde, id) => {
    if (!(waarde instanceof Y.Map)) return;
    const reis = leesKlantreis(id, waarde);
    if (reis) uit.push(reis);
  });
  return uit.sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id));
}

/** Makes a klantreis with the default phases; its nested maps are made in the same transaction. */
export function maakKlantreis(
  doc: Y.Doc,
  persona: Partial<Persona>,
  ctx: SchrijfContext,
  bijeenkomstId: string | null,
): Schrijfuitkomst<{ id: string }> {
  const geparsed = Persona.safeParse({ ...LEGE_PERSONA, ...persona });
  if (!geparsed.success) return { ok: false, reden: 'ongeldige-persona' };
  const reis = nieuweKlantreis({ ...geparsed.data, naam: geparsed.data.naam.trim() }, ctx, bijeenkomstId);
  doc.transact(() => {
    const map = new Y.Map<unknown>();
    for (const k of PERSONA_VELDEN) map.set(k, reis.persona[k]);
    map.set('bijeenkomstId', reis.bijeenkomstId);
    map.set('aangemaakt', reis.aangemaakt);
    const fasen = new Y.Map<unknown>();
    for (const f of reis.fasen) fasen.set(f.id, faseMap(f));
    map.set('fasen', fasen);
    map.set('kaarten', new Y.Map());
    map.set('emotie', new Y.Map());
    reizen(doc).set(reis.id, map);
  }, ORIGIN.klantreis);
  return { ok: true, id: reis.id };
}

/** Removes a klantreis with all its cards (its promoted ontwikkelpunten stay on the long list). */
export function verwijderKlantreis(doc: Y.Doc, id: string): Schrijfuitkomst {
  if (!reizen(doc).has(id)) return { ok: false, reden: 'onbekende-klantreis' };
  doc.transact(() => reizen(doc).delete(id), ORIGIN.klantreis);
  return { ok: true };
}

/**
 * Applies one event to a klantreis: the pure machine decides, then only the
 * fields that changed are written, in one transaction. Returns the id of a
 * card the event made (so the view can focus it).
 */
export function wijzigKlantreis(
  doc: Y.Doc,
  klantreisId: string,
  event: KlantreisEvent,
  ctx: KlantreisContext,
): Schrijfuitkomst<{ kaartId?: string }> {
  const map = geneste(reizen(doc), klantreisId);
  const oud = map ? leesKlantreis(klantreisId, map) : null;
  if (!map || !oud) return { ok: false, reden: 'onbekende-klantreis' };
  const uit = transition(oud, event, ctx);
  if (!uit.ok) return uit;
  doc.transact(() => schrijfVerschil(map, oud, uit.state), ORIGIN.klantreis);
  const nieuweKaart = uit.state.kaarten.find((k) => !oud.kaarten.some((o) => o.id === k.id));
  return nieuweKaart ? { ok: true, kaartId: nieuweKaart.id } : { ok: true };
}

/**
 * Puts a knelpunt or kans on the traject's ontwikkelpunten long list and marks
 * the card, in one transaction. The ontwikkelpunt's id comes from the card's,
 * so two people promoting the same card at once make one item.
 */
export function promoveerKaart(
  doc: Y.Doc,
  klantreisId: string,
  kaartId: string,
  ctx: SchrijfContext,
  bijeenkomstId: string | null,
): Schrijfuitkomst<{ ontwikkelpuntId: string }> {
  const map = geneste(reizen(doc), klantreisId);
  const reis = map ? leesKlantreis(klantreisId, map) : null;
  if (!map || !reis) return { ok: false, reden: 'onbekende-klantreis' };
  const kaart = reis.kaarten.find((k) => k.id === kaartId);
  if (!kaart) return { ok: false, reden: 'onbekende-kaart' };
  const ontwikkelpuntId = ontwikkelpuntIdVoorKaart(kaartId);
  const uit = transition(reis, { type: 'kaart:promoveer', kaartId, ontwikkelpuntId }, ctx);
  if (!uit.ok) return uit;
  const laan = kaart.plek.laan === 'kansen' ? 'kansen' : 'knelpunten';
  doc.transact(() => {
    schrijfOntwikkelpunt(
      doc,
      ontwikkelpuntId,
      {
        titel: kaart.tekst,
        bron: {
          soort: 'klantreis',
          klantreisId,
          kaartId,
          persona: reis.persona.naam.slice(0, 120),
          fase: (getoondeFase(reis, kaart.plek)?.naam ?? '').slice(0, 100),
          laan,
        },
        bijeenkomstId,
      },
      ctx,
    );
    schrijfVerschil(map, reis, uit.state);
  }, ORIGIN.klantreis);
  return { ok: true, ontwikkelpuntId };
}

/* ------------------------------------------------------------------ writing */

function faseMap(f: Fase): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  m.set('naam', f.naam);
  m.set('volgorde', f.volgorde);
  return m;
}

function kaartMap(k: Kaart): Y.Map<unknown> {
  const m = new Y.Map<unknown>();
  for (const v of KAART_VELDEN) m.set(v, k[v]);
  return m;
}

function gelijk(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The nested map under `key`, made when missing (a damaged klantreis; normally migration v2 made it). */
function deel(map: Y.Map<unknown>, key: 'fasen' | 'kaarten' | 'emotie'): Y.Map<unknown> {
  const bestaand = geneste(map, key);
  if (bestaand) return bestaand;
  const nieuw = new Y.Map<unknown>();
  map.set(key, nieuw);
  return nieuw;
}

/**
 * Writes what differs between two plain states of one klantreis, field by
 * field, so a write never overwrites a field someone else changed meanwhile.
 * Call inside a transaction.
 */
function schrijfVerschil(map: Y.Map<unknown>, oud: Klantreis, nieuw: Klantreis): void {
  for (const k of PERSONA_VELDEN) if (oud.persona[k] !== nieuw.persona[k]) map.set(k, nieuw.persona[k]);

  const fasen = deel(map, 'fasen');
  const oudeFasen = new Map(oud.fasen.map((f) => [f.id, f]));
  for (const f of nieuw.fasen) {
    const was = oudeFasen.get(f.id);
    const fm = geneste(fasen, f.id);
    if (!was || !fm) fasen.set(f.id, faseMap(f));
    else {
      if (was.naam !== f.naam) fm.set('naam', f.naam);
      if (was.volgorde !== f.volgorde) fm.set('volgorde', f.volgorde);
    }
  }
  for (const f of oud.fasen) if (!nieuw.fasen.some((x) => x.id === f.id)) fasen.delete(f.id);

  const kaarten = deel(map, 'kaarten');
  const oudeKaarten = new Map(oud.kaarten.map((k) => [k.id, k]));
  for (const k of nieuw.kaarten) {
    const was = oudeKaarten.get(k.id);
    const km = geneste(kaarten, k.id);
    if (!was || !km) kaarten.set(k.id, kaartMap(k));
    else for (const v of KAART_VELDEN) if (!gelijk(was[v], k[v])) km.set(v, k[v]);
  }
  for (const k of oud.kaarten) if (!nieuw.kaarten.some((x) => x.id === k.id)) kaarten.delete(k.id);

  const emotie = deel(map, 'emotie');
  for (const [faseId, score] of Object.entries(nieuw.emotie)) if (oud.emotie[faseId] !== score) emotie.set(faseId, score);
  for (const faseId of Object.keys(oud.emotie)) if (!(faseId in nieuw.emotie)) emotie.delete(faseId);
}
