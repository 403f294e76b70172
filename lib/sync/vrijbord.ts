import * as Y from 'yjs';
import { z } from 'zod';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, leesRecords } from './leesMap';
import { ORIGIN } from './origins';

/**
 * The vrij bord in the bijeenkomst doc: three top-level maps, which Yjs
 * creates on first use, so they need no layout migration.
 * - `vrijbord`: Y.Map<recordId, record>: tldraw's document records (pages,
 *   shapes, bindings, assets, users) as plain JSON values, one per key, so a
 *   change to one shape rewrites one value. Read them through
 *   `lib/werkvormen/vrij-bord/records.ts` and tldraw's validators: anyone in
 *   the room can write anything here.
 * - `vrijbordMeta`: `{schema}`: tldraw's serialized schema of the records, so
 *   a newer app can migrate records written by an older one.
 * - `vrijbordWachtrij`: Y.Map<id, Y.Map{tekst, bron, aangemaakt}>: items from
 *   other werkvormen waiting to become sticky notes. The canvas turns each into
 *   a note with id `shape:<id>` and removes it in the same transaction, so two
 *   open canvases that both do it make one note, not two.
 */
export const VRIJBORD_MAPS = { records: 'vrijbord', meta: 'vrijbordMeta', wachtrij: 'vrijbordWachtrij' } as const;

/** Where an item placed on the vrij bord comes from. */
export const VrijbordBron = z.enum(['idee', 'klantreis', 'speerpunt', 'actie', 'succes', 'anders']);
export type VrijbordBron = z.infer<typeof VrijbordBron>;

/** Longest text of a sticky note made from a werkvorm item. */
export const MAX_PLAATS_TEKST = 1_000;

/** A waiting item, `vrijbordWachtrij.<id>`. */
export const WachtrijVelden = z.object({
  tekst: z.string().min(1).max(MAX_PLAATS_TEKST),
  bron: VrijbordBron,
  /** Epoch ms. */
  aangemaakt: z.number(),
});
export type WachtrijItem = { id: string } & z.infer<typeof WachtrijVelden>;

export const PlaatsInvoer = z.object({
  tekst: z.string().trim().min(1).max(MAX_PLAATS_TEKST),
  bron: VrijbordBron.default('anders'),
});
export type PlaatsInvoer = z.input<typeof PlaatsInvoer>;

function records(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(VRIJBORD_MAPS.records);
}
function meta(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(VRIJBORD_MAPS.meta);
}
function wachtrij(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(VRIJBORD_MAPS.wachtrij);
}

/**
 * Puts a text on the vrij bord as a sticky note (a chosen idea, a klantreis
 * card, a speerpunt). Works whether or not anyone has the canvas open: the
 * item waits in `vrijbordWachtrij` until a canvas places it.
 */
export function plaatsOpVrijBord(doc: Y.Doc, invoer: PlaatsInvoer, ctx: SchrijfContext): Schrijfuitkomst<{ id: string }> {
  const geparsed = PlaatsInvoer.safeParse(invoer);
  if (!geparsed.success) return { ok: false, reden: 'ongeldige-tekst' };
  const id = ctx.newId();
  doc.transact(() => {
    wachtrij(doc).set(id, alsYMap({ ...geparsed.data, aangemaakt: ctx.now() }));
  }, ORIGIN.vrijbord);
  return { ok: true, id };
}

/** Ids that can become part of a record id (`shape:<id>`): what `nieuwId` makes, and a little more. */
const WACHTRIJ_ID = /^[A-Za-z0-9_-]{1,100}$/;

/** The valid waiting items, oldest first; anything malformed is skipped. */
export function leesWachtrij(doc: Y.Doc): WachtrijItem[] {
  return leesRecords(wachtrij(doc), WachtrijVelden)
    .filter((item) => WACHTRIJ_ID.test(item.id))
    .sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id));
}

/** Every key of the canvas map (valid or not). */
export function vrijbordIds(doc: Y.Doc): string[] {
  return [...records(doc).keys()];
}

/** The raw value under one key; `undefined` when absent. Never trust it unchecked. */
export function leesVrijbordWaarde(doc: Y.Doc, id: string): unknown {
  return records(doc).get(id);
}

/** The tldraw schema stored with the records, unchecked; `undefined` when none. */
export function leesVrijbordSchema(doc: Y.Doc): unknown {
  return meta(doc).get('schema');
}

/** A batch of canvas changes: a record to set, or null to delete. */
export type VrijbordWijzigingen = {
  records: Iterable<readonly [id: string, record: object | null]>;
  /** Store this schema with the records (when it differs). */
  schema?: object;
  /** Waiting items that this batch placed as notes. */
  geplaatst?: readonly string[];
};

/** Writes one batch in one transaction, origin `leerbord:vrijbord`. */
export function schrijfVrijbord(doc: Y.Doc, wijzigingen: VrijbordWijzigingen): void {
  doc.transact(() => {
    const map = records(doc);
    for (const [id, record] of wijzigingen.records) {
      if (record === null) map.delete(id);
      else map.set(id, record);
    }
    if (wijzigingen.schema !== undefined) meta(doc).set('schema', wijzigingen.schema);
    for (const id of wijzigingen.geplaatst ?? []) wachtrij(doc).delete(id);
  }, ORIGIN.vrijbord);
}

/**
 * Calls `cb` with the keys of the canvas map that changed, for every change
 * *not* written by `schrijfVrijbord` on this client (those are already in the
 * local store). Returns the unsubscribe.
 */
export function observeerVrijbord(doc: Y.Doc, cb: (ids: string[]) => void): () => void {
  const map = records(doc);
  const handler = (event: Y.YMapEvent<unknown>, tx: Y.Transaction) => {
    if (tx.local && tx.origin === ORIGIN.vrijbord) return;
    cb([...event.keysChanged]);
  };
  map.observe(handler);
  return () => map.unobserve(handler);
}

/** Calls `cb` when another client changes the stored schema. Returns the unsubscribe. */
export function observeerVrijbordSchema(doc: Y.Doc, cb: () => void): () => void {
  const map = meta(doc);
  const handler = (event: Y.YMapEvent<unknown>, tx: Y.Transaction) => {
    if (tx.local && tx.origin === ORIGIN.vrijbord) return;
    if (event.keysChanged.has('schema')) cb();
  };
  map.observe(handler);
  return () => map.unobserve(handler);
}

/** Calls `cb` whenever the waiting list changes. Returns the unsubscribe. */
export function observeerWachtrij(doc: Y.Doc, cb: () => void): () => void {
  const map = wachtrij(doc);
  const handler = () => cb();
  map.observeDeep(handler);
  return () => map.unobserveDeep(handler);
}
