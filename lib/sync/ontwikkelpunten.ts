import * as Y from 'yjs';
import { z } from 'zod';
import { samenvoegProbleem, vergelijkTekst, wortel } from '../werkvormen/speerpunten/lijst';
import { begrens } from '../werkvormen/speerpunten/matrix';
import { Bron, MatrixPositie, MAX_ONTWIKKELPUNT, Ontwikkelpunt } from '../werkvormen/speerpunten/schema';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { geneste } from './leesMap';
import { ORIGIN } from './origins';
import { TRAJECT_MAPS } from './trajectDoc';

/*
 * The long list, `ontwikkelpunten.<id>` in the traject doc:
 *   Y.Map{ titel, bron (one JSON value), bijeenkomstId, samengevoegdIn, aangemaakt }
 * and the matrix, `matrix.<ontwikkelpuntId>` = {impact, haalbaarheid} as one
 * JSON value, so a drag by two people at once ends in one of their positions,
 * never the x of one and the y of the other.
 */

const VELDEN = ['titel', 'bron', 'bijeenkomstId', 'samengevoegdIn', 'aangemaakt'] as const;

function punten(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRAJECT_MAPS.ontwikkelpunten);
}

function matrix(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRAJECT_MAPS.matrix);
}

/** Every valid ontwikkelpunt, oldest first (merged ones included; see `langeLijst`). */
export function readOntwikkelpunten(doc: Y.Doc): Ontwikkelpunt[] {
  const uit: Ontwikkelpunt[] = [];
  punten(doc).forEach((waarde, id) => {
    if (!(waarde instanceof Y.Map)) return;
    const p = Ontwikkelpunt.safeParse({ id, ...Object.fromEntries(VELDEN.map((v) => [v, waarde.get(v) ?? null])) });
    if (p.success) uit.push(p.data);
  });
  return uit.sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id));
}

/** The id of the ontwikkelpunt promoted from a klantreis card (one per card). */
export function ontwikkelpuntIdVoorKaart(kaartId: string): string {
  return `kr-${kaartId}`.slice(0, 100);
}

/**
 * The id of an idea taken over from actieleren: the same idea of the same
 * bijeenkomst gives the same id, so taking it over twice adds it once.
 */
export function ontwikkelpuntIdVoorIdee(bijeenkomstId: string | null, tekst: string): string {
  return `al-${hash(`${bijeenkomstId ?? ''}|${vergelijkTekst(tekst)}`)}`;
}

/** FNV-1a, twice with different seeds: a short stable key, not a secret. */
function hash(s: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193) >>> 0;
    b = Math.imul(b ^ c, 0x01000193 + 2) >>> 0;
  }
  return a.toString(16).padStart(8, '0') + b.toString(16).padStart(8, '0');
}

export const OntwikkelpuntInvoer = z.object({
  titel: z.string().trim().min(1).max(MAX_ONTWIKKELPUNT),
  bron: Bron,
  bijeenkomstId: z.string().min(1).max(100).nullable(),
});
export type OntwikkelpuntInvoer = z.input<typeof OntwikkelpuntInvoer>;

/**
 * Writes a new ontwikkelpunt under `id` unless one is there already (a second
 * promotion of the same card is a no-op). Call inside a transaction.
 */
export function schrijfOntwikkelpunt(doc: Y.Doc, id: string, invoer: z.output<typeof OntwikkelpuntInvoer>, ctx: SchrijfContext): void {
  if (punten(doc).get(id) instanceof Y.Map) return;
  const map = new Y.Map<unknown>();
  map.set('titel', invoer.titel);
  map.set('bron', invoer.bron);
  map.set('bijeenkomstId', invoer.bijeenkomstId);
  map.set('samengevoegdIn', null);
  map.set('aangemaakt', ctx.now());
  punten(doc).set(id, map);
}

/** Adds an item to the long list; `id` for items that must not be added twice (ideas), else a new one. */
export function addOntwikkelpunt(
  doc: Y.Doc,
  invoer: OntwikkelpuntInvoer,
  ctx: SchrijfContext,
  id: string = ctx.newId(),
): Schrijfuitkomst<{ id: string }> {
  const geparsed = OntwikkelpuntInvoer.safeParse(invoer);
  if (!geparsed.success || id.length === 0 || id.length > 100) return { ok: false, reden: 'ongeldig-ontwikkelpunt' };
  doc.transact(() => schrijfOntwikkelpunt(doc, id, geparsed.data, ctx), ORIGIN.ontwikkelpunten);
  return { ok: true, id };
}

