'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import {
  addOntwikkelpunt,
  maakLos,
  readMatrix,
  readOntwikkelpunten,
  verwijderOntwikkelpunt,
  voegSamen,
  wijzigOntwikkelpunt,
  zetMatrixPositie,
  type OntwikkelpuntInvoer,
} from '../../lib/sync/ontwikkelpunten';
import type { MatrixPositie, Ontwikkelpunt } from '../../lib/werkvormen/speerpunten/schema';
import { browserContext } from './schrijfContext';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Ontwikkelpunt[] = [];
const LEGE_MATRIX: Record<string, MatrixPositie> = {};
const NIET_VERBONDEN = { ok: false, reden: 'niet-verbonden' } as const;

/** The traject's ontwikkelpunten long list and the impact × haalbaarheid matrix, live, with their writers. */
export function useOntwikkelpunten(doc: Y.Doc | null): {
  punten: readonly Ontwikkelpunt[];
  matrix: Readonly<Record<string, MatrixPositie>>;
  voegToe: (invoer: OntwikkelpuntInvoer, id?: string) => Schrijfuitkomst<{ id: string }>;
  wijzig: (id: string, titel: string) => Schrijfuitkomst;
  voegSamen: (doelId: string, bronId: string) => Schrijfuitkomst;
  maakLos: (id: string) => Schrijfuitkomst;
  verwijder: (id: string) => Schrijfuitkomst;
  zetPositie: (id: string, positie: MatrixPositie | null) => Schrijfuitkomst;
} {
  const punten = useDocSnapshot(doc, readOntwikkelpunten, GEEN);
  const matrix = useDocSnapshot(doc, readMatrix, LEGE_MATRIX);
  const voegToe = useCallback(
    (invoer: OntwikkelpuntInvoer, id?: string) => (doc ? addOntwikkelpunt(doc, invoer, browserContext, id) : NIET_VERBONDEN),
    [doc],
  );
  const wijzig = useCallback((id: string, titel: string) => (doc ? wijzigOntwikkelpunt(doc, id, titel) : NIET_VERBONDEN), [doc]);
  const samen = useCallback((doelId: string, bronId: string) => (doc ? voegSamen(doc, doelId, bronId) : NIET_VERBONDEN), [doc]);
  const los = useCallback((id: string) => (doc ? maakLos(doc, id) : NIET_VERBONDEN), [doc]);
  const verwijder = useCallback((id: string) => (doc ? verwijderOntwikkelpunt(doc, id) : NIET_VERBONDEN), [doc]);
  const zetPositie = useCallback(
    (id: string, positie: MatrixPositie | null) => (doc ? zetMatrixPositie(doc, id, positie) : NIET_VERBONDEN),
    [doc],
  );
  return { punten, matrix, voegToe, wijzig, voegSamen: samen, maakLos: los, verwijder, zetPositie };
}
