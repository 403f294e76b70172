import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { volgendeToestand } from '../../lib/kamer';
import { KamerToestand, KamerWijziging } from '../../lib/protocol';
import { startServer, type TestServer } from '../helpers/server';
import { join, kamerClient, nieuweBijeenkomst, nieuwTraject, setupBegeleider, waitFor, type KamerClient, type NieuwTraject } from '../helpers/clients';
import { expectAckFout, expectAckOk } from '../helpers/asserts';

/**
 * `kamer:wijziging` (lib/protocol/events.ts): a client that connects with
 * `auth.delta` gets the whole state once and then only what changed; every
 * other client keeps getting the whole `kamer:toestand` after every change
 * (DESIGN §5).
 */
describe('kamer:toestand as deltas for clients that opt in', () => {
  let server: TestServer;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let fac: KamerClient;
  let vol: KamerClient;
  let delta: DeltaClient;
  const open: KamerClient[] = [];
  const cookies: string[] = [];

  /** A delta client as our app runs it: applies each change, asks again on a gap. */
  interface DeltaClient {
    k: KamerClient;
    toestand: () => KamerToestand | null;
    wijzigingen: KamerWijziging[];
    opnieuw: number;
    /** Drop the next `kamer:wijziging`, as if it were lost. */
    verlies: () => void;
  }

  function deltaClient(cookie: string): DeltaClient {
    const k = kamerClient(server.url, bijeenkomst, cookie, { auth: { bijeenkomstId: bijeenkomst, delta: true } });
    open.push(k);
    let t: KamerToestand | null = null;
    let verliezen = 0;
    let wacht = false;
    const d: DeltaClient = { k, toestand: () => t, wijzigingen: [], opnieuw: 0, verlies: () => (verliezen += 1) };
    k.socket.on('kamer:toestand', (ruw: unknown) => {
      t = KamerToestand.parse(ruw);
      wacht = false;
    });
    k.socket.on('kamer:wijziging', (ruw: unknown) => {
      const w = KamerWijziging.parse(ruw);
      d.wijzigingen.push(w);
      if (verliezen > 0) {
        verliezen -= 1;
        return;
      }
      if (wacht) return;
      const volgende = volgendeToestand(t, w);
      if (volgende) {
        t = volgende;
        return;
      }
      wacht = true;
      d.opnieuw += 1;
      void k.emitAck('kamer:opnieuw', {}).then((ack) => expectAckOk(ack, 'kamer:opnieuw'));
    });
    return d;
  }

  const zonderTijd = (t: unknown) => {
    const { serverTijd: _s, versie: _v, ...rest } = t as KamerToestand;
    return JSON.stringify(rest);
  };
  /** The delta client's rebuilt state equals what a full client last got. */
  const gelijk = (what: string) =>
    waitFor(() => delta.toestand() !== null && zonderTijd(delta.toestand()) === zonderTijd(vol.toestand()), 5_000, what);
  const nieuweDeelnemer = async (i: number) => {
    const c = await join(server.url, traject.joinToken, `Deelnemer ${i}`, `Organisatie ${i}`, 'uitvoering');
    cookies.push(c);
    return c;
  };
  const volledig = (k: KamerClient) => k.events.filter((e) => e.name === 'kamer:toestand').length;

  beforeAll(async () => {
    server = await startServer();
    const bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api);
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id);
    for (let i = 0; i < 4; i++) await nieuweDeelnemer(i);
    fac = kamerClient(server.url, bijeenkomst, bea.cookie);
    vol = kamerClient(server.url, bijeenkomst, cookies[0]);
    open.push(fac, vol);
    delta = deltaClient(cookies[1]!);
    await Promise.all([fac.ready(), vol.ready(), delta.k.ready()]);
    await waitFor(() => vol.toestand()?.aanwezigen.filter((a: { online: boolean }) => a.online).length === 3, 5_000, 'three online');
    await gelijk('delta client caught up after connecting');
  });

  afterAll(async () => {
    for (const k of open) k.close();
    await server?.dispose();
  });

  it('keeps sending the whole state to a client without the opt-in, after every change', async () => {
    const voor = volledig(vol);
    expectAckOk(await delta.k.emitAck('klaar:zet', { klaar: true }), 'klaar:zet');
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'opening', stap: 3 }), 'werkvorm:kies');
    expectAckOk(await vol.emitAck('hand:op', {}), 'hand:op');
    await waitFor(() => volledig(vol) >= voor + 3, 5_000, 'three whole states');
    for (const e of vol.events.filter((x) => x.name === 'kamer:toestand')) {
      const t = KamerToestand.parse(e.args[0]);
      expect(t.versie, 'no version number for a client without the opt-in').toBeUndefined();
    }
    expect(vol.toestand().aanwezigen).toHaveLength(3);
    expect(vol.events.some((e) => e.name === 'kamer:wijziging')).toBe(false);
    await gelijk('after klaar, werkvorm and hand');
    // The delta client got the whole state only once, on connect.
    expect(volledig(delta.k)).toBe(1);
    const klaar = delta.wijzigingen.find((w) => w.klaar !== undefined || w.velden.klaar !== undefined);
    expect(klaar, 'klaar:zet as a change').toBeDefined();
    expect(klaar?.velden.aanwezigen).toBeUndefined();
    expect(klaar?.aanwezigen).toBeUndefined();
    expect(JSON.stringify(klaar).length).toBeLessThan(JSON.stringify(vol.toestand()).length / 2);
  });

  it('rebuilds the same state as a full client over joins, leaves and a lost change', async () => {
    // Joins: a full client and a second delta client.
    const erbij = kamerClient(server.url, bijeenkomst, cookies[2]);
    open.push(erbij);
    const tweede = deltaClient(cookies[3]!);
    await Promise.all([erbij.ready(), tweede.k.ready()]);
    await waitFor(() => vol.toestand()?.aanwezigen.filter((a: { online: boolean }) => a.online).length === 5, 5_000, 'five online');
    await gelijk('after two joins');
    await waitFor(() => zonderTijd(tweede.toestand()) === zonderTijd(vol.toestand()), 5_000, 'second delta client');
    const join = delta.wijzigingen.at(-1)!;
    expect(join.aanwezigen?.zet.length ?? 0).toBeGreaterThan(0);
    expect(join.velden.aanwezigen, 'a join sends the person, not the list').toBeUndefined();

    // A person who was never here before joins and leaves.
    const nieuw = kamerClient(server.url, bijeenkomst, await nieuweDeelnemer(9));
    await nieuw.ready();
    await gelijk('after a new person joined');
    nieuw.close();
    await waitFor(() => vol.toestand()?.aanwezigen.some((a: { naam: string; online: boolean }) => a.naam === 'Deelnemer 9' && !a.online), 5_000, 'offline');
    await gelijk('after a leave');

    // A lost change: the next one does not follow, the client asks for the whole state.
    delta.verlies();
    expectAckOk(await tweede.k.emitAck('klaar:zet', { klaar: true }), 'klaar:zet');
    expectAckOk(await tweede.k.emitAck('hand:op', {}), 'hand:op');
    await waitFor(() => delta.opnieuw === 1, 5_000, 'a resync request');
    await gelijk('after the resync');
    expect(volledig(delta.k)).toBe(2);

    // Changes after the resync apply as deltas again.
    expectAckOk(await fac.emitAck('werkvorm:kies', { werkvorm: 'actieleren' }), 'werkvorm:kies');
    expectAckOk(await fac.emitAck('timer:start', { seconden: 300 }), 'timer:start');
    erbij.close();
    await gelijk('after werkvorm, timer and a leave');
    expect(delta.opnieuw).toBe(1);
    expect(volledig(delta.k)).toBe(2);
  });

  it('carries no private answer before the reveal', async () => {
    const geheim = `GEHEIM-${Math.random().toString(36).slice(2)}`;
    const ack = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Wat speelt er?' });
    expectAckOk(ack, 'ronde:open');
    const rondeId = ack.rondeId as string;
    expectAckOk(await vol.emitAck('ronde:inzending', { rondeId, tekst: geheim }), 'ronde:inzending');
    await gelijk('after the answer');
    expect(delta.toestand()?.rondes.find((r) => r.id === rondeId)?.aantalInzendingen).toBe(1);
    expect(delta.k.everything()).not.toContain(geheim);
    expectAckOk(await fac.emitAck('ronde:onthul', { rondeId }), 'ronde:onthul');
    await delta.k.waitForEvent('ronde:onthuld');
    expect(JSON.stringify(delta.wijzigingen)).not.toContain(geheim);
    await gelijk('after the reveal');
  });

  it('refuses a malformed resync request in Dutch', async () => {
    expectAckFout(await delta.k.emitAck('kamer:opnieuw', 'kapot'), 'kamer:opnieuw');
  });
});
