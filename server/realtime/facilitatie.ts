import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import {
  clientEvents,
  syncEvents,
  type Aanwezige,
  type BijeenkomstStatus,
  type ClientEvent,
  type ClientEventName,
  type KamerToestand,
} from '../../lib/protocol';
import { kamerWijziging, leesKamer, mijnInbreng, onthulling, publiekeToestand, transition, uitslag, type KamerState } from '../../lib/kamer';
import type { Access, Persoon } from '../auth/access';
import { atomair, type Db } from '../db/client';
import { aanwezigIds, bewaarKamer, bijeenkomstMetId, leesKamerJson, noteerAanwezig, wijzigBijeenkomst } from '../db/bijeenkomsten';
import { begeleidersVan, deelnemersVan } from '../db/trajecten';
import { bevatNulTeken, dutchIssue } from '../http/body';
import { RateLimiter } from '../auth/rateLimit';
import type { ConnectionLimiter } from '../auth/connectionLimit';
import type { SessieVerbindingen } from '../auth/sessieVerbindingen';

interface SocketData {
  persoon: Persoon;
  bijeenkomstId: string;
  trajectId: string;
  /** Opted in to `kamer:wijziging` (our own app): the whole state on connect, then only what changed. */
  delta: boolean;
}

/**
 * A room as this node knows it: the server-decided state with its version,
 * who is (or was) here, and who is connected to this node. The database
 * holds the truth; the state here is a cache that a failed conditional
 * write or another node's change refreshes.
 */
interface Kamer {
  id: string;
  trajectId: string;
  status: BijeenkomstStatus;
  state: KamerState;
  versie: number;
  personen: Map<string, Persoon>;
  /** Connections per person on this node. */
  online: Map<string, number>;
  /** Decisions on this node take turns, in the order the events arrived. */
  rij: Promise<unknown>;
  /**
   * The public state as last sent to this node's delta clients, and its
   * number. A client that reconnects gets it whole again.
   */
  uitzending: { versie: number; toestand: KamerToestand };
}

const Handshake = z.object({ bijeenkomstId: z.string().min(1).max(64), delta: z.boolean().optional() });
type AckFn = (antwoord: unknown) => void;
type Antwoord = { ok: true; rondeId?: string } | { error: string };

/** How often a decision is retried when another node changed the room in between. */
const POGINGEN = 8;

/**
 * The facilitation protocol on socket.io. Every event is validated, decided by
 * the pure machine in lib/kamer, written to the database (only if nobody else
 * wrote the room in between: a versioned write), and only then broadcast.
 * With several nodes (Redis adapter) the broadcasts reach every node's
 * sockets, presence is asked of all nodes, and a node whose cache is stale
 * loses the versioned write, reloads and decides again.
 */
export class Facilitatie {
  private readonly kamers = new Map<string, Kamer>();
  private readonly laden = new Map<string, Promise<Kamer | null>>();
  /** Events per socket per second: a person clicks a few times a second at most. */
  private readonly berichten = new RateLimiter(40, 1000);

  constructor(
    private readonly io: Server,
    private readonly db: Db,
    private readonly access: Access,
    private readonly clock: { now: () => number; newId: () => string; random: () => number },
    private readonly verbindingen: ConnectionLimiter,
    sessieVerbindingen: SessieVerbindingen,
    /** Other nodes serve this room too (Redis): presence and state are asked of the cluster. */
    private readonly meerdereNodes = false,
  ) {
    io.use((socket, next) => {
      // Everything async happens here, before socket.io confirms the connection:
      // a client's first events must find their handlers in place.
      this.toelaten(socket, sessieVerbindingen).then(next, (err: unknown) => {
        console.error('[kamer] toelaten mislukt:', err);
        next(new Error('De bijeenkomst kon niet worden geladen; probeer het opnieuw.'));
      });
    });
    io.on('connection', (socket) => this.verbonden(socket));
  }

