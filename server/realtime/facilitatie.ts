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
import type { Db } from '../db/client';
import { aanwezigIds, bewaarKamer, bijeenkomstMetId, leesKamerJson, noteerAanwezig, wijzigBijeenkomst } from '../db/bijeenkomsten';
import { begeleidersVan, deelnemersVan } from '../db/trajecten';
import { dutchIssue } from '../http/body';
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

/** A loaded room: the server-decided state plus who is (or was) here. */
interface Kamer {
  id: string;
  trajectId: string;
  status: BijeenkomstStatus;
  state: KamerState;
  versie: number;
  personen: Map<string, Persoon>;
  online: Map<string, number>;
  /**
   * The public state as last sent to the delta clients and its number. Kept
   * in memory per loaded room: a client that reconnects gets it whole again.
   */
  uitzending: { versie: number; toestand: KamerToestand };
}

const Handshake = z.object({ bijeenkomstId: z.string().min(1).max(64), delta: z.boolean().optional() });
type AckFn = (antwoord: unknown) => void;

/**
 * The facilitation protocol on socket.io. Every event is validated, decided by
 * the pure machine in lib/kamer, written to SQLite, and only then broadcast.
 */
export class Facilitatie {
  private readonly kamers = new Map<string, Kamer>();
  /** Events per socket per second: a person clicks a few times a second at most. */
  private readonly berichten = new RateLimiter(40, 1000);

  constructor(
    private readonly io: Server,
    private readonly db: Db,
    private readonly access: Access,
    private readonly clock: { now: () => number; newId: () => string; random: () => number },
    private readonly verbindingen: ConnectionLimiter,
    sessieVerbindingen: SessieVerbindingen,
  ) {
    io.use((socket, next) => {
      const hs = Handshake.safeParse(socket.handshake.auth);
      if (!hs.success) return next(new Error('Geef aan bij welke bijeenkomst je wilt aansluiten.'));
      const toegang = this.access.room(socket.request, `bijeenkomst:${hs.data.bijeenkomstId}`);
      if (!toegang.ok) return next(new Error(toegang.error));
      const ip = socket.request.socket.remoteAddress ?? 'onbekend';
      if (!this.verbindingen.acquire(ip)) return next(new Error('Te veel verbindingen vanaf dit adres.'));
      const sessie = toegang.persoon.soort === 'begeleider' ? this.access.sessieHash(socket.request) : null;
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
      next();
    });
    io.on('connection', (socket) => this.verbonden(socket));
  }

  private laad(bijeenkomstId: string): Kamer | null {
    const bestaand = this.kamers.get(bijeenkomstId);
    if (bestaand) return bestaand;
    const b = bijeenkomstMetId(this.db, bijeenkomstId);
    if (!b) return null;
    const opgeslagen = leesKamerJson(this.db, bijeenkomstId);
    const personen = new Map<string, Persoon>();
    const ids = new Set(aanwezigIds(this.db, bijeenkomstId));
    for (const g of begeleidersVan(this.db, b.trajectId)) {
      if (ids.has(g.id)) personen.set(g.id, { id: g.id, naam: g.naam, soort: 'begeleider', organisatie: '', rol: 'begeleider' });
    }
    for (const d of deelnemersVan(this.db, b.trajectId)) {
      if (ids.has(d.id)) personen.set(d.id, { id: d.id, naam: d.naam, soort: d.soort, organisatie: d.organisatie, rol: d.rol });
    }
    const state = leesKamer(opgeslagen?.toestand);
    const online = new Map<string, number>();
    const kamer: Kamer = {
      id: b.id,
      trajectId: b.trajectId,
      status: b.status,
      state,
      versie: opgeslagen?.versie ?? 0,
      personen,
      online,
      uitzending: { versie: 0, toestand: publiekeToestand(state, b.status, aanwezigenVan(personen, online), this.clock.now()) },
    };
    this.kamers.set(bijeenkomstId, kamer);
    return kamer;
  }

