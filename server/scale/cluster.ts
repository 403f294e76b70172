import type { Server } from 'socket.io';
import type { Rooms } from '../yjs/rooms';
import type { Facilitatie } from '../realtime/facilitatie';
import type { SessieVerbindingen } from '../auth/sessieVerbindingen';

const ALLEEN_LEZEN = 'leerbord:alleen-lezen';
const VERWIJDERD = 'leerbord:verwijderd';
const SESSIE_WEG = 'leerbord:sessie-weg';

const isTekst = (x: unknown): x is string => typeof x === 'string' && x.length <= 200;

/**
 * Decisions that change what other nodes hold in memory: a board that became
 * read-only (afsluiten), a deleted traject's rooms, a session that ended
 * (logout). Each is applied here and, with several nodes, sent to the others
 * with socket.io's server-side events over the Redis adapter. The database
 * already holds the decision; this only tells the other nodes' caches and
 * connections.
 */
export class Cluster {
  constructor(
    private readonly io: Server,
    private readonly rooms: Rooms,
    private readonly facilitatie: Facilitatie,
    private readonly sessies: SessieVerbindingen,
    private readonly meerdereNodes: boolean,
  ) {
    if (!meerdereNodes) return;
    io.on(ALLEEN_LEZEN, (room: unknown, alleenLezen: unknown) => {
      if (isTekst(room) && typeof alleenLezen === 'boolean') rooms.setReadOnly(room, alleenLezen);
    });
    io.on(VERWIJDERD, (roomNamen: unknown, bijeenkomstIds: unknown, reden: unknown) => {
      if (!Array.isArray(roomNamen) || !Array.isArray(bijeenkomstIds) || !isTekst(reden)) return;
      this.verwijderHier(roomNamen.filter(isTekst), bijeenkomstIds.filter(isTekst), reden);
    });
    io.on(SESSIE_WEG, (hash: unknown) => {
      if (isTekst(hash)) sessies.sluitAlle(hash);
    });
  }

  alleenLezen(room: string, alleenLezen: boolean): void {
    this.rooms.setReadOnly(room, alleenLezen);
    this.naarAnderen(ALLEEN_LEZEN, room, alleenLezen);
  }

  /** A deleted traject: its boards and rooms close everywhere. */
  verwijderd(roomNamen: readonly string[], bijeenkomstIds: readonly string[], reden: string): void {
    this.verwijderHier(roomNamen, bijeenkomstIds, reden);
    // socket.io disconnects the rooms' sockets on every node itself (through the adapter).
    this.facilitatie.verwijderd(bijeenkomstIds);
    this.naarAnderen(VERWIJDERD, roomNamen, bijeenkomstIds, reden);
  }

  /** A session ended: its open connections close on every node. */
  sessieWeg(hash: string): void {
    this.sessies.sluitAlle(hash);
    this.naarAnderen(SESSIE_WEG, hash);
  }

  private verwijderHier(roomNamen: readonly string[], bijeenkomstIds: readonly string[], reden: string): void {
    for (const room of roomNamen) this.rooms.evict(room, reden);
    for (const id of bijeenkomstIds) this.facilitatie.vergeet(id);
  }

  private naarAnderen(event: string, ...args: unknown[]): void {
    if (!this.meerdereNodes) return;
    try {
      this.io.serverSideEmit(event, ...args);
    } catch (err) {
      console.error(`[cluster] ${event} niet doorgegeven:`, (err as Error).message);
    }
  }
}
