'use client';

import type { Awareness } from 'y-protocols/awareness';
import type { SyncDoc } from './useYDoc';

/**
 * Presence (cursors, who is where) travels in the y-websocket awareness of a
 * doc, not in the doc itself: it is ephemeral and never stored. `useYDoc`
 * registers the awareness of each doc it opens; a feature reads and writes one
 * field of it through `aanwezigheidVan` and never sees the Awareness object.
 */
const perDoc = new WeakMap<SyncDoc, Awareness>();

/** Called by `useYDoc` when it opens a doc. */
export function registreerAwareness(doc: SyncDoc, awareness: Awareness): void {
  perDoc.set(doc, awareness);
}

/** One field of everyone's awareness state, e.g. `vrijbord` for canvas cursors. */
export type Aanwezigheid = {
  /** This client's id; other clients' states are keyed by theirs. */
  readonly clientId: number;
  /** Sets (or with null clears) this client's value of the field. */
  zet(waarde: unknown): void;
  /** The field of every other client that has set it. Values are unchecked. */
  anderen(): Map<number, unknown>;
  /** Calls `cb` with the client ids whose state changed or left. Returns the unsubscribe. */
  volg(cb: (clientIds: number[]) => void): () => void;
};

export function aanwezigheidVan(doc: SyncDoc | null, veld: string): Aanwezigheid | null {
  const awareness = doc ? perDoc.get(doc) : undefined;
  if (!awareness) return null;
  return {
    clientId: awareness.clientID,
    zet(waarde) {
      awareness.setLocalStateField(veld, waarde);
    },
    anderen() {
      const uit = new Map<number, unknown>();
      awareness.getStates().forEach((state, id) => {
        if (id === awareness.clientID || typeof state !== 'object' || state === null) return;
        const waarde = (state as Record<string, unknown>)[veld];
        if (waarde !== undefined && waarde !== null) uit.set(id, waarde);
      });
      return uit;
    },
    volg(cb) {
      const handler = ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) =>
        cb([...added, ...updated, ...removed].filter((id) => id !== awareness.clientID));
      awareness.on('change', handler);
      return () => awareness.off('change', handler);
    },
  };
}
