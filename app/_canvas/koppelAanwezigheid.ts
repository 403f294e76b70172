import {
  InstancePresenceRecordType,
  createPresenceStateDerivation,
  react,
  type Editor,
  type Signal,
  type TLInstancePresence,
  type TLUser,
} from 'tldraw';
import type { Aanwezigheid } from '../_sync/aanwezigheid';
import { schoonAanwezigheid } from './schoonRecord';

/** At most this often does our cursor go out (the server batches at 50 ms too). */
export const AANWEZIGHEID_INTERVAL_MS = 50;

/**
 * Cursors and names through Yjs awareness: our presence record (derived by
 * tldraw from pointer, camera and selection) goes into our awareness field;
 * everyone else's field becomes a presence record in the local store, checked
 * by `schoonAanwezigheid`. Presence records are never written to the doc.
 */
export function koppelAanwezigheid(editor: Editor, aanwezigheid: Aanwezigheid, gebruiker: Signal<TLUser | null>): () => void {
  const { store } = editor;
  const eigenId = InstancePresenceRecordType.createId(String(aanwezigheid.clientId));
  const $presence = createPresenceStateDerivation(gebruiker, { instanceId: eigenId })(store);

  let laatst = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const stuur = () => {
    timer = null;
    laatst = Date.now();
    aanwezigheid.zet($presence.get());
  };
  const stopReageren = react('leerbord aanwezigheid uit', () => {
    $presence.get();
    if (timer === null) timer = setTimeout(stuur, Math.max(0, laatst + AANWEZIGHEID_INTERVAL_MS - Date.now()));
  });

  const bekend = new Set<TLInstancePresence['id']>();
  const pasToe = (clientIds: readonly number[]) => {
    const anderen = aanwezigheid.anderen();
    const zetten: TLInstancePresence[] = [];
    const weg: TLInstancePresence['id'][] = [];
    for (const clientId of clientIds) {
      const id = InstancePresenceRecordType.createId(String(clientId));
      const record = anderen.has(clientId) ? schoonAanwezigheid(store, clientId, anderen.get(clientId)) : null;
      if (record) {
        zetten.push(record);
        bekend.add(id);
      } else if (bekend.delete(id)) {
        weg.push(id);
      }
    }
    if (zetten.length === 0 && weg.length === 0) return;
    try {
      store.mergeRemoteChanges(() => {
        if (weg.length > 0) store.remove(weg);
        if (zetten.length > 0) store.put(zetten);
      });
    } catch (err) {
      console.warn('[leerbord] vrij bord: cursor overgeslagen', err);
    }
  };
  pasToe([...aanwezigheid.anderen().keys()]);
  const stopVolgen = aanwezigheid.volg(pasToe);

  return () => {
    if (timer !== null) clearTimeout(timer);
    stopReageren();
    stopVolgen();
    aanwezigheid.zet(null);
    const weg = [...bekend];
    bekend.clear();
    if (weg.length > 0) {
      try {
        store.mergeRemoteChanges(() => store.remove(weg));
      } catch (err) {
        // The store is going away with the editor; nothing else to clean.
        console.warn('[leerbord] vrij bord: cursors niet opgeruimd', err);
      }
    }
  };
}
