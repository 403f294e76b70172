'use client';

import { useEffect, useRef, useState } from 'react';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { ensureLayout, type DocSoort } from '../../lib/sync/ensureLayout';
import { registreerAwareness } from './aanwezigheid';

/** A Yjs room: `traject:<id>` or `bijeenkomst:<id>` (docs/api.md). */
export type YRoom = `${DocSoort}:${string}`;

/** A shared doc as components pass it around; only `app/_sync` hooks read or write it. */
export type SyncDoc = Y.Doc;

/** Connection state of a doc, as shown to people. */
export type SyncStatus = 'verbinden' | 'verbonden' | 'verbroken' | 'geweigerd';

export type YDocState = {
  /** Null until the effect has run (first render, server render). */
  doc: Y.Doc | null;
  /** True once the doc has received the server's state at least once. */
  synced: boolean;
  status: SyncStatus;
};

const BEGIN: YDocState = { doc: null, synced: false, status: 'verbinden' };

function docSoort(room: YRoom): DocSoort {
  return room.startsWith('traject:') ? 'traject' : 'bijeenkomst';
}

/** `ws(s)://<this host>/yjs`: the custom server serves Yjs on the same origin. */
function yjsUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/yjs`;
}

/**
 * Opens a shared doc over y-websocket and closes it on unmount. After the
 * first sync the doc is migrated to the current layout, unless the caller
 * may not write (observers, closed bijeenkomsten): the server refuses their
 * updates anyway. `alleenLezen: null` means not known yet (the room opens
 * its docs before it knows who you are): the doc connects and syncs at
 * once, and counts as synced when it is known.
 */
export function useYDoc(room: YRoom | null, opts: { alleenLezen?: boolean | null } = {}): YDocState {
  const [state, setState] = useState<YDocState>(BEGIN);
  // Read through a ref: closing a bijeenkomst flips it, and that must not reconnect the doc.
  const alleenLezen = useRef<boolean | null>(opts.alleenLezen ?? false);
  alleenLezen.current = opts.alleenLezen === undefined ? false : opts.alleenLezen;
  /** A first sync that waits until `alleenLezen` is known. */
  const naRol = useRef<(() => void) | null>(null);

  useEffect(() => {
    if (room === null) return;
    const doc = new Y.Doc();
    // BroadcastChannel off: every update goes through the server, which
    // decides who may write (an observer's tab must not feed another tab).
    const provider = new WebsocketProvider(yjsUrl(), room, doc, { disableBc: true });
    registreerAwareness(doc, provider.awareness);
    let synced = false;
    let status: SyncStatus = 'verbinden';
    const zet = () => setState({ doc, synced, status });
    zet();

    const onStatus = ({ status: s }: { status: 'connected' | 'disconnected' | 'connecting' }) => {
      if (status === 'geweigerd') return;
      status = s === 'connected' ? 'verbonden' : s === 'connecting' && !synced ? 'verbinden' : 'verbroken';
      zet();
    };
    const onSync = (isSynced: boolean) => {
      if (isSynced && !synced) {
        if (alleenLezen.current === null) {
          naRol.current = () => onSync(provider.synced);
          return;
        }
        naRol.current = null;
        synced = true;
        if (!alleenLezen.current) {
          const uitkomst = ensureLayout(doc, docSoort(room));
          if (!uitkomst.ok) console.warn(`[leerbord] ${room}: doc heeft versie ${uitkomst.versie}, nieuwer dan deze app`);
        }
      }
      zet();
    };
    // A 44xx close means the server refused for good (y-websocket stops retrying).
    const onClosed = () => {
      status = 'geweigerd';
      zet();
    };
    provider.on('status', onStatus);
    provider.on('sync', onSync);
    provider.on('closed', onClosed);
    return () => {
      provider.off('status', onStatus);
      provider.off('sync', onSync);
      provider.off('closed', onClosed);
      naRol.current = null;
      provider.destroy();
      doc.destroy();
      setState(BEGIN);
    };
  }, [room]);

  useEffect(() => {
    if (opts.alleenLezen === null || naRol.current === null) return;
    const verder = naRol.current;
    naRol.current = null;
    verder();
  });

  return state;
}
