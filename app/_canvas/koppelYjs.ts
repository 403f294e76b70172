import type { TLRecord, TLStore } from 'tldraw';
import type { SyncDoc } from '../_sync/useYDoc';
import {
  leesVrijbordSchema,
  leesVrijbordWaarde,
  observeerVrijbord,
  observeerVrijbordSchema,
  schrijfVrijbord,
  vrijbordIds,
} from '../../lib/sync/vrijbord';
import { weigerOnsamenhangend } from '../../lib/werkvormen/vrij-bord/records';
import { beoordeelSchema, documentTypen, schoonRecord, type SchemaStand } from './schoonRecord';

/**
 * Local edits are gathered for this long and then written in one Yjs
 * transaction: a stroke being drawn changes its record on every pointer move,
 * and each write is a message to the server and a row in its update log.
 */
export const SCHRIJF_INTERVAL_MS = 50;

export type YjsKoppeling = {
  /** How the doc's records relate to this app's schema; `nieuwer` makes the canvas read-only. */
  stand(): SchemaStand;
  /** Writes what is waiting now instead of at the next interval. */
  flush(): void;
  /** Marks waiting items of `vrijbordWachtrij` as placed: removed with the next write. */
  markeerGeplaatst(ids: readonly string[]): void;
  /** Flushes and unbinds. */
  stop(): void;
};

/**
 * Binds a tldraw store to the `vrijbord` map of the bijeenkomst doc.
 * - Doc → store: every key that another client changed is checked
 *   (`schoonRecord`, then parent and binding integrity) and merged with
 *   `store.mergeRemoteChanges`; what fails is skipped (the tab keeps what it
 *   had under that id), so a malformed record from anyone never reaches tldraw.
 * - Store → doc: the user's document changes (not camera, selection or
 *   presence) are written in one transaction per interval, origin
 *   `leerbord:vrijbord`, and only while `schrijfbaar()` holds.
 */
export function koppelYjs(
  store: TLStore,
  doc: SyncDoc,
  schrijfbaar: () => boolean,
  bijNieuwereVersie: () => void = () => {},
): YjsKoppeling {
  let stand = beoordeelSchema(store, leesVrijbordSchema(doc));
  const typen = documentTypen(store);
  const magSchrijven = () => stand.soort !== 'nieuwer' && schrijfbaar();

  const wachtend = new Map<string, TLRecord | null>();
  let geplaatst: string[] = [];
  let schemaOpslaan = stand.soort === 'ouder' || (stand.soort === 'gelijk' && stand.opslaan);
  let timer: ReturnType<typeof setTimeout> | null = null;
  let gestopt = false;

  function flush(): void {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    if (!magSchrijven()) {
      // An observer or a closed board: the server would refuse it anyway.
      wachtend.clear();
      geplaatst = [];
      return;
    }
    if (wachtend.size === 0 && geplaatst.length === 0) return;
    const records = [...wachtend];
    wachtend.clear();
    const klaar = geplaatst;
    geplaatst = [];
    schrijfVrijbord(doc, { records, geplaatst: klaar, schema: schemaOpslaan ? store.schema.serialize() : undefined });
    schemaOpslaan = false;
  }

  function planFlush(): void {
    if (timer === null && !gestopt) timer = setTimeout(flush, SCHRIJF_INTERVAL_MS);
  }

  const stopLuisteren = store.listen(
    ({ changes }) => {
      for (const r of Object.values(changes.added)) wachtend.set(r.id, r);
      for (const [, na] of Object.values(changes.updated)) wachtend.set(na.id, na);
      for (const r of Object.values(changes.removed)) wachtend.set(r.id, null);
      planFlush();
    },
    { source: 'user', scope: 'document' },
  );

  /** Applies the doc's current values of `ids` to the store; returns the records it put. */
  function pasToe(ids: Iterable<string>): TLRecord[] {
    const zetten: TLRecord[] = [];
    const weg = new Set<TLRecord['id']>();
    for (const id of ids) {
      // Only document records live in the map. Anything under a key such as
      // `instance:instance` or `camera:…` is ignored: touching it would take this
      // tab's own session records (and the editor) with it.
      if (!typen.has(id.slice(0, id.indexOf(':')))) continue;
      // Our own newer value goes out with the next write and wins there.
      if (wachtend.has(id)) continue;
      const waarde = leesVrijbordWaarde(doc, id);
      if (waarde === undefined) {
        if (store.has(id as TLRecord['id'])) weg.add(id as TLRecord['id']);
        continue;
      }
      // A malformed value is skipped: what this tab has under that id stays.
      const record = schoonRecord(store, typen, stand, id, waarde);
      if (record) zetten.push(record);
    }
    // So is a record that would hang from nothing, loop, or bind to a missing shape.
    const onsamenhangend = weigerOnsamenhangend(zetten, (id) => store.get(id as TLRecord['id']), weg);
    const goed = zetten.filter((r) => !onsamenhangend.has(r.id));
    voerUit(goed, weg);
    return goed;
  }

  function voerUit(zetten: TLRecord[], weg: Set<TLRecord['id']>): void {
    if (zetten.length === 0 && weg.size === 0) return;
    try {
      store.mergeRemoteChanges(() => {
        if (weg.size > 0) store.remove([...weg]);
        if (zetten.length > 0) store.put(zetten);
      });
    } catch (err) {
      // The batch was rolled back; apply it record by record so one bad
      // record (one that tldraw's side effects trip over) cannot hold back the rest.
      console.warn('[leerbord] vrij bord: wijziging in delen toegepast', err);
      for (const id of weg) probeer(() => store.remove([id]));
      for (const r of zetten) probeer(() => store.put([r]));
    }
  }

  function probeer(fn: () => void): void {
    try {
      store.mergeRemoteChanges(fn);
    } catch (err) {
      console.warn('[leerbord] vrij bord: record overgeslagen', err);
    }
  }

  const geladen = pasToe(vrijbordIds(doc));
  if (stand.soort === 'ouder' && magSchrijven()) {
    // Bring the board to this version once, in one transaction with the new schema.
    for (const r of geladen) wachtend.set(r.id, r);
    flush();
  }
  const stopObserveren = observeerVrijbord(doc, (ids) => pasToe(ids));
  // A newer app stored its schema while this tab is open (a deploy mid-meeting):
  // stop writing, so this tab's older records cannot overwrite newer ones.
  const stopSchema = observeerVrijbordSchema(doc, () => {
    if (stand.soort === 'nieuwer' || beoordeelSchema(store, leesVrijbordSchema(doc)).soort !== 'nieuwer') return;
    stand = { soort: 'nieuwer' };
    wachtend.clear();
    bijNieuwereVersie();
  });
  const bijVertrek = () => flush();
  window.addEventListener('pagehide', bijVertrek);

  return {
    stand: () => stand,
    flush,
    markeerGeplaatst(ids) {
      geplaatst.push(...ids);
    },
    stop() {
      if (gestopt) return;
      try {
        flush();
      } catch (err) {
        // Leaving the room destroys the doc too; what was not sent is lost with the tab anyway.
        console.warn('[leerbord] vrij bord: laatste wijzigingen niet geschreven', err);
      }
      gestopt = true;
      window.removeEventListener('pagehide', bijVertrek);
      stopObserveren();
      stopSchema();
      stopLuisteren();
    },
  };
}