/** Changes the wording of an item. */
export function wijzigOntwikkelpunt(doc: Y.Doc, id: string, titel: string): Schrijfuitkomst {
  const map = geneste(punten(doc), id);
  if (!map) return { ok: false, reden: 'onbekend-ontwikkelpunt' };
  const t = OntwikkelpuntInvoer.shape.titel.safeParse(titel);
  if (!t.success) return { ok: false, reden: 'ongeldig-ontwikkelpunt' };
  if (map.get('titel') !== t.data) doc.transact(() => map.set('titel', t.data), ORIGIN.ontwikkelpunten);
  return { ok: true };
}

/**
 * Merges `bronId` (and whatever was merged into it) into `doelId` as a
 * duplicate: it stays stored, shown under the item it was merged into, and
 * can be split off again.
 */
export function voegSamen(doc: Y.Doc, doelId: string, bronId: string): Schrijfuitkomst {
  const alle = readOntwikkelpunten(doc);
  const probleem = samenvoegProbleem(doelId, bronId, alle);
  if (probleem) return { ok: false, reden: probleem };
  const perId = new Map(alle.map((p) => [p.id, p]));
  const doel = wortel(doelId, perId);
  const bron = wortel(bronId, perId);
  const map = geneste(punten(doc), bron);
  if (!map) return { ok: false, reden: 'onbekend' };
  doc.transact(() => {
    map.set('samengevoegdIn', doel);
    // Its position on the matrix goes with it: the merged item is one item now.
    if (matrix(doc).has(bron)) matrix(doc).delete(bron);
  }, ORIGIN.ontwikkelpunten);
  return { ok: true };
}

/** Splits a merged item off again. */
export function maakLos(doc: Y.Doc, id: string): Schrijfuitkomst {
  const map = geneste(punten(doc), id);
  if (!map) return { ok: false, reden: 'onbekend-ontwikkelpunt' };
  if (map.get('samengevoegdIn') !== null) doc.transact(() => map.set('samengevoegdIn', null), ORIGIN.ontwikkelpunten);
  return { ok: true };
}

/**
 * Removes an item from the long list; what was merged into it comes back as
 * items of its own. A promoted card then offers promotion again.
 */
export function verwijderOntwikkelpunt(doc: Y.Doc, id: string): Schrijfuitkomst {
  if (!punten(doc).has(id)) return { ok: false, reden: 'onbekend-ontwikkelpunt' };
  doc.transact(() => {
    punten(doc).forEach((waarde) => {
      if (waarde instanceof Y.Map && waarde.get('samengevoegdIn') === id) waarde.set('samengevoegdIn', null);
    });
    punten(doc).delete(id);
    matrix(doc).delete(id);
  }, ORIGIN.ontwikkelpunten);
  return { ok: true };
}

/** Positions on the impact × haalbaarheid matrix, by ontwikkelpunt id. */
export function readMatrix(doc: Y.Doc): Record<string, MatrixPositie> {
  const uit: Record<string, MatrixPositie> = {};
  matrix(doc).forEach((waarde, id) => {
    const p = MatrixPositie.safeParse(waarde);
    if (p.success) uit[id] = p.data;
  });
  return uit;
}

/** Puts an item on the matrix (or, with null, takes it off). One value per write: see the layout note. */
export function zetMatrixPositie(doc: Y.Doc, id: string, positie: MatrixPositie | null): Schrijfuitkomst {
  if (id.length === 0 || id.length > 100) return { ok: false, reden: 'onbekend-ontwikkelpunt' };
  doc.transact(() => {
    if (positie === null) matrix(doc).delete(id);
    else {
      const p = begrens(positie);
      const was = MatrixPositie.safeParse(matrix(doc).get(id));
      if (!was.success || was.data.impact !== p.impact || was.data.haalbaarheid !== p.haalbaarheid) matrix(doc).set(id, p);
    }
  }, ORIGIN.ontwikkelpunten);
  return { ok: true };
}
