'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { io, type Socket } from 'socket.io-client';
import type { z } from 'zod';
import { volgendeToestand } from '../../lib/kamer/delta';
import {
  KamerToestand,
  KamerWijziging,
  clientEvents,
  syncEvents,
  type Ack,
  type ClientEventName,
  type ServerEvents,
  type Soort,
} from '../../lib/protocol';
import { nl } from '../../lib/i18n/nl';

/** Who this connection is (`kamer:ik`). */
export type Ik = { id: string; soort: Soort; naam: string };

/** Connection to the facilitation server, as shown to people. */
export type KamerVerbinding =
  | { soort: 'verbinden' }
  | { soort: 'verbonden' }
  | { soort: 'verbroken' }
  /** The server refused the connection (no access); socket.io does not retry. */
  | { soort: 'geweigerd'; bericht: string };

export type Inzending = { auteur: string; naam: string; tekst: string };
export type Mijn = { tekst?: string; delen?: boolean; stemmen?: Record<string, number> };

type ClientEmits = {
  [K in ClientEventName]: (body: z.input<(typeof clientEvents)[K]>, ack: (a: Ack) => void) => void;
} & {
  'kamer:opnieuw': (body: z.input<(typeof syncEvents)['kamer:opnieuw']>, ack: (a: Ack) => void) => void;
};

export type KamerClient = {
  toestand: KamerToestand | null;
  ik: Ik | null;
  verbinding: KamerVerbinding;
  /** Last connection problem (Dutch, from the server), cleared on connect. */
  fout: string | null;
  onthuld: Readonly<Record<string, readonly Inzending[]>>;
  uitslagen: Readonly<Record<string, Readonly<Record<string, number>>>>;
  mijn: Readonly<Record<string, Mijn>>;
  /** serverTijd − local clock, in ms; add it to `Date.now()` for server time. */
  klokVerschil: number;
  emit: <K extends ClientEventName>(event: K, body: z.input<(typeof clientEvents)[K]>) => Promise<Ack>;
};

const ACK_TIMEOUT_MS = 8_000;

/** Events that may safely be sent twice: the second time sets the same thing again. */
const HERHAALBAAR: ReadonlySet<ClientEventName> = new Set<ClientEventName>([
  'ronde:inzending',
  'ronde:stem',
  'klaar:zet',
  'hand:op',
  'hand:neer',
  'werkvorm:kies',
  'werkvorm:zet',
  'volg:zet',
  'timer:pauzeer',
  'timer:stop',
  'ronde:sluit',
  'ronde:onthul',
]);

/**
 * One socket.io connection to the facilitation protocol of a bijeenkomst
 * (same origin, default path, cookie auth). Exposes the latest server state
 * and an `emit` that resolves with the server's ack.
 *
 * It opts in to deltas (`auth.delta`): the whole `kamer:toestand` on
 * connect, then `kamer:wijziging` with only what changed; on a missed
 * version it asks for the whole state again (`kamer:opnieuw`). The first
 * connection opens a WebSocket at once instead of long-polling first and
 * upgrading (a few round trips less when a room opens); after a failure or a
 * drop it reconnects the default way, long-polling first, which works
 * through any proxy and notices a dead network quickly.
 */
