import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { startServer, type TestServer } from '../helpers/server';
import {
  join,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type YjsClient,
} from '../helpers/clients';
import { openOpslag } from '../helpers/opslag';
import { rng, seedFromEnv } from '../helpers/seeded';

/**
 * Crash under load (issue 8): 30 clients write continuously into one room, both
 * through Yjs and through the facilitation protocol; the server gets SIGKILL at
 * a random (seeded) moment, at least 20 times. After every kill the database
 * file itself must hold everything any client had received from the server
 * (a relayed Yjs update, an acknowledged event, a broadcast state); after the
 * restart every client reconnects by itself and all of them converge.
 *
 * Reproduce: `SEED=<n> npx vitest run --project server tests/server/reliability-crash.test.ts`
 * (KILLS=<n> changes the number of kills).
 */

const SEED = seedFromEnv(0x1eeb0d);
const KILLS = Math.max(1, Number(process.env.KILLS ?? 20));
const CLIENTS = 30;
/** Per client: one Yjs write every ~this many ms, one private answer every ~ANSWER_MS. */
const WRITE_MS = 250;
const ANSWER_MS = 1_200;
const FACILITATOR_MS = 900;

interface Deelnemer {
  i: number;
  cookie: string;
  yjs: YjsClient;
  kamer: KamerClient;
  /** Keys this client wrote itself (`c<i>-<seq>`). */
  eigen: Set<string>;
  seq: number;
  /** Highest seq of a private answer the server acknowledged. */
  ackAntwoord: number;
  persoonId: string;
}

const KAART = 'belasting';
const nrVan = (tekst: unknown) => Number(String(tekst ?? '').split('-')[1] ?? -1);