  private async toelaten(socket: Socket, sessieVerbindingen: SessieVerbindingen): Promise<Error | undefined> {
    const hs = Handshake.safeParse(socket.handshake.auth);
    if (!hs.success) return new Error('Geef aan bij welke bijeenkomst je wilt aansluiten.');
    const toegang = await this.access.room(socket.request, `bijeenkomst:${hs.data.bijeenkomstId}`);
    if (!toegang.ok) return new Error(toegang.error);
    const sessie = toegang.persoon.soort === 'begeleider' ? await this.access.sessieHash(socket.request) : null;
    const kamer = await this.laad(hs.data.bijeenkomstId);
    if (!kamer) return new Error('Deze bijeenkomst bestaat niet.');
    if (this.kamers.get(kamer.id) === kamer) await this.vernieuw(kamer);
    // Gone while the database answered: socket.io drops such a socket without a
    // 'disconnect', so nothing may be counted for it. From here on all is synchronous.
    if (socket.conn.readyState !== 'open') return new Error('De verbinding is al gesloten.');
    const ip = socket.request.socket.remoteAddress ?? 'onbekend';
    if (!this.verbindingen.acquire(ip)) return new Error('Te veel verbindingen vanaf dit adres.');
    const vergeet = sessie ? sessieVerbindingen.add(sessie, () => socket.disconnect(true)) : () => {};
    socket.once('disconnect', () => {
      this.verbindingen.release(ip);
      vergeet();
    });
    const data: SocketData = {
      persoon: toegang.persoon,
      bijeenkomstId: hs.data.bijeenkomstId,
      trajectId: toegang.trajectId,
      delta: hs.data.delta === true,
    };
    socket.data = data;
    // Counted as here from now on, so a room is not forgotten between admission and connection.
    kamer.online.set(toegang.persoon.id, (kamer.online.get(toegang.persoon.id) ?? 0) + 1);
    kamer.personen.set(toegang.persoon.id, toegang.persoon);
    return undefined;
  }

  private laad(bijeenkomstId: string): Promise<Kamer | null> {
    const bestaand = this.kamers.get(bijeenkomstId);
    if (bestaand) return Promise.resolve(bestaand);
    const bezig = this.laden.get(bijeenkomstId);
    if (bezig) return bezig;
    const laden = this.leesKamer(bijeenkomstId)
      .then((kamer) => {
        if (kamer) this.kamers.set(bijeenkomstId, kamer);
        return kamer;
      })
      .finally(() => this.laden.delete(bijeenkomstId));
    this.laden.set(bijeenkomstId, laden);
    return laden;
  }

  private async leesKamer(bijeenkomstId: string): Promise<Kamer | null> {
    const b = await bijeenkomstMetId(this.db, bijeenkomstId);
    if (!b) return null;
    const opgeslagen = await leesKamerJson(this.db, bijeenkomstId);
    const kamer: Kamer = {
      id: b.id,
      trajectId: b.trajectId,
      status: b.status,
      state: leesKamer(opgeslagen?.toestand),
      versie: opgeslagen?.versie ?? 0,
      personen: new Map(),
      online: new Map(),
      rij: Promise.resolve(),
      uitzending: { versie: 0, toestand: publiekeToestand(leesKamer(null), b.status, [], this.clock.now()) },
    };
    await this.leesPersonen(kamer);
    kamer.uitzending.toestand = this.publiek(kamer, new Set());
    return kamer;
  }

  /** Everyone who has been in the room (the aanwezigheid table), with their names. */
  private async leesPersonen(kamer: Kamer): Promise<void> {
    const ids = new Set(await aanwezigIds(this.db, kamer.id));
    for (const g of await begeleidersVan(this.db, kamer.trajectId)) {
      if (ids.has(g.id)) kamer.personen.set(g.id, { id: g.id, naam: g.naam, soort: 'begeleider', organisatie: '', rol: 'begeleider' });
    }
    for (const d of await deelnemersVan(this.db, kamer.trajectId)) {
      if (ids.has(d.id)) kamer.personen.set(d.id, { id: d.id, naam: d.naam, soort: d.soort, organisatie: d.organisatie, rol: d.rol });
    }
  }

