import type { SchrijfContext } from './context';

/** Deterministic ids and clock for unit tests. */
export function testContext(start = 1_700_000_000_000): SchrijfContext {
  let n = 0;
  let t = start;
  return { newId: () => `id-${++n}`, now: () => (t += 1000) };
}