describe(`crash under load: ${CLIENTS} clients, ${KILLS} × SIGKILL (seed ${SEED})`, () => {
  let server: TestServer;
  let bea: Begeleider;
  let bijeenkomst: string;
  let rondeId: string;
  let fac: KamerClient;
  const deelnemers: Deelnemer[] = [];
  const r = rng(SEED);
  /** Rounds whose `ronde:open` the server acknowledged, and every ronde id seen in a broadcast state. */
  const ackRondes = new Set<string>();
  const gezienRondes = new Set<string>();
  let schrijven = false;
  const timers: NodeJS.Timeout[] = [];
  const cijfers = { kills: 0, yjsGeschreven: 0, yjsOntvangenGecontroleerd: 0, acks: 0, ackGecontroleerd: 0, verloren: 0, tijdMs: 0 };

  beforeAll(async () => {
    // Every stock y-websocket provider adds a process 'exit' listener.
    process.setMaxListeners(1_000);
    console.log(`[reliability-crash] SEED=${SEED} KILLS=${KILLS}`);
    server = await startServer();
    bea = await setupBegeleider(server.url);
    const traject = await nieuwTraject(bea.api, { titel: 'Crashproef onder belasting' });
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Iedereen schrijft tegelijk' });
    fac = kamerClient(server.url, bijeenkomst, bea.cookie, { reconnection: true });
    snelHerverbinden(fac);
    await fac.ready();
    expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'opening', stap: 3 })).ok).toBe(true);
    const ronde = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Wat neem je mee?' });
    expect(ronde.ok).toBe(true);
    rondeId = String(ronde.rondeId);
    ackRondes.add(rondeId);

    const cookies = await Promise.all(
      Array.from({ length: CLIENTS }, (_, i) => join(server.url, traject.joinToken, `Deelnemer ${i}`, `Organisatie ${i % 7}`, 'uitvoering')),
    );
    for (const [i, cookie] of cookies.entries()) {
      const kamer = kamerClient(server.url, bijeenkomst, cookie, { reconnection: true });
      snelHerverbinden(kamer);
      const yjs = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, cookie);
      deelnemers.push({ i, cookie, yjs, kamer, eigen: new Set(), seq: 0, ackAntwoord: -1, persoonId: '' });
    }
    await Promise.all(deelnemers.map((d) => d.kamer.ready(20_000)));
    await Promise.all(deelnemers.map((d) => d.yjs.waitForSync(20_000)));
    for (const d of deelnemers) d.persoonId = d.kamer.ik()?.id ?? '';
    for (const k of [fac, ...deelnemers.map((d) => d.kamer)]) {
      k.socket.on('kamer:toestand', (t: { rondes?: { id: string }[] }) => {
        for (const x of t.rondes ?? []) gezienRondes.add(x.id);
      });
    }
  }, 120_000);

  afterAll(async () => {
    schrijven = false;
    for (const t of timers) clearInterval(t);
    for (const d of deelnemers) {
      d.yjs.destroy();
      d.kamer.close();
    }
    fac?.close();
    console.log(`[reliability-crash] ${JSON.stringify(cijfers)}`);
    await server?.dispose();
  });

  function snelHerverbinden(k: KamerClient) {
    k.socket.io.reconnectionDelay(100);
    k.socket.io.reconnectionDelayMax(500);
  }

  function schrijf(d: Deelnemer) {
    const key = `c${d.i}-${d.seq++}`;
    d.eigen.add(key);
    cijfers.yjsGeschreven++;
    d.yjs.doc.transact(() => d.yjs.doc.getMap<number>(KAART).set(key, d.seq), 'test');
  }

  async function antwoord(d: Deelnemer) {
    if (!schrijven || !d.kamer.socket.connected) return;
    const seq = d.seq++;
    const ack = await d.kamer.emitAck('ronde:inzending', { rondeId, tekst: `c${d.i}-${seq}` }, 3_000).catch(() => null);
    if (ack?.ok === true) {
      cijfers.acks++;
      d.ackAntwoord = Math.max(d.ackAntwoord, seq);
    }
  }

  let facSeq = 0;
  async function facilitator() {
    if (!schrijven || !fac.socket.connected) return;
    const ack = await fac.emitAck('ronde:open', { soort: 'prive', titel: `ronde-${facSeq++}` }, 3_000).catch(() => null);
    if (ack?.ok === true) {
      cijfers.acks++;
      ackRondes.add(String(ack.rondeId));
    }
  }

  function startLast() {
    for (const d of deelnemers) {
      // Spread the clients over the interval so writes arrive continuously, not in waves.
      timers.push(setInterval(() => schrijven && schrijf(d), WRITE_MS + r.int(-60, 60)));
      timers.push(setInterval(() => void antwoord(d), ANSWER_MS + r.int(-300, 300)));
    }
    timers.push(setInterval(() => void facilitator(), FACILITATOR_MS));
  }

  /** Keys client `d` holds that another client wrote: those reached it through the server. */
  function ontvangen(d: Deelnemer): string[] {
    return [...d.yjs.doc.getMap(KAART).keys()].filter((k) => !d.eigen.has(k));
  }

  async function convergeer(kill: number) {
    await waitFor(() => deelnemers.every((d) => d.yjs.provider.synced && d.kamer.socket.connected) && fac.socket.connected, 30_000, `kill ${kill}: every client reconnected by itself`);
    const alles = new Set(deelnemers.flatMap((d) => [...d.eigen]));
    await waitFor(
      () => deelnemers.every((d) => d.yjs.doc.getMap(KAART).size === alles.size),
      30_000,
      `kill ${kill}: all ${CLIENTS} docs converge on the ${alles.size} keys written so far`,
    );
    for (const d of deelnemers) {
      const keys = new Set(d.yjs.doc.getMap(KAART).keys());
      const mist = [...alles].filter((k) => !keys.has(k));
      expect(mist, `kill ${kill}: client ${d.i} misses keys after converging`).toEqual([]);
    }
    // The same document everywhere, not only the same keys.
    const eerste = Y.encodeStateVector(deelnemers[0]!.yjs.doc).toString();
    for (const d of deelnemers) expect(Y.encodeStateVector(d.yjs.doc).toString(), `kill ${kill}: state vector of client ${d.i}`).toBe(eerste);
  }

  it(`keeps everything any client received across ${KILLS} kills, and the clients converge after each`, async () => {
    const begin = Date.now();
    startLast();
    for (let kill = 1; kill <= KILLS; kill++) {
      schrijven = true;
      await sleep(r.int(250, 1_500));

      await server.kill();
      cijfers.kills++;
      // What the clients hold now came from a server that committed it first.
      const ontvangenVoorKill = new Set(deelnemers.flatMap(ontvangen));
      const acksVoorKill = deelnemers.map((d) => d.ackAntwoord);
      const rondesVoorKill = new Set([...ackRondes, ...gezienRondes]);

      const db = await openOpslag(server);
      try {
        expect(await db.problemen(), `kill ${kill}: database after SIGKILL`).toEqual([]);
        const opSchijf = new Set((await db.room(`bijeenkomst:${bijeenkomst}`)).getMap(KAART).keys());
        const kwijt = [...ontvangenVoorKill].filter((k) => !opSchijf.has(k));
        cijfers.yjsOntvangenGecontroleerd += ontvangenVoorKill.size;
        cijfers.verloren += kwijt.length;
        expect(kwijt, `kill ${kill}: Yjs updates relayed to a client but not on disk`).toEqual([]);

        const kamer = await db.kamer(bijeenkomst);
        expect(kamer, `kill ${kill}: stored room state`).not.toBeNull();
        const rondes = (kamer?.toestand.rondes ?? []) as { id: string; inzendingen: Record<string, { tekst: string }> }[];
        const ids = new Set(rondes.map((x) => x.id));
        const rondesKwijt = [...rondesVoorKill].filter((id) => !ids.has(id));
        cijfers.verloren += rondesKwijt.length;
        expect(rondesKwijt, `kill ${kill}: acknowledged or broadcast rounds missing on disk`).toEqual([]);
        const inzendingen = rondes.find((x) => x.id === rondeId)?.inzendingen ?? {};
        for (const d of deelnemers) {
          const acked = acksVoorKill[d.i] ?? -1;
          if (acked < 0) continue;
          cijfers.ackGecontroleerd++;
          const opgeslagen = nrVan(inzendingen[d.persoonId]?.tekst);
          if (opgeslagen < acked) cijfers.verloren++;
          expect(opgeslagen, `kill ${kill}: client ${d.i}'s acknowledged answer c${d.i}-${acked} on disk`).toBeGreaterThanOrEqual(acked);
        }
      } finally {
        await db.close();
      }

      // Clients keep typing while the server is down; their edits must arrive after the restart.
      await sleep(r.int(0, 400));
      const merk = deelnemers.map((d) => d.kamer.events.length);
      await server.restart();
      schrijven = false;
      await convergeer(kill);

      // Every client's own answer comes back to it after its reconnect (ronde:mijn).
      for (const d of deelnemers) {
        if (d.ackAntwoord < 0) continue;
        await waitFor(
          () =>
            d.kamer.events.slice(merk[d.i]).some((e) => {
              const m = e.args[0] as { rondeId?: string; tekst?: string } | undefined;
              return e.name === 'ronde:mijn' && m?.rondeId === rondeId && nrVan(m.tekst) >= (acksVoorKill[d.i] ?? -1);
            }),
          10_000,
          `kill ${kill}: client ${d.i} gets its acknowledged answer back after reconnecting`,
        );
      }
    }
    cijfers.tijdMs = Date.now() - begin;
    expect(cijfers.verloren).toBe(0);
    expect(cijfers.kills).toBe(KILLS);
    expect(server.output()).not.toMatch(/onverwachte fout/i);
  }, 300_000);
});