  /** Reads the stored state and status again when another writer may have changed them. */
  private async vernieuw(kamer: Kamer): Promise<void> {
    const [opgeslagen, b] = await Promise.all([leesKamerJson(this.db, kamer.id), bijeenkomstMetId(this.db, kamer.id)]);
    if (b) kamer.status = b.status;
    const versie = opgeslagen?.versie ?? 0;
    if (versie !== kamer.versie) {
      kamer.state = leesKamer(opgeslagen?.toestand);
      kamer.versie = versie;
    }
  }

  /** Runs `taak` after the room's earlier decisions on this node. */
  private opDeBeurt<T>(kamer: Kamer, taak: () => Promise<T>): Promise<T> {
    const beurt = kamer.rij.then(taak, taak);
    kamer.rij = beurt.catch(() => undefined);
    return beurt;
  }

  private verbonden(socket: Socket): void {
    const { persoon, bijeenkomstId } = socket.data as SocketData;
    const kamer = this.kamers.get(bijeenkomstId);
    if (!kamer) {
      socket.disconnect(true);
      return;
    }
    noteerAanwezig(this.db, bijeenkomstId, persoon.id, this.clock.now()).catch((err: unknown) => {
      // Presence for the verslag is worth less than letting someone in; the next connect records it.
      console.error(`[kamer] ${bijeenkomstId}: aanwezigheid niet opgeslagen:`, (err as Error).message);
    });
    const { delta } = socket.data as SocketData;
    // With several nodes every node would number its own changes: there, everyone gets the whole state.
    const metDelta = delta && !this.meerdereNodes;
    void socket.join([kamerRoom(bijeenkomstId), persoonRoom(bijeenkomstId, persoon.id), metDelta ? deltaRoom(bijeenkomstId) : volRoom(bijeenkomstId)]);
    socket.emit('kamer:ik', { id: persoon.id, soort: persoon.soort, naam: persoon.naam });
    this.zendBegin(socket, kamer, metDelta);
    this.planToestand(kamer);
    for (const r of kamer.state.rondes) {
      if (r.status === 'onthuld' && r.soort === 'prive') socket.emit('ronde:onthuld', onthulling(r, (id) => this.naam(kamer, id)));
      if (r.status !== 'open' && r.soort === 'stemmen') socket.emit('ronde:uitslag', uitslag(r));
      const mijn = mijnInbreng(r, persoon.id);
      if (mijn) socket.emit('ronde:mijn', mijn);
    }
    for (const naam of Object.keys(clientEvents) as ClientEventName[]) {
      socket.on(naam, (...args: unknown[]) => {
        // An event may come as (body, ack), (ack) or (body).
        const ack = args.find((a) => typeof a === 'function') as AckFn | undefined;
        const body = typeof args[0] === 'function' ? {} : args[0];
        if (!this.berichten.tel(socket.id, this.clock.now())) {
          ack?.({ error: 'Te veel berichten achter elkaar; wacht even.' });
          return;
        }
        this.opDeBeurt(kamer, () => this.verwerk(kamer, persoon, naam, body)).then(
          (antwoord) => ack?.(antwoord),
          (err: unknown) => {
            console.error(`[kamer] ${kamer.id}: ${naam} mislukt`, err);
            ack?.({ error: 'Opslaan is mislukt; probeer het opnieuw.' });
          },
        );
      });
    }
    socket.on('kamer:opnieuw', (...args: unknown[]) => {
      const ack = args.find((a) => typeof a === 'function') as AckFn | undefined;
      ack?.(this.opnieuw(socket, kamer, metDelta, typeof args[0] === 'function' ? {} : args[0]));
    });
    socket.on('disconnect', () => {
      const n = (kamer.online.get(persoon.id) ?? 1) - 1;
      if (n <= 0) kamer.online.delete(persoon.id);
      else kamer.online.set(persoon.id, n);
      this.planToestand(kamer);
      if (kamer.online.size === 0 && this.kamers.get(kamer.id) === kamer) this.kamers.delete(kamer.id);
    });
  }

