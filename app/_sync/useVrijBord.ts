'use client';

import { useCallback } from 'react';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { plaatsOpVrijBord, type VrijbordBron } from '../../lib/sync/vrijbord';
import { browserContext } from './schrijfContext';
import type { SyncDoc } from './useYDoc';

/**
 * `plaatsOpVrijBord(tekst, bron)` for any werkvorm view: puts a text (a chosen
 * idea, a klantreis card, a speerpunt) on the vrij bord of this bijeenkomst as
 * a sticky note. Needs only the bijeenkomst doc, not the canvas: the note
 * appears when someone has the vrij bord open, and stays for everyone.
 * Cheap to import: it pulls in no tldraw code.
 */
export function usePlaatsOpVrijBord(bord: SyncDoc | null): (tekst: string, bron?: VrijbordBron) => Schrijfuitkomst<{ id: string }> {
  return useCallback(
    (tekst: string, bron: VrijbordBron = 'anders'): Schrijfuitkomst<{ id: string }> =>
      bord ? plaatsOpVrijBord(bord, { tekst, bron }, browserContext) : { ok: false, reden: 'niet-verbonden' },
    [bord],
  );
}
