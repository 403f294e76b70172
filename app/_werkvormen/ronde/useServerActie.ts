'use client';

import { useCallback, useState } from 'react';
import type { Ack } from '../../../lib/protocol';
import { ackFout } from '../../_sync/useKamer';

/**
 * Runs facilitation events one after another and keeps the server's Dutch
 * refusal to show. `doe` resolves with the ack, or null when one failed.
 */
export function useServerActie(): {
  fout: string | null;
  bezig: boolean;
  doe: (...stappen: (() => Promise<Ack>)[]) => Promise<Ack | null>;
  wisFout: () => void;
} {
  const [fout, setFout] = useState<string | null>(null);
  const [bezig, setBezig] = useState(false);
  const doe = useCallback(async (...stappen: (() => Promise<Ack>)[]) => {
    setBezig(true);
    setFout(null);
    let laatste: Ack | null = null;
    try {
      for (const stap of stappen) {
        laatste = await stap();
        const probleem = ackFout(laatste);
        if (probleem) {
          setFout(probleem);
          return null;
        }
      }
      return laatste;
    } finally {
      setBezig(false);
    }
  }, []);
  const wisFout = useCallback(() => setFout(null), []);
  return { fout, bezig, doe, wisFout };
}
