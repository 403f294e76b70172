'use client';

import { useEffect, useState } from 'react';

/**
 * Server time (epoch ms), ticking while `actief`. The offset comes from
 * `serverTijd` in `kamer:toestand`, so every laptop counts down alike even
 * when its own clock is off.
 */
export function useServerNu(klokVerschil: number, actief: boolean): number {
  const [nu, setNu] = useState(() => Date.now() + klokVerschil);
  useEffect(() => {
    setNu(Date.now() + klokVerschil);
    if (!actief) return;
    const id = window.setInterval(() => setNu(Date.now() + klokVerschil), 250);
    return () => window.clearInterval(id);
  }, [klokVerschil, actief]);
  return nu;
}
