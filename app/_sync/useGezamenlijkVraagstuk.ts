'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import type { TekstDelta } from '../../lib/sync/tekstDiff';
import {
  readGezamenlijkVraagstuk,
  wijzigGezamenlijkVraagstuk,
  type GezamenlijkVeld,
  type GezamenlijkVraagstuk,
} from '../../lib/sync/vraagstuk';
import { useDocSnapshot } from './useDocSnapshot';

const LEEG: GezamenlijkVraagstuk = { vraagstuk: '', doel: '' };

/** The werkplaats's gezamenlijk vraagstuk and doel in the bijeenkomst doc, live, with the writer. */
export function useGezamenlijkVraagstuk(doc: Y.Doc | null): {
  gezamenlijk: GezamenlijkVraagstuk;
  wijzig: (veld: GezamenlijkVeld, delta: TekstDelta) => Schrijfuitkomst;
} {
  const gezamenlijk = useDocSnapshot(doc, readGezamenlijkVraagstuk, LEEG);
  const wijzig = useCallback(
    (veld: GezamenlijkVeld, delta: TekstDelta): Schrijfuitkomst =>
      doc ? wijzigGezamenlijkVraagstuk(doc, veld, delta) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  return { gezamenlijk, wijzig };
}
