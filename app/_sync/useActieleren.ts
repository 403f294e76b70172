'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import {
  addAanscherping,
  readActieleren,
  verwijderAanscherping,
  wijzigActielerenTekst,
  type ActielerenBord,
  type AanscherpingInvoer,
} from '../../lib/sync/actieleren';
import type { ActielerenTekstVeld } from '../../lib/sync/bijeenkomstDoc';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import type { TekstDelta } from '../../lib/sync/tekstDiff';
import { browserContext } from './schrijfContext';
import { useDocSnapshot } from './useDocSnapshot';

const LEEG: ActielerenBord = {
  casusTitel: '',
  casus: '',
  reflectievraag: '',
  dialoog: '',
  samenvatting: '',
  aanscherpingen: [],
};

const GEEN_VERBINDING = { ok: false, reden: 'niet-verbonden' } as const;

/**
 * Actieleren's shared board in the bijeenkomst doc: its texts (each a Y.Text,
 * edited through deltas so people typing at once keep each other's words)
 * and the sharpenings of step 8.
 */
export function useActieleren(doc: Y.Doc | null): {
  bord: ActielerenBord;
  wijzigTekst: (veld: ActielerenTekstVeld, delta: TekstDelta) => Schrijfuitkomst;
  voegAanscherpingToe: (input: AanscherpingInvoer) => Schrijfuitkomst<{ id: string }>;
  verwijderAanscherping: (id: string, auteurId: string) => Schrijfuitkomst;
} {
  const bord = useDocSnapshot(doc, readActieleren, LEEG);
  const wijzigTekst = useCallback(
    (veld: ActielerenTekstVeld, delta: TekstDelta) => (doc ? wijzigActielerenTekst(doc, veld, delta) : GEEN_VERBINDING),
    [doc],
  );
  const voegAanscherpingToe = useCallback(
    (input: AanscherpingInvoer): Schrijfuitkomst<{ id: string }> =>
      doc ? addAanscherping(doc, input, browserContext) : GEEN_VERBINDING,
    [doc],
  );
  const verwijder = useCallback(
    (id: string, auteurId: string) => (doc ? verwijderAanscherping(doc, id, auteurId) : GEEN_VERBINDING),
    [doc],
  );
  return { bord, wijzigTekst, voegAanscherpingToe, verwijderAanscherping: verwijder };
}
