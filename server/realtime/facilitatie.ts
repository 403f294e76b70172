import type { Server, Socket } from 'socket.io';
import { z } from 'zod';
import { clientEvents, type Aanwezige, type BijeenkomstStatus, type ClientEvent, type ClientEventName } from '../../lib/protocol';
import { leesKamer, mijnInbreng, onthulling, publiekeToestand, transition, uitslag, type KamerState } from '../../lib/kamer';
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
}

const Handshake = z.object({ bijeenkomstId: z.string().min(1).max(64) });
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
      const data: SocketData = { persoon: toegang.persoon, bijeenkomstId: hs.data.bijeenkomstId, trajectId: toegang.trajectId };
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
    const kamer: Kamer = {
      id: b.id,
      trajectId: b.trajectId,
      status: b.status,
      state: leesKamer(opgeslagen?.toestand),
      versie: opgeslagen?.versie ?? 0,
      personen,
      online: new Map(),
    };
    this.kamers.set(bijeenkomstId, kamer);
    return kamer;
  }

  private verbonden(socket: Socket): void {
    const { persoon, bijeenkomstId } = socket.data as SocketData;
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
    void socket.join([kamerRoom(bijeenkomstId), persoonRoom(bijeenkomstId, persoon.id)]);
    socket.emit('kamer:ik', { id: persoon.id, soort: persoon.soort, naam: persoon.naam });
    socket.emit('kamer:toestand', publiekeToestand(kamer.state, kamer.status, this.aanwezigen(kamer), this.clock.now()));
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
    return [...kamer.personen.values()].map((p) => ({
      id: p.id,
      naam: p.naam,
      organisatie: p.organisatie,
      rol: p.rol,
      soort: p.soort,
      online: kamer.online.has(p.id),
    }));
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

  private zendToestand(kamer: Kamer): void {
    const t = publiekeToestand(kamer.state, kamer.status, this.aanwezigen(kamer), this.clock.now());
    this.io.to(kamerRoom(kamer.id)).emit('kamer:toestand', t);
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

const kamerRoom = (id: string) => `b:${id}`;
const persoonRoom = (id: string, persoonId: string) => `b:${id}:p:${persoonId}`;
