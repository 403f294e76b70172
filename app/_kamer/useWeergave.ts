'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import type { KamerToestand } from '../../lib/protocol';
import { zelfdeWeergave, type Weergave } from './weergave';

/**
 * "Volg mij" on the participant's side. With volg mij on, every move of the
 * facilitator brings the participant along; they may still look elsewhere and
 * jump back. With volg mij off they stay where they are when the facilitator
 * moves. The facilitator always sees the room's own werkvorm and step.
 */
export function useWeergave(
  toestand: KamerToestand | null,
  isBegeleider: boolean,
): {
  weergave: Weergave | null;
  leider: Weergave | null;
  /** True when this screen shows something other than the facilitator. */
  elders: boolean;
  kijkElders: (w: Weergave) => void;
  terug: () => void;
} {
  const leider: Weergave | null =
    toestand && toestand.werkvorm !== null ? { werkvorm: toestand.werkvorm, stap: toestand.stap } : null;
  const volgMij = toestand?.volgMij ?? true;
  const [eigen, setEigen] = useState<Weergave | null>(null);
  const vorige = useRef<Weergave | null>(null);
  const leiderWerkvorm = leider?.werkvorm ?? null;
  const leiderStap = leider?.stap ?? 0;

  useEffect(() => {
    const nu: Weergave | null = leiderWerkvorm === null ? null : { werkvorm: leiderWerkvorm, stap: leiderStap };
    const was = vorige.current;
    vorige.current = nu;
    if (isBegeleider || zelfdeWeergave(was, nu)) return;
    if (volgMij) setEigen(null);
    else setEigen((e) => e ?? was);
  }, [leiderWerkvorm, leiderStap, volgMij, isBegeleider]);

  // Switching volg mij on brings everyone to the facilitator at once.
  useEffect(() => {
    if (volgMij) setEigen(null);
  }, [volgMij]);

  const kijkElders = useCallback((w: Weergave) => setEigen(w), []);
  const terug = useCallback(() => setEigen(null), []);

  if (isBegeleider) return { weergave: leider, leider, elders: false, kijkElders, terug };
  const weergave = eigen ?? leider;
  return { weergave, leider, elders: eigen !== null && !zelfdeWeergave(eigen, leider), kijkElders, terug };
}
