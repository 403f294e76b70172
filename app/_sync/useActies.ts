'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { addActie, readActies, setActieStatus, type Actie, type ActieInvoer, type ActieStatus } from '../../lib/sync/acties';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { browserContext } from './schrijfContext';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Actie[] = [];

/** The traject's actielijst, live, with its writers. */
export function useActies(doc: Y.Doc | null): {
  acties: readonly Actie[];
  voegToe: (input: ActieInvoer) => Schrijfuitkomst<{ id: string }>;
  zetStatus: (id: string, status: ActieStatus) => Schrijfuitkomst;
} {
  const acties = useDocSnapshot(doc, readActies, GEEN);
  const voegToe = useCallback(
    (input: ActieInvoer): Schrijfuitkomst<{ id: string }> =>
      doc ? addActie(doc, input, browserContext) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  const zetStatus = useCallback(
    (id: string, status: ActieStatus): Schrijfuitkomst =>
      doc ? setActieStatus(doc, id, status) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  return { acties, voegToe, zetStatus };
}
