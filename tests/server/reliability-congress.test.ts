import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import {
  kamerClient,
  nietNederlands,
  nieuweBijeenkomst,
  nieuwTraject,
  parseSetCookie,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';
import { rawKamer, vanAdres, type RawKamer } from '../helpers/rawclients';

/**
 * A congress hall (issue 8): 200 laptops behind one NAT address all join
 * within a minute — the join page's API calls, the join itself, the room's
 * socket.io connection and both Yjs rooms each — and then all act at once.
 * None of them may hit a rate or connection limit. Afterwards the join limit
 * still works against a flood from another address, without touching the hall.
 *
 * Runs with the default limits (no environment overrides).
 * Reproduce: `npx vitest run --project server tests/server/reliability-congress.test.ts`
 */

const LAPTOPS = Number(process.env.LAPTOPS ?? 200);
const ZAAL = '127.0.0.1';
/** One laptop every this many ms: 200 × 150 ms = 30 s, well within the minute. */
const TUSSENPOOS_MS = 150;

interface Laptop {
  i: number;
  cookie: string;
  kamer: RawKamer;
  bord: YjsClient;
  traject: YjsClient;
}

describe(`congress: ${LAPTOPS} laptops behind one address join within a minute`, () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let fac: KamerClient;
  const laptops: Laptop[] = [];
  const problemen: string[] = [];
  const cijfers = { http: 0, verbindingen: 0, joinDuurMs: 0, actieDuurMs: 0 };

  beforeAll(async () => {
    // Every stock y-websocket provider adds a process 'exit' listener.
    process.setMaxListeners(1_000);
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { titel: 'Vakdag Schuldhulpverlening' });
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Plenaire opening' });
    fac = kamerClient(server.url, bijeenkomst, bea.cookie);
    await fac.ready();
    expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'opening' })).ok).toBe(true);
  });

  afterAll(async () => {
    for (const l of laptops) {
      l.kamer.close();
      l.bord.destroy();
      l.traject.destroy();
    }
    fac?.close();
    console.log(`[reliability-congress] ${JSON.stringify(cijfers)}`);
    await server?.dispose();
  });

  async function http(method: string, pad: string, body?: unknown, cookie?: string) {
    cijfers.http++;
    const res = await vanAdres(ZAAL, server.url, method, pad, body, cookie ? { cookie } : {});
    if (res.status !== 200) problemen.push(`${method} ${pad} → ${res.status} ${res.text.slice(0, 120)}`);
    return res;
  }

  async function laptop(i: number): Promise<void> {
    await http('GET', `/api/join/${traject.joinToken}`);
    const j = await http('POST', `/api/join/${traject.joinToken}`, { naam: `Bezoeker ${i}`, organisatie: `Gemeente ${i % 40}`, rol: 'uitvoering' });
    const c = j.setCookies.map(parseSetCookie).find((x) => x.name === `lb_p_${traject.id}`);
    if (!c) return;
    const cookie = `${c.name}=${c.value}`;
    await http('GET', `/api/bijeenkomsten/${bijeenkomst}`, undefined, cookie);
    await http('GET', `/api/trajecten/${traject.id}`, undefined, cookie);
    const kamer = rawKamer(server.url, { bijeenkomstId: bijeenkomst }, cookie, { localAddress: ZAAL });
    const bord = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, cookie);
    const tr = yjsClient(server.url, `traject:${traject.id}`, cookie);
    laptops.push({ i, cookie, kamer, bord, traject: tr });
    cijfers.verbindingen += 3;
    for (const p of [bord.provider, tr.provider]) {
      p.on('connection-close', (e: { code: number; reason: string } | null) => problemen.push(`laptop ${i}: Yjs closed ${JSON.stringify(e && { code: e.code, reason: e.reason })}`));
    }
    const v = await kamer.verbonden;
    if (!v.ok) problemen.push(`laptop ${i}: socket.io refused: ${v.bericht}`);
    await Promise.all([bord.waitForSync(30_000), tr.waitForSync(30_000)]).catch((e: Error) => problemen.push(`laptop ${i}: ${e.message}`));
  }

  it('all join, connect and sync without hitting any limit, within a minute', async () => {
    const begin = Date.now();
    const bezig: Promise<void>[] = [];
    for (let i = 0; i < LAPTOPS; i++) {
      bezig.push(laptop(i).catch((e: Error) => void problemen.push(`laptop ${i}: ${e.message}`)));
      await sleep(TUSSENPOOS_MS);
    }
    await Promise.all(bezig);
    cijfers.joinDuurMs = Date.now() - begin;
    expect(problemen).toEqual([]);
    expect(laptops).toHaveLength(LAPTOPS);
    expect(cijfers.joinDuurMs, 'everyone was in within a minute').toBeLessThan(60_000);
    await fac.waitForToestand((t) => t.aanwezigen.filter((a: { online: boolean; soort: string }) => a.online && a.soort === 'deelnemer').length === LAPTOPS, 30_000, `all ${LAPTOPS} online in the room`);
  }, 150_000);

  it('then all act at once: every event is acknowledged and every edit reaches the facilitator', async () => {
    const begin = Date.now();
    const lezer = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, bea.cookie);
    await lezer.waitForSync(30_000);
    const acks = await Promise.all(
      laptops.map(async (l) => {
        l.bord.doc.getMap('zaal').set(`laptop-${l.i}`, 'hier');
        return l.kamer.emit('klaar:zet', { klaar: true }, 30_000).catch((e: Error) => ({ error: e.message }));
      }),
    );
    const geweigerd = acks.filter((a) => (a as { ok?: unknown }).ok !== true);
    expect(geweigerd, 'refused or unanswered events').toEqual([]);
    await waitFor(() => lezer.doc.getMap('zaal').size === LAPTOPS, 60_000, `all ${LAPTOPS} edits reach the facilitator`);
    await fac.waitForToestand((t) => t.klaar.length === LAPTOPS, 30_000, `all ${LAPTOPS} klaar`);
    cijfers.actieDuurMs = Date.now() - begin;
    lezer.destroy();
    expect(problemen).toEqual([]);
  }, 120_000);

  it('the join limit holds against a flood from another address; the hall can still join', async () => {
    let geweigerd = null as Awaited<ReturnType<typeof vanAdres>> | null;
    for (let i = 0; i < 800 && !geweigerd; i++) {
      const res = await vanAdres('127.0.5.1', server.url, 'POST', `/api/join/${traject.joinToken}`, { naam: `Vloed ${i}`, organisatie: 'X' });
      if (res.status === 429) geweigerd = res;
      else expect(res.status).toBe(200);
    }
    expect(geweigerd, 'no 429 within 800 joins from one address in a minute').not.toBeNull();
    expect(nietNederlands(geweigerd?.json?.error), geweigerd?.text).toBeNull();
    const zaal = await vanAdres(ZAAL, server.url, 'POST', `/api/join/${traject.joinToken}`, { naam: 'Laatkomer', organisatie: 'Y' });
    expect(zaal.status, 'the hall is not affected by another address').toBe(200);
    expect(server.output()).not.toMatch(/onverwachte fout/i);
  }, 120_000);
});
