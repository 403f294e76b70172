import type { KamerToestand } from '../../lib/protocol';

/** What the shared timer shows at a moment. */
export type TimerStand =
  | { soort: 'geen' }
  | { soort: 'loopt'; resterend: number; eindeOp: number }
  | { soort: 'gepauzeerd'; resterend: number }
  | { soort: 'om'; eindeOp: number };

/** Pure: the timer at server time `nu` (epoch ms). */
export function timerStand(timer: KamerToestand['timer'], nu: number): TimerStand {
  if (timer.eindeOp !== null) {
    const resterend = timer.eindeOp - nu;
    return resterend > 0 ? { soort: 'loopt', resterend, eindeOp: timer.eindeOp } : { soort: 'om', eindeOp: timer.eindeOp };
  }
  if (timer.gepauzeerdMetResterend !== null) return { soort: 'gepauzeerd', resterend: timer.gepauzeerdMetResterend };
  return { soort: 'geen' };
}
