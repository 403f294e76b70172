'use client';

import { useCallback, useState } from 'react';

/**
 * A polite live region for what happens on a board (card moved, result in).
 * The same message twice in a row is still announced.
 */
export function useAankondiging(): { bericht: string; meld: (tekst: string) => void } {
  const [bericht, setBericht] = useState('');
  const meld = useCallback((tekst: string) => setBericht((was) => (was === tekst ? `${tekst}\u00a0` : tekst)), []);
  return { bericht, meld };
}

export function Aankondiging({ bericht }: { bericht: string }) {
  return (
    <div className="visueel-verborgen" role="status" aria-live="polite" aria-atomic="true">
      {bericht}
    </div>
  );
}