  private async verwerk(kamer: Kamer, persoon: Persoon, naam: ClientEventName, body: unknown): Promise<Antwoord> {
    const parsed = clientEvents[naam].safeParse(body ?? {});
    if (!parsed.success) return { error: dutchIssue(parsed.error) };
    // Answers end up in text columns (vraagstuk cards), which on PostgreSQL cannot hold NUL.
    if (bevatNulTeken(parsed.data)) return { error: 'De tekst bevat een ongeldig teken (NUL).' };
    const event = { type: naam, body: parsed.data } as ClientEvent;
    for (let poging = 0; poging < POGINGEN; poging++) {
      // On several nodes another node may have decided since this node last looked: decide on what is stored.
      if (this.meerdereNodes && poging === 0) await this.vernieuw(kamer);
      if (kamer.status === 'afgesloten') return { error: 'Deze bijeenkomst is afgesloten.' };
      const online = [...(await this.onlineIds(kamer))].filter((id) => kamer.personen.get(id)?.soort === 'deelnemer');
      const uit = transition(kamer.state, event, persoon, { ...this.clock, now: this.clock.now(), online });
      if (!uit.ok) return { error: uit.reden };
      const wordtLive = kamer.status === 'gepland' && naam === 'werkvorm:kies';
      let geschreven: boolean;
      try {
        geschreven = await atomair(this.db, async (tx) => {
          if (!(await bewaarKamer(tx, kamer.id, uit.state, kamer.versie + 1))) return false;
          if (wordtLive) await wijzigBijeenkomst(tx, kamer.id, kamer.trajectId, { status: 'live' });
          return true;
        });
      } catch (err) {
        console.error(`[kamer] ${kamer.id}: opslaan mislukt`, err);
        return { error: 'Opslaan is mislukt; probeer het opnieuw.' };
      }
      if (!geschreven) {
        // Another node decided first: decide again on what it stored.
        await this.vernieuw(kamer);
        continue;
      }
      kamer.state = uit.state;
      kamer.versie += 1;
      if (wordtLive) kamer.status = 'live';
      this.gevolgen(kamer, persoon, event, uit.rondeId);
      await this.zendToestand(kamer);
      return uit.rondeId ? { ok: true, rondeId: uit.rondeId } : { ok: true };
    }
    return { error: 'Er gebeurde te veel tegelijk; probeer het opnieuw.' };
  }

  /** What an event sends besides the new state: reveals, results, your own input back. */
  private gevolgen(kamer: Kamer, persoon: Persoon, event: ClientEvent, rondeId: string | undefined): void {
    const ronde = rondeId ? kamer.state.rondes.find((r) => r.id === rondeId) : undefined;
    if (!ronde) return;
    switch (event.type) {
      case 'ronde:onthul':
        this.io.to(kamerRoom(kamer.id)).emit('ronde:onthuld', onthulling(ronde, (id) => this.naam(kamer, id)));
        return;
      case 'ronde:sluit':
        if (ronde.soort === 'stemmen') this.io.to(kamerRoom(kamer.id)).emit('ronde:uitslag', uitslag(ronde));
        return;
      case 'ronde:inzending':
      case 'ronde:stem': {
        const mijn = mijnInbreng(ronde, persoon.id);
        if (mijn) this.io.to(persoonRoom(kamer.id, persoon.id)).emit('ronde:mijn', mijn);
        return;
      }
      default:
        return;
    }
  }

  private naam(kamer: Kamer, id: string): string {
    return kamer.personen.get(id)?.naam ?? 'Onbekend';
  }

