import type { Db } from './db/client';
import type { Access } from './auth/access';
import type { Signer } from './auth/tokens';
import type { SessieVerbindingen } from './auth/sessieVerbindingen';
import type { RateLimiter } from './auth/rateLimit';
import type { Rooms } from './yjs/rooms';
import type { Facilitatie } from './realtime/facilitatie';
import type { Cluster } from './scale/cluster';

/** What route handlers may use; built once in server/index.ts. */
export interface Services {
  db: Db;
  access: Access;
  signer: Signer;
  sessieVerbindingen: SessieVerbindingen;
  rooms: Rooms;
  facilitatie: Facilitatie;
  /** Tells the other nodes (if any) what changes their connections and caches. */
  cluster: Cluster;
  now: () => number;
  newId: () => string;
  /** PUBLIC_URL without trailing slash, if set. */
  publicUrl: string | null;
  /** Set the Secure flag on cookies (PUBLIC_URL is https). */
  secureCookies: boolean;
  limits: { login: RateLimiter; loginAccount: RateLimiter; loginAdres: RateLimiter; join: RateLimiter };
  /** RETENTION_DAYS: closed trajecten are deleted this many days after their last bijeenkomst. */
  retentieDagen: number | null;
}