  private verbonden(socket: Socket): void {
    const { persoon, bijeenkomstId, delta } = socket.data as SocketData;
    const kamer = this.laad(bijeenkomstId);
    if (!kamer) {
      socket.disconnect(true);
      return;
    }
    kamer.personen.set(persoon.id, persoon);
    kamer.online.set(persoon.id, (kamer.online.get(persoon.id) ?? 0) + 1);
    try {
      noteerAanwezig(this.db, bijeenkomstId, persoon.id, this.clock.now());
    } catch (err) {
      // Presence for the verslag is worth less than letting someone in; the next connect records it.
      console.error(`[kamer] ${bijeenkomstId}: aanwezigheid niet opgeslagen:`, (err as Error).message);
    }
    void socket.join([kamerRoom(bijeenkomstId), persoonRoom(bijeenkomstId, persoon.id), delta ? deltaRoom(bijeenkomstId) : volRoom(bijeenkomstId)]);
    socket.emit('kamer:ik', { id: persoon.id, soort: persoon.soort, naam: persoon.naam });
    this.zendBegin(socket, kamer, delta);
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
        const ack = args.find((a) => typeof a === 'function');
        const body = typeof args[0] === 'function' ? {} : args[0];
        const antwoord = this.berichten.tel(socket.id, this.clock.now())
          ? this.verwerk(kamer, persoon, naam, body)
          : { error: 'Te veel berichten achter elkaar; wacht even.' };
        if (typeof ack === 'function') (ack as AckFn)(antwoord);
      });
    }
    socket.on('kamer:opnieuw', (...args: unknown[]) => {
      const ack = args.find((a) => typeof a === 'function') as AckFn | undefined;
      ack?.(this.opnieuw(socket, kamer, delta, typeof args[0] === 'function' ? {} : args[0]));
    });
    socket.on('disconnect', () => {
      const n = (kamer.online.get(persoon.id) ?? 1) - 1;
      if (n <= 0) kamer.online.delete(persoon.id);
      else kamer.online.set(persoon.id, n);
      this.planToestand(kamer);
      if (kamer.online.size === 0) this.kamers.delete(kamer.id);
    });
  }

  private verwerk(kamer: Kamer, persoon: Persoon, naam: ClientEventName, body: unknown) {
    const parsed = clientEvents[naam].safeParse(body ?? {});
    if (!parsed.success) return { error: dutchIssue(parsed.error) };
    if (kamer.status === 'afgesloten') return { error: 'Deze bijeenkomst is afgesloten.' };
    const event = { type: naam, body: parsed.data } as ClientEvent;
    const online = [...kamer.online.keys()].filter((id) => kamer.personen.get(id)?.soort === 'deelnemer');
    const uit = transition(kamer.state, event, persoon, { ...this.clock, now: this.clock.now(), online });
    if (!uit.ok) return { error: uit.reden };
    const wordtLive = kamer.status === 'gepland' && naam === 'werkvorm:kies';
    try {
      this.db.transaction((tx) => {
        bewaarKamer(tx as unknown as Db, kamer.id, uit.state, kamer.versie + 1);
        if (wordtLive) wijzigBijeenkomst(tx as unknown as Db, kamer.id, kamer.trajectId, { status: 'live' });
      });
    } catch (err) {
      console.error(`[kamer] ${kamer.id}: opslaan mislukt`, err);
      return { error: 'Opslaan is mislukt; probeer het opnieuw.' };
    }
    kamer.state = uit.state;
    kamer.versie += 1;
    if (wordtLive) kamer.status = 'live';
    this.gevolgen(kamer, persoon, event, uit.rondeId);
    this.zendToestand(kamer);
    return uit.rondeId ? { ok: true, rondeId: uit.rondeId } : { ok: true };
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

  private aanwezigen(kamer: Kamer): Aanwezige[] {
    return aanwezigenVan(kamer.personen, kamer.online);
  }

  // ── Sending the state ─────────────────────────────────────────────────
  // Clients without the opt-in get the whole `kamer:toestand` after every
  // change (DESIGN §5). Our app opts in (`auth.delta`): it gets the whole
  // state on connect and then `kamer:wijziging`, only what changed. With 200
  // people the whole state is ~30 KB because of `aanwezigen`; sent to all 200
  // on every klaar, hand, join or leave it was ~6 MB per change.

  private publiek(kamer: Kamer): KamerToestand {
    return publiekeToestand(kamer.state, kamer.status, this.aanwezigen(kamer), this.clock.now());
  }

  /**
   * The whole state to one socket, on connect or when a delta client asks
   * again. A delta client gets the state as last broadcast, with its number,
   * so the next `kamer:wijziging` applies to it; anything newer (its own
   * arrival) follows in that change within a tick.
   */
  private zendBegin(socket: Socket, kamer: Kamer, delta: boolean): void {
    if (!delta) {
      socket.emit('kamer:toestand', this.publiek(kamer));
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
      this.zendToestand(kamer);
    });
  }

  private readonly gepland = new Set<Kamer>();

  /** After a change: the whole state to the full clients, what changed to the delta clients. Each is encoded once. */
  private zendToestand(kamer: Kamer): void {
    const t = this.publiek(kamer);
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

  /** The bijeenkomst was closed over HTTP: stop the timer and tell everyone. */
  afgesloten(bijeenkomstId: string): void {
    const kamer = this.kamers.get(bijeenkomstId);
    if (!kamer) return;
    kamer.status = 'afgesloten';
    kamer.state = { ...kamer.state, timer: { eindeOp: null, gepauzeerdMetResterend: null }, handen: [] };
    kamer.versie += 1;
    bewaarKamer(this.db, kamer.id, kamer.state, kamer.versie);
    this.zendToestand(kamer);
  }

  /** Disconnects everyone in these rooms (a deleted traject). */
  verwijderd(bijeenkomstIds: readonly string[]): void {
    for (const id of bijeenkomstIds) {
      this.io.in(kamerRoom(id)).disconnectSockets(true);
      this.kamers.delete(id);
    }
  }

  /** The room's state as stored (for the verslag). */
  toestandVan(bijeenkomstId: string): KamerState {
    return this.kamers.get(bijeenkomstId)?.state ?? leesKamer(leesKamerJson(this.db, bijeenkomstId)?.toestand);
  }

  /**
   * A decision taken over HTTP rather than by a socket event (the kletspot
   * draw, issue 7): `wijzig` turns `werkvormen[sleutel]` into its new value,
   * which is stored and then broadcast. Only for keys that no `werkvorm:zet`
   * can reach, so the server stays their only writer. False when the
   * bijeenkomst is unknown or closed.
   */
  zetVanServer(bijeenkomstId: string, sleutel: string, wijzig: (huidig: unknown) => Record<string, unknown>): boolean {
    const kamer = this.kamers.get(bijeenkomstId);
    const status = kamer ? kamer.status : bijeenkomstMetId(this.db, bijeenkomstId)?.status;
    if (status === undefined || status === 'afgesloten') return false;
    const opgeslagen = kamer ? null : leesKamerJson(this.db, bijeenkomstId);
    const oud = kamer ? kamer.state : leesKamer(opgeslagen?.toestand);
    const state: KamerState = { ...oud, werkvormen: { ...oud.werkvormen, [sleutel]: wijzig(oud.werkvormen[sleutel]) } };
    const versie = (kamer ? kamer.versie : (opgeslagen?.versie ?? 0)) + 1;
    bewaarKamer(this.db, bijeenkomstId, state, versie);
    if (kamer) {
      kamer.state = state;
      kamer.versie = versie;
      this.zendToestand(kamer);
    }
    return true;
  }
}

function aanwezigenVan(personen: ReadonlyMap<string, Persoon>, online: ReadonlyMap<string, number>): Aanwezige[] {
  return [...personen.values()].map((p) => ({
    id: p.id,
    naam: p.naam,
    organisatie: p.organisatie,
    rol: p.rol,
    soort: p.soort,
    online: online.has(p.id),
  }));
}

const kamerRoom = (id: string) => `b:${id}`;
const persoonRoom = (id: string, persoonId: string) => `b:${id}:p:${persoonId}`;
/** Sockets that get the whole state after every change. */
const volRoom = (id: string) => `b:${id}:vol`;
/** Sockets that opted in to `kamer:wijziging`. */
const deltaRoom = (id: string) => `b:${id}:delta`;
