import type { PriveFase } from '../../../lib/werkvormen/rondeFase';
import type { Ack } from '../../../lib/protocol';
import type { WerkvormProps } from '../WerkvormProps';

/** What every step of the Vraagstuk gets from the werkvorm view. */
export type VraagstukStapProps = WerkvormProps & {
  fase: PriveFase;
  /** The begeleider leads (not an observer, not a closed board). */
  leidt: boolean;
  doe: (...stappen: (() => Promise<Ack>)[]) => Promise<Ack | null>;
  bezig: boolean;
};