export function useKamer(bijeenkomstId: string | null): KamerClient {
  const socketRef = useRef<Socket<ServerEvents, ClientEmits> | null>(null);
  const [toestand, setToestand] = useState<KamerToestand | null>(null);
  const [ik, setIk] = useState<Ik | null>(null);
  const [verbinding, setVerbinding] = useState<KamerVerbinding>({ soort: 'verbinden' });
  const [fout, setFout] = useState<string | null>(null);
  const [onthuld, setOnthuld] = useState<Record<string, readonly Inzending[]>>({});
  const [uitslagen, setUitslagen] = useState<Record<string, Record<string, number>>>({});
  const [mijn, setMijn] = useState<Record<string, Mijn>>({});
  const [klokVerschil, setKlokVerschil] = useState(0);

  useEffect(() => {
    if (bijeenkomstId === null) return;
    const socket: Socket<ServerEvents, ClientEmits> = io({
      auth: { bijeenkomstId, delta: true },
      transports: ['websocket'],
    });
    socketRef.current = socket;
    setVerbinding({ soort: 'verbinden' });
    /** The state the next `kamer:wijziging` applies to (read synchronously, unlike React state). */
    let huidig: KamerToestand | null = null;
    let vraagtOpnieuw = false;
    const zetToestand = (t: KamerToestand) => {
      huidig = t;
      setToestand(t);
      setKlokVerschil(t.serverTijd - Date.now());
    };

    socket.on('connect', () => {
      setVerbinding({ soort: 'verbonden' });
      setFout(null);
    });
    const klassiek = () => {
      socket.io.opts.transports = ['polling', 'websocket'];
    };
    socket.on('disconnect', () => {
      klassiek();
      // A reconnect brings the whole state again; deltas until then would not apply.
      huidig = null;
      vraagtOpnieuw = false;
      setVerbinding({ soort: 'verbroken' });
    });
    socket.on('connect_error', (err: Error) => {
      klassiek();
      setFout(err.message);
      // A refusal by the server's middleware leaves the socket inactive: no retry.
      setVerbinding(socket.active ? { soort: 'verbroken' } : { soort: 'geweigerd', bericht: err.message });
    });
    socket.on('kamer:toestand', (t) => {
      const geparsed = KamerToestand.safeParse(t);
      if (!geparsed.success) {
        console.warn('[leerbord] onbekende kamer:toestand genegeerd', geparsed.error.issues);
        return;
      }
      vraagtOpnieuw = false;
      zetToestand(geparsed.data);
    });
    socket.on('kamer:wijziging', (w) => {
      const geparsed = KamerWijziging.safeParse(w);
      const volgende = geparsed.success ? volgendeToestand(huidig, geparsed.data) : null;
      if (volgende) {
        zetToestand(volgende);
        return;
      }
      if (!geparsed.success) console.warn('[leerbord] onbekende kamer:wijziging', geparsed.error.issues);
      // A missed version (or one we could not read): ask once for the whole state.
      if (vraagtOpnieuw) return;
      vraagtOpnieuw = true;
      socket.emit('kamer:opnieuw', {}, () => {});
    });
    socket.on('kamer:ik', (nieuw) => setIk(nieuw));
    socket.on('ronde:onthuld', ({ rondeId, inzendingen }) => setOnthuld((o) => ({ ...o, [rondeId]: inzendingen })));
    socket.on('ronde:uitslag', ({ rondeId, stemmen }) => setUitslagen((u) => ({ ...u, [rondeId]: stemmen })));
    socket.on('ronde:mijn', ({ rondeId, ...rest }) => setMijn((m) => ({ ...m, [rondeId]: rest })));

    return () => {
      socket.removeAllListeners();
      socket.disconnect();
      socketRef.current = null;
      setToestand(null);
      setIk(null);
    };
  }, [bijeenkomstId]);

  const emit = useCallback(
    <K extends ClientEventName>(event: K, body: z.input<(typeof clientEvents)[K]>): Promise<Ack> => {
      const socket = socketRef.current;
      if (!socket) return Promise.resolve({ error: nl.kamer.verbinden });
      if (!clientEvents[event].safeParse(body).success) return Promise.resolve({ error: nl.app.onbekendeFout });
      // socket.io's typed emit cannot follow a generic event name; the
      // payload was validated against the schema of `event` above.
      const stuur = () =>
        new Promise<Ack | null>((resolve) => {
          const untyped = socket.timeout(ACK_TIMEOUT_MS) as unknown as {
            emit: (e: string, b: unknown, cb: (err: Error | null, ack?: Ack) => void) => void;
          };
          untyped.emit(event, body, (err, ack) => resolve(err || !ack ? null : ack));
        });
      const verbonden = () =>
        socket.connected ? Promise.resolve() : new Promise<void>((resolve) => socket.once('connect', () => resolve()));
      return (async (): Promise<Ack> => {
        // Offline: wait for the connection instead of letting the send time out,
        // so an answer typed on bad wifi goes out by itself when it returns.
        await verbonden();
        let ack = await stuur();
        // Lost on the way (the connection dropped after sending): send again,
        // but only events whose repetition changes nothing, and not forever
        // to a server that is connected but silent.
        let pogingen = 1;
        while (ack === null && HERHAALBAAR.has(event) && (!socket.connected || pogingen < 3)) {
          if (socket.connected) pogingen += 1;
          await verbonden();
          ack = await stuur();
        }
        return ack ?? { error: nl.kamer.geenAntwoord };
      })();
    },
    [],
  );

  return { toestand, ik, verbinding, fout, onthuld, uitslagen, mijn, klokVerschil, emit };
}

/** The Dutch refusal in an ack, or null when the server said ok. */
export function ackFout(ack: Ack): string | null {
  if ('ok' in ack && ack.ok === true) return null;
  const error: unknown = (ack as { error?: unknown }).error;
  return typeof error === 'string' ? error : nl.app.onbekendeFout;
}