  /**
   * Who is connected: this node's own count, or on several nodes every
   * node's sockets in the room (the adapter asks them; a node that does not
   * answer in time leaves this node's own view).
   */
  private async onlineIds(kamer: Kamer): Promise<Set<string>> {
    if (!this.meerdereNodes) return new Set(kamer.online.keys());
    try {
      const sockets = await this.io.in(kamerRoom(kamer.id)).fetchSockets();
      const ids = new Set<string>();
      let onbekend = false;
      for (const s of sockets) {
        const p = (s.data as SocketData | undefined)?.persoon;
        if (!p) continue;
        ids.add(p.id);
        if (!kamer.personen.has(p.id)) {
          kamer.personen.set(p.id, p);
          onbekend = true;
        }
      }
      if (onbekend) await this.leesPersonen(kamer);
      for (const id of kamer.online.keys()) ids.add(id);
      return ids;
    } catch (err) {
      console.warn(`[kamer] ${kamer.id}: aanwezigheid van andere nodes onbekend:`, (err as Error).message);
      return new Set(kamer.online.keys());
    }
  }

  private aanwezigen(kamer: Kamer, online: ReadonlySet<string>): Aanwezige[] {
    return [...kamer.personen.values()].map((p) => ({
      id: p.id,
      naam: p.naam,
      organisatie: p.organisatie,
      rol: p.rol,
      soort: p.soort,
      online: online.has(p.id),
    }));
  }

  // ── Sending the state ─────────────────────────────────────────────────
  // Clients without the opt-in get the whole `kamer:toestand` after every
  // change (DESIGN §5). Our app opts in (`auth.delta`): it gets the whole
  // state on connect and then `kamer:wijziging`, only what changed. With 200
  // people the whole state is ~30 KB because of `aanwezigen`; sent to all 200
  // on every klaar, hand, join or leave it was ~6 MB per change.

  private publiek(kamer: Kamer, online: ReadonlySet<string>): KamerToestand {
    return publiekeToestand(kamer.state, kamer.status, this.aanwezigen(kamer, online), this.clock.now());
  }

  /**
   * The whole state to one socket, on connect or when a delta client asks
   * again. A delta client gets the state as last broadcast, with its number,
   * so the next `kamer:wijziging` applies to it; anything newer (its own
   * arrival) follows in that change within a tick.
   */
  private zendBegin(socket: Socket, kamer: Kamer, delta: boolean): void {
    if (!delta) {
      socket.emit('kamer:toestand', this.publiek(kamer, new Set(kamer.online.keys())));
      return;
    }
    const { versie, toestand } = kamer.uitzending;
    socket.emit('kamer:toestand', { ...toestand, serverTijd: this.clock.now(), versie });
  }

  /** `kamer:opnieuw`: a delta client missed a version and asks for the whole state. */
  private opnieuw(socket: Socket, kamer: Kamer, delta: boolean, body: unknown): { ok: true } | { error: string } {
    if (!this.berichten.tel(socket.id, this.clock.now())) return { error: 'Te veel berichten achter elkaar; wacht even.' };
    const parsed = syncEvents['kamer:opnieuw'].safeParse(body ?? {});
    if (!parsed.success) return { error: dutchIssue(parsed.error) };
    this.zendBegin(socket, kamer, delta);
    return { ok: true };
  }

  /**
   * Presence changes come in bursts (a whole group joining); they are sent
   * once per tick instead of once per connection.
   */
  private planToestand(kamer: Kamer): void {
    if (this.gepland.has(kamer)) return;
    this.gepland.add(kamer);
    setImmediate(() => {
      this.gepland.delete(kamer);
      void this.opDeBeurt(kamer, async () => {
        // On several nodes the state may have moved on elsewhere: never send an old one.
        if (this.meerdereNodes) await this.vernieuw(kamer);
        await this.zendToestand(kamer);
      }).catch((err: unknown) => console.error(`[kamer] ${kamer.id}: toestand niet verstuurd`, err));
    });
  }

  private readonly gepland = new Set<Kamer>();

