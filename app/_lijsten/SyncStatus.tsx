import { nl } from '../../lib/i18n/nl';
import type { SyncStatus as Status } from '../_sync/useYDoc';

const TEKST: Record<Status, string> = {
  verbinden: nl.sync.verbinden,
  verbonden: nl.sync.verbonden,
  verbroken: nl.sync.verbroken,
  geweigerd: nl.sync.geweigerd,
};

const STIP: Record<Status, string> = {
  verbinden: 'stip',
  verbonden: 'stip stip--aan',
  verbroken: 'stip stip--fout',
  geweigerd: 'stip stip--fout',
};

/** A small "Verbonden" line for a shared doc. */
export function SyncStatus({ status }: { status: Status }) {
  return (
    <span className="syncstatus" role="status">
      <span className={STIP[status]} aria-hidden="true" />
      {TEKST[status]}
    </span>
  );
}
