'use client';

import { useCallback } from 'react';
import type * as Y from 'yjs';
import { readCheckAct, readCheckin, setCheckAct, setCheckin, type CheckAct } from '../../lib/sync/opening';
import type { Schrijfuitkomst } from '../../lib/sync/context';
import { useDocSnapshot } from './useDocSnapshot';

const GEEN_CHECK_ACT: Record<string, CheckAct> = {};
const GEEN_CHECKIN: Record<string, string> = {};

/** The Opening's shared board in the bijeenkomst doc: Check and Act, check-in. */
export function useOpening(doc: Y.Doc | null): {
  checkAct: Readonly<Record<string, CheckAct>>;
  checkin: Readonly<Record<string, string>>;
  zetCheckAct: (speerpuntId: string, wijziging: Partial<CheckAct>) => Schrijfuitkomst;
  zetCheckin: (personId: string, regel: string) => Schrijfuitkomst;
} {
  const checkAct = useDocSnapshot(doc, readCheckAct, GEEN_CHECK_ACT);
  const checkin = useDocSnapshot(doc, readCheckin, GEEN_CHECKIN);
  const zetCheckAct = useCallback(
    (speerpuntId: string, wijziging: Partial<CheckAct>): Schrijfuitkomst =>
      doc ? setCheckAct(doc, speerpuntId, wijziging) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  const zetCheckin = useCallback(
    (personId: string, regel: string): Schrijfuitkomst =>
      doc ? setCheckin(doc, personId, regel) : { ok: false, reden: 'niet-verbonden' },
    [doc],
  );
  return { checkAct, checkin, zetCheckAct, zetCheckin };
}
