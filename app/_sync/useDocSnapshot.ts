'use client';

import { useMemo, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

type Store<T> = { subscribe: (cb: () => void) => () => void; get: () => T; getServer: () => T };

function maakStore<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T, leeg: T): Store<T> {
  let cache = leeg;
  let vuil = true;
  return {
    subscribe(cb) {
      if (!doc) return () => {};
      const onUpdate = () => {
        vuil = true;
        cb();
      };
      doc.on('update', onUpdate);
      // An update may have landed between the render that read the snapshot
      // and this subscription (e.g. the first sync). React re-reads the
      // snapshot right after subscribing, so make that read fresh.
      vuil = true;
      return () => doc.off('update', onUpdate);
    },
    // Recompute only after an update, so the snapshot stays referentially
    // stable between renders (useSyncExternalStore requires that).
    get() {
      if (doc && vuil) {
        cache = read(doc);
        vuil = false;
      }
      return cache;
    },
    getServer: () => leeg,
  };
}

/**
 * A plain, validated view of a doc that re-renders on every update.
 * `read` and `leeg` must be stable (module-level) values.
 */
export function useDocSnapshot<T>(doc: Y.Doc | null, read: (doc: Y.Doc) => T, leeg: T): T {
  const store = useMemo(() => maakStore(doc, read, leeg), [doc, read, leeg]);
  return useSyncExternalStore(store.subscribe, store.get, store.getServer);
}