  /** After a change: the whole state to the full clients, what changed to the delta clients. Each is encoded once. */
  private async zendToestand(kamer: Kamer): Promise<void> {
    const t = this.publiek(kamer, await this.onlineIds(kamer));
    if (this.meerdereNodes) {
      // Through the adapter to every node's sockets (see verbonden: no deltas across nodes).
      this.io.to(volRoom(kamer.id)).emit('kamer:toestand', t);
      return;
    }
    if (this.heeftLeden(volRoom(kamer.id))) this.io.to(volRoom(kamer.id)).emit('kamer:toestand', t);
    const w = kamerWijziging(kamer.uitzending.toestand, t);
    if (w === null) return;
    const versie = kamer.uitzending.versie + 1;
    kamer.uitzending = { versie, toestand: t };
    if (this.heeftLeden(deltaRoom(kamer.id))) this.io.to(deltaRoom(kamer.id)).emit('kamer:wijziging', { ...w, versie, basis: versie - 1 });
  }

  private heeftLeden(room: string): boolean {
    return (this.io.sockets.adapter.rooms.get(room)?.size ?? 0) > 0;
  }

  /**
   * A change decided by the server itself (closing over HTTP, the kletspot
   * draw), written with the same versioned write as every event and then
   * broadcast. Null when the bijeenkomst is unknown.
   */
  private async wijzigVanServer(bijeenkomstId: string, wijzig: (kamer: Kamer) => KamerState | null): Promise<boolean> {
    const kamer = this.kamers.get(bijeenkomstId) ?? (await this.leesKamer(bijeenkomstId));
    if (!kamer) return false;
    return this.opDeBeurt(kamer, async () => {
      for (let poging = 0; poging < POGINGEN; poging++) {
        await this.vernieuw(kamer);
        const state = wijzig(kamer);
        if (!state) return false;
        if (!(await bewaarKamer(this.db, kamer.id, state, kamer.versie + 1))) continue;
        kamer.state = state;
        kamer.versie += 1;
        await this.zendToestand(kamer);
        return true;
      }
      throw new Error('te veel gelijktijdige wijzigingen');
    });
  }

  /** The bijeenkomst was closed over HTTP (its status is stored): stop the timer and tell everyone. */
  async afgesloten(bijeenkomstId: string): Promise<void> {
    await this.wijzigVanServer(bijeenkomstId, (kamer) => ({
      ...kamer.state,
      timer: { eindeOp: null, gepauzeerdMetResterend: null },
      handen: [],
    }));
  }

  /** Disconnects everyone in these rooms (a deleted traject), on every node. */
  verwijderd(bijeenkomstIds: readonly string[]): void {
    for (const id of bijeenkomstIds) {
      this.io.in(kamerRoom(id)).disconnectSockets(true);
      this.vergeet(id);
    }
  }

  /** Drops this node's cache of a room (it was deleted, here or on another node). */
  vergeet(bijeenkomstId: string): void {
    this.kamers.delete(bijeenkomstId);
  }

  /** The room's state as stored (for the verslag). */
  async toestandVan(bijeenkomstId: string): Promise<KamerState> {
    return leesKamer((await leesKamerJson(this.db, bijeenkomstId))?.toestand);
  }

  /**
   * A decision taken over HTTP rather than by a socket event (the kletspot
   * draw, issue 7): `wijzig` turns `werkvormen[sleutel]` into its new value,
   * which is stored and then broadcast. Only for keys that no `werkvorm:zet`
   * can reach, so the server stays their only writer. False when the
   * bijeenkomst is unknown or closed.
   */
  zetVanServer(bijeenkomstId: string, sleutel: string, wijzig: (huidig: unknown) => Record<string, unknown>): Promise<boolean> {
    return this.wijzigVanServer(bijeenkomstId, (kamer) => {
      if (kamer.status === 'afgesloten') return null;
      const oud = kamer.state;
      return { ...oud, werkvormen: { ...oud.werkvormen, [sleutel]: wijzig(oud.werkvormen[sleutel]) } };
    });
  }
}

const kamerRoom = (id: string) => `b:${id}`;
const persoonRoom = (id: string, persoonId: string) => `b:${id}:p:${persoonId}`;
/** Sockets that get the whole state after every change. */
const volRoom = (id: string) => `b:${id}:vol`;
/** Sockets that opted in to `kamer:wijziging`. */
const deltaRoom = (id: string) => `b:${id}:delta`;
