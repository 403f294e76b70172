import type { Aanwezige } from '../../lib/protocol';
import type { Bijeenkomst } from '../_api/typen';
import type { Ik, KamerClient } from '../_sync/useKamer';
import type { SyncDoc } from '../_sync/useYDoc';

/** What every werkvorm view gets from the room. */
export type WerkvormProps = {
  bijeenkomst: Bijeenkomst;
  /** Traject doc (acties, successen, speerpunten); null until connected. */
  trajectDoc: SyncDoc | null;
  trajectSynced: boolean;
  /** Bijeenkomst doc (the board of this meeting). */
  bord: SyncDoc | null;
  bordSynced: boolean;
  ik: Ik | null;
  aanwezigen: readonly Aanwezige[];
  /** Observers and closed bijeenkomsten: show, never offer inputs. */
  alleenLezen: boolean;
  isBegeleider: boolean;
  /** The step this screen shows. */
  stap: number;
  /** The facilitator's step, when this werkvorm is the active one. */
  leiderStap: number | null;
  /** Go to a step: for everyone (facilitator) or on this screen only (participant). */
  kiesStap: (stap: number) => void;
  /** The facilitation connection: server state, revealed answers, results, own input, emit. */
  kamer: KamerClient;
};
