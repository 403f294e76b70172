import type { Werkvorm } from '../../lib/protocol';

/** What one screen shows: a werkvorm and its step. */
export type Weergave = { werkvorm: Werkvorm; stap: number };

export function zelfdeWeergave(a: Weergave | null, b: Weergave | null): boolean {
  return a?.werkvorm === b?.werkvorm && a?.stap === b?.stap;
}
