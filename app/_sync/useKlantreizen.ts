'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { maakKlantreis, promoveerKaart, readKlantreizen, verwijderKlantreis, wijzigKlantreis } from '../../lib/sync/klantreis';
import type { Klantreis, KlantreisEvent, Persona } from '../../lib/werkvormen/klantreis/schema';
import { browserContext } from './schrijfContext';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN: Klantreis[] = [];
const NIET_VERBONDEN = { ok: false, reden: 'niet-verbonden' } as const;

/** The traject's klantreizen, live, with their writers (lib/sync/klantreis). */
export function useKlantreizen(doc: Y.Doc | null): {
  klantreizen: readonly Klantreis[];
  maak: (persona: Partial<Persona>, bijeenkomstId: string | null) => Schrijfuitkomst<{ id: string }>;
  wijzig: (klantreisId: string, event: KlantreisEvent) => Schrijfuitkomst<{ kaartId?: string }>;
  verwijder: (klantreisId: string) => Schrijfuitkomst;
  promoveer: (klantreisId: string, kaartId: string, bijeenkomstId: string | null) => Schrijfuitkomst<{ ontwikkelpuntId: string }>;
} {
  const klantreizen = useDocSnapshot(doc, readKlantreizen, GEEN);
  const maak = useCallback(
    (persona: Partial<Persona>, bijeenkomstId: string | null) => (doc ? maakKlantreis(doc, persona, browserContext, bijeenkomstId) : NIET_VERBONDEN),
    [doc],
  );
  const wijzig = useCallback(
    (klantreisId: string, event: KlantreisEvent) => (doc ? wijzigKlantreis(doc, klantreisId, event, browserContext) : NIET_VERBONDEN),
    [doc],
  );
  const verwijder = useCallback((klantreisId: string) => (doc ? verwijderKlantreis(doc, klantreisId) : NIET_VERBONDEN), [doc]);
  const promoveer = useCallback(
    (klantreisId: string, kaartId: string, bijeenkomstId: string | null) =>
      doc ? promoveerKaart(doc, klantreisId, kaartId, browserContext, bijeenkomstId) : NIET_VERBONDEN,
    [doc],
  );
  return { klantreizen, maak, wijzig, verwijder, promoveer };
}
