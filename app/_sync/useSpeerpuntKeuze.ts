'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import {
  kiesSpeerpunt,
  verwijderSpeerpunt,
  wijzigSpeerpunt,
  zetActieVolgorde,
  type KeuzeInvoer,
  type SpeerpuntWijziging,
} from '../../lib/sync/speerpunten';
import { browserContext } from './schrijfContext';
import { useSpeerpunten } from './useSpeerpunten';

const NIET_VERBONDEN = { ok: false, reden: 'niet-verbonden' } as const;

/** The traject's speerpunten with the writers the Speerpunten werkvorm needs. */
export function useSpeerpuntKeuze(doc: Y.Doc | null) {
  const speerpunten = useSpeerpunten(doc);
  const kies = useCallback((invoer: KeuzeInvoer): Schrijfuitkomst<{ id: string }> => (doc ? kiesSpeerpunt(doc, invoer, browserContext) : NIET_VERBONDEN), [doc]);
  const wijzig = useCallback((id: string, w: SpeerpuntWijziging): Schrijfuitkomst => (doc ? wijzigSpeerpunt(doc, id, w) : NIET_VERBONDEN), [doc]);
  const verwijder = useCallback((id: string): Schrijfuitkomst => (doc ? verwijderSpeerpunt(doc, id) : NIET_VERBONDEN), [doc]);
  const ordenActies = useCallback(
    (id: string, ids: readonly string[]): Schrijfuitkomst => (doc ? zetActieVolgorde(doc, id, ids) : NIET_VERBONDEN),
    [doc],
  );
  return { speerpunten, kies, wijzig, verwijder, ordenActies };
}
