'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readVraagstukKeuzes, setVraagstukKeuze, type VraagstukKeuze } from '../../lib/sync/afsluiting';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Record<string, VraagstukKeuze> = {};

/** The Afsluiting's shared board: per participant's vraagstuk, act now or dig deeper (leernetwerk). */
export function useAfsluiting(doc: Y.Doc | null): {
  keuzes: Readonly<Record<string, VraagstukKeuze>>;
  zetKeuze: (personId: string, keuze: VraagstukKeuze | null) => Schrijfuitkomst;
} {
  const keuzes = useDocSnapshot(doc, readVraagstukKeuzes, GEEN);
  const zetKeuze = useCallback(
    (personId: string, keuze: VraagstukKeuze | null): Schrijfuitkomst =>
      doc ? setVraagstukKeuze(doc, personId, keuze) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  return { keuzes, zetKeuze };
}
