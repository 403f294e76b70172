'use client';

import { useCallback, useEffect, useState } from 'react';
import { apiGet } from './api';

/** Loading state of one GET. */
export type Laadstaat<T> =
  | { soort: 'laden' }
  | { soort: 'ok'; data: T }
  | { soort: 'fout'; status: number; error: string };

/**
 * Loads `pad` on mount and whenever it changes; `herlaad` fetches again and
 * keeps showing the old data meanwhile.
 */
export function useApi<T>(pad: string | null): { staat: Laadstaat<T>; herlaad: () => Promise<void> } {
  const [staat, setStaat] = useState<Laadstaat<T>>({ soort: 'laden' });

  const laad = useCallback(async (p: string, isActief: () => boolean) => {
    const uit = await apiGet<T>(p);
    if (!isActief()) return;
    setStaat(uit.ok ? { soort: 'ok', data: uit.data } : { soort: 'fout', status: uit.status, error: uit.error });
  }, []);

  useEffect(() => {
    if (pad === null) return;
    let actief = true;
    setStaat({ soort: 'laden' });
    void laad(pad, () => actief);
    return () => {
      actief = false;
    };
  }, [pad, laad]);

  const herlaad = useCallback(async () => {
    if (pad !== null) await laad(pad, () => true);
  }, [pad, laad]);

  return { staat, herlaad };
}
