import type { Ack } from '../../../lib/protocol';
import type { ActielerenBord, AanscherpingInvoer } from '../../../lib/sync/actieleren';
import type { ActielerenTekstVeld } from '../../../lib/sync/bijeenkomstDoc';
import type { Schrijfuitkomst } from '../../../lib/sync/context';
import type { TekstDelta } from '../../../lib/sync/tekstDiff';
import type { ActielerenInstellingen } from '../../../lib/werkvormen/actieleren/schema';
import type { ActielerenStaat } from '../../../lib/werkvormen/actieleren/machine';
import type { WerkvormProps } from '../WerkvormProps';

/** What every step view of actieleren gets. */
export type StapProps = WerkvormProps & {
  /** The room's server state as actieleren reads it. */
  staat: ActielerenStaat;
  /** The shared texts and sharpenings of the bijeenkomst doc. */
  inhoud: ActielerenBord;
  wijzigTekst: (veld: ActielerenTekstVeld, delta: TekstDelta) => Schrijfuitkomst;
  voegAanscherpingToe: (input: AanscherpingInvoer) => Schrijfuitkomst<{ id: string }>;
  verwijderAanscherping: (id: string, auteurId: string) => Schrijfuitkomst;
  /** The facilitator of a live bijeenkomst: may steer. */
  leidt: boolean;
  /** May type on the shared board (not an observer, not closed, synced). */
  kanSchrijven: boolean;
  /** Runs facilitation events in order, showing a refusal; resolves with the last ack or null. */
  doe: (...stappen: (() => Promise<Ack>)[]) => Promise<Ack | null>;
  bezig: boolean;
  /** `werkvorm:zet` for actieleren. */
  zet: (waarden: ActielerenInstellingen) => Promise<Ack>;
};
