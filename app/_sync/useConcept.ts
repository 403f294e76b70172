'use client';

import { useCallback, useState } from 'react';

const VOORVOEGSEL = 'leerbord:concept:';

function lees(sleutel: string): string | null {
  try {
    return window.localStorage.getItem(VOORVOEGSEL + sleutel);
  } catch (err) {
    // Private mode or storage switched off: the draft then lives in memory only.
    console.warn('[leerbord] concept niet te lezen', err);
    return null;
  }
}

function schrijf(sleutel: string, tekst: string | null): void {
  try {
    if (tekst === null) window.localStorage.removeItem(VOORVOEGSEL + sleutel);
    else window.localStorage.setItem(VOORVOEGSEL + sleutel, tekst);
  } catch (err) {
    console.warn('[leerbord] concept niet te bewaren', err);
  }
}

/**
 * A private draft that stays on this computer until it is sent: it survives a
 * reload or a crashed tab, and never leaves the browser by itself (private
 * answers go to the server only with `ronde:inzending`). Null: no draft.
 */
export function useConcept(sleutel: string): { concept: string | null; zet: (tekst: string) => void; wis: () => void } {
  const [stand, setStand] = useState(() => ({ sleutel, concept: lees(sleutel) }));
  // Another key (another person or round) reads its own draft.
  const huidig = stand.sleutel === sleutel ? stand : { sleutel, concept: lees(sleutel) };
  if (huidig !== stand) setStand(huidig);

  const zet = useCallback(
    (tekst: string) => {
      schrijf(sleutel, tekst);
      setStand({ sleutel, concept: tekst });
    },
    [sleutel],
  );
  const wis = useCallback(() => {
    schrijf(sleutel, null);
    setStand({ sleutel, concept: null });
  }, [sleutel]);
  return { concept: huidig.concept, zet, wis };
}
