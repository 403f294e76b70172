'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { addSucces, readSuccessen, type Succes, type SuccesInvoer } from '../../lib/sync/successen';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { browserContext } from './schrijfContext';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Succes[] = [];

/** The traject's successen, live, with a writer. */
export function useSuccessen(doc: Y.Doc | null): {
  successen: readonly Succes[];
  voegToe: (input: SuccesInvoer) => Schrijfuitkomst<{ id: string }>;
} {
  const successen = useDocSnapshot(doc, readSuccessen, GEEN);
  const voegToe = useCallback(
    (input: SuccesInvoer): Schrijfuitkomst<{ id: string }> =>
      doc ? addSucces(doc, input, browserContext) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  return { successen, voegToe };
}
