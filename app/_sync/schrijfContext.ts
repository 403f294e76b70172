import type { SchrijfContext } from '../../lib/sync/context';
import { nieuwId } from './nieuwId';

/** The browser's clock and ids for `lib/sync` writers. */
export const browserContext: SchrijfContext = { newId: nieuwId, now: () => Date.now() };
