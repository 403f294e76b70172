import { randomUUID } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  join,
  kamerClient,
  nietNederlands,
  nieuweBijeenkomst,
  nieuwTraject,
  rawUpgrade,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';

/**
 * Who may enter which Yjs room and socket.io room (DESIGN §5 Auth, docs/api.md
 * "Yjs rooms"): the cookie authorises the upgrade, observers are read-only.
 */
describe('authorisation of Yjs and socket.io rooms', () => {
  let server: TestServer;
  let bea: Begeleider;
  let trajectA: NieuwTraject;
  let trajectB: NieuwTraject;
  let bijeenkomstA: string;
  let bijeenkomstB: string;
  let deelnemer1: string;
  let deelnemer2: string;
  let waarnemer: string;
  let deelnemerB: string;

  const open: Array<{ destroy?: () => void; close?: () => void }> = [];
  const track = <T extends YjsClient | KamerClient>(c: T): T => {
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    trajectA = await nieuwTraject(bea.api, { titel: 'Traject A' });
    trajectB = await nieuwTraject(bea.api, { titel: 'Traject B' });
    bijeenkomstA = await nieuweBijeenkomst(bea.api, trajectA.id);
    bijeenkomstB = await nieuweBijeenkomst(bea.api, trajectB.id);
    deelnemer1 = await join(server.url, trajectA.joinToken, 'Ayse Demir', 'Gemeente Utrecht', 'uitvoering');
    deelnemer2 = await join(server.url, trajectA.joinToken, 'Bram de Vries', 'Kredietbank', 'beleid');
    waarnemer = await join(server.url, trajectA.waarnemerToken, 'Wim Waarnemer', 'Provincie');
    deelnemerB = await join(server.url, trajectB.joinToken, 'Carla Buiten', 'Ander Traject', 'management');
  });

  afterEach(() => {
    for (const c of open.splice(0)) {
      c.destroy?.();
      c.close?.();
    }
  });

  afterAll(async () => {
    await server?.dispose();
  });

  const rooms = () => [`traject:${trajectA.id}`, `bijeenkomst:${bijeenkomstA}`];

  it('two participants of the same traject sync a doc through the stock y-websocket client', async () => {
    for (const room of rooms()) {
      const a = track(yjsClient(server.url, room, deelnemer1));
      const b = track(yjsClient(server.url, room, deelnemer2));
      await Promise.all([a.waitForSync(), b.waitForSync()]);
      const key = `sync-${randomUUID()}`;
      a.doc.transact(() => a.doc.getMap('test').set(key, 'van Ayse'), 'test');
      await waitFor(() => b.doc.getMap('test').get(key) === 'van Ayse', 10_000, `${room}: B sees A's write`);
      b.doc.transact(() => b.doc.getMap('test').set(`${key}-terug`, 'van Bram'), 'test');
      await waitFor(() => a.doc.getMap('test').get(`${key}-terug`) === 'van Bram', 10_000, `${room}: A sees B's write`);
    }
  });

  it('an upgrade without a cookie is refused with HTTP 401 before the websocket opens', async () => {
    for (const room of rooms()) {
      const res = await rawUpgrade(server.url, room, undefined);
      expect(res, `${room} without cookie`).toMatchObject({ opened: false, status: 401 });
    }
  });

  it("an upgrade with another traject's participant cookie is refused with HTTP 403", async () => {
    for (const room of rooms()) {
      const res = await rawUpgrade(server.url, room, deelnemerB);
      expect(res, `${room} with traject B's cookie`).toMatchObject({ opened: false, status: 403 });
    }
    // and the other way round: traject A's participant on traject B's rooms
    for (const room of [`traject:${trajectB.id}`, `bijeenkomst:${bijeenkomstB}`]) {
      const res = await rawUpgrade(server.url, room, deelnemer1);
      expect(res, `${room} with traject A's cookie`).toMatchObject({ opened: false, status: 403 });
    }
  });

  it('a forged participant cookie is refused with 401 or 403', async () => {
    const [naam] = deelnemer1.split('=');
    const forged = `${naam}=${randomUUID()}.dGhpcyBpcyBub3QgYSByZWFsIHNpZ25hdHVyZQ`;
    for (const room of rooms()) {
      const res = await rawUpgrade(server.url, room, forged);
      expect(res.opened, `${room} with a forged cookie`).toBe(false);
      if (!res.opened) expect([401, 403]).toContain(res.status);
    }
  });

  it('an unknown or malformed room is refused (404 per docs/api.md) before the websocket opens', async () => {
    for (const room of [`traject:${randomUUID()}`, `bijeenkomst:${randomUUID()}`]) {
      const res = await rawUpgrade(server.url, room, bea.cookie);
      expect(res, `${room} as facilitator`).toMatchObject({ opened: false, status: 404 });
    }
    for (const room of ['onzin', `iets:${trajectA.id}`, `traject:..%2F..%2Fetc%2Fpasswd`]) {
      const res = await rawUpgrade(server.url, room, bea.cookie);
      expect(res.opened, `${room} as facilitator`).toBe(false);
      if (!res.opened) {
        expect(res.status, room).toBeGreaterThanOrEqual(400);
        expect(res.status, room).toBeLessThan(500);
      }
    }
  });

  it('socket.io refuses a connection without cookie with a Dutch connect_error', async () => {
    const k = track(kamerClient(server.url, bijeenkomstA, undefined));
    const message = await k.refused();
    expect(nietNederlands(message), message).toBeNull();
    expect(k.events.filter((e) => e.name === 'kamer:toestand')).toHaveLength(0);
  });

  it("socket.io refuses another traject's participant with a Dutch connect_error", async () => {
    const k = track(kamerClient(server.url, bijeenkomstA, deelnemerB));
    const message = await k.refused();
    expect(nietNederlands(message), message).toBeNull();
    expect(k.everything()).not.toContain('Ayse Demir');
  });

  it('socket.io refuses a missing or unknown bijeenkomstId with a Dutch connect_error', async () => {
    for (const auth of [{}, { bijeenkomstId: randomUUID() }, { bijeenkomstId: 42 }, { bijeenkomstId: 'x'.repeat(5000) }]) {
      const k = track(kamerClient(server.url, undefined, deelnemer1, { auth }));
      const message = await k.refused();
      expect(nietNederlands(message), `${JSON.stringify(auth).slice(0, 60)}: ${message}`).toBeNull();
    }
  });

  it('socket.io admits participants, observers and the facilitator of the traject', async () => {
    for (const cookie of [deelnemer1, waarnemer, bea.cookie]) {
      const k = track(kamerClient(server.url, bijeenkomstA, cookie));
      await k.ready();
    }
  });

  it('an observer receives the doc, but its writes reach no one and do not survive a reconnect', async () => {
    const room = `traject:${trajectA.id}`;
    const schrijver = track(yjsClient(server.url, room, deelnemer1));
    await schrijver.waitForSync();
    const zichtbaar = `zichtbaar-${randomUUID()}`;
    schrijver.doc.transact(() => schrijver.doc.getMap('test').set(zichtbaar, 'voor iedereen'), 'test');

    const obs = track(yjsClient(server.url, room, waarnemer));
    await obs.waitForSync();
    await waitFor(() => obs.doc.getMap('test').get(zichtbaar) === 'voor iedereen', 10_000, 'observer receives content');

    const lezer = track(yjsClient(server.url, room, deelnemer2));
    await lezer.waitForSync();

    const geheim = `waarnemer-${randomUUID()}`;
    obs.doc.transact(() => obs.doc.getMap('test').set(geheim, 'mag niet'), 'test');
    // The observer's update went out before this sentinel; give the server time to (not) relay it.
    await sleep(500);
    const sentinel = `sentinel-${randomUUID()}`;
    schrijver.doc.transact(() => schrijver.doc.getMap('test').set(sentinel, 1), 'test');
    await waitFor(() => lezer.doc.getMap('test').has(sentinel), 10_000, 'sentinel reaches reader');
    await waitFor(() => obs.doc.getMap('test').has(sentinel), 10_000, 'observer still receives after its refused write');
    expect(lezer.doc.getMap('test').has(geheim), "observer's write reached a participant").toBe(false);
    expect(schrijver.doc.getMap('test').has(geheim), "observer's write reached a participant").toBe(false);

    // Reconnect: the stock client re-sends its whole state (sync step 2) — still refused.
    obs.provider.disconnect();
    await waitFor(() => !obs.provider.wsconnected, 5_000, 'observer disconnected');
    obs.provider.connect();
    await obs.waitForSync();
    await sleep(500);
    const sentinel2 = `sentinel2-${randomUUID()}`;
    schrijver.doc.transact(() => schrijver.doc.getMap('test').set(sentinel2, 1), 'test');
    await waitFor(() => lezer.doc.getMap('test').has(sentinel2), 10_000, 'second sentinel reaches reader');
    expect(lezer.doc.getMap('test').has(geheim), "observer's write reached a participant after reconnect").toBe(false);

    // A fresh client sees what the server kept: the participant's write, not the observer's.
    const vers = track(yjsClient(server.url, room, deelnemer2));
    await vers.waitForSync();
    expect(vers.doc.getMap('test').get(zichtbaar)).toBe('voor iedereen');
    expect(vers.doc.getMap('test').has(geheim), "observer's write was stored by the server").toBe(false);
  });

  it('an observer cannot write to the bijeenkomst room either', async () => {
    const room = `bijeenkomst:${bijeenkomstA}`;
    const obs = track(yjsClient(server.url, room, waarnemer));
    const lezer = track(yjsClient(server.url, room, deelnemer1));
    await Promise.all([obs.waitForSync(), lezer.waitForSync()]);
    const geheim = `waarnemer-bk-${randomUUID()}`;
    obs.doc.transact(() => obs.doc.getMap('test').set(geheim, 'mag niet'), 'test');
    await sleep(500);
    const vers = track(yjsClient(server.url, room, deelnemer2));
    await vers.waitForSync();
    expect(vers.doc.getMap('test').has(geheim)).toBe(false);
    expect(lezer.doc.getMap('test').has(geheim)).toBe(false);
  });

  it('the facilitator (session cookie) may read and write both rooms', async () => {
    for (const room of rooms()) {
      const fac = track(yjsClient(server.url, room, bea.cookie));
      const deelnemer = track(yjsClient(server.url, room, deelnemer1));
      await Promise.all([fac.waitForSync(), deelnemer.waitForSync()]);
      const key = `begeleider-${randomUUID()}`;
      fac.doc.transact(() => fac.doc.getMap('test').set(key, 'van Bea'), 'test');
      await waitFor(() => deelnemer.doc.getMap('test').get(key) === 'van Bea', 10_000, `${room}: facilitator write arrives`);
      const raw = await rawUpgrade(server.url, room, bea.cookie);
      expect(raw).toEqual({ opened: true });
    }
  });

  it('a logged-out (revoked) facilitator session no longer opens rooms', async () => {
    const tweede = api(server.url);
    const login = await tweede.post('/api/auth/login', { email: bea.email, wachtwoord: bea.wachtwoord });
    expect(login.status).toBe(200);
    const oud = tweede.cookie();
    expect(await rawUpgrade(server.url, `traject:${trajectA.id}`, oud)).toEqual({ opened: true });
    expect((await tweede.post('/api/auth/logout', {})).status).toBe(200);
    const na = await rawUpgrade(server.url, `traject:${trajectA.id}`, oud);
    expect(na.opened, 'revoked session opened a room').toBe(false);
    if (!na.opened) expect([401, 403]).toContain(na.status);
    const k = track(kamerClient(server.url, bijeenkomstA, oud));
    expect(nietNederlands(await k.refused())).toBeNull();
  });

  it("a closed bijeenkomst's room is read-only (docs/api.md)", async () => {
    const bk = await nieuweBijeenkomst(bea.api, trajectA.id, { intentie: 'Wordt gesloten' });
    const room = `bijeenkomst:${bk}`;
    const voor = track(yjsClient(server.url, room, deelnemer1));
    await voor.waitForSync();
    voor.doc.transact(() => voor.doc.getMap('test').set('voor', 'open'), 'test');
    const kijker = track(yjsClient(server.url, room, deelnemer2));
    await kijker.waitForSync();
    await waitFor(() => kijker.doc.getMap('test').get('voor') === 'open', 10_000, 'write before closing');
    voor.destroy();
    kijker.destroy();

    const sluit = await bea.api.post(`/api/bijeenkomsten/${bk}/afsluiten`, {});
    expect(sluit.status, sluit.text).toBe(200);

    const na = track(yjsClient(server.url, room, deelnemer1));
    await na.waitForSync();
    expect(na.doc.getMap('test').get('voor')).toBe('open');
    na.doc.transact(() => na.doc.getMap('test').set('na', 'dicht'), 'test');
    await sleep(500);
    const vers = track(yjsClient(server.url, room, deelnemer2));
    await vers.waitForSync();
    expect(vers.doc.getMap('test').get('voor')).toBe('open');
    expect(vers.doc.getMap('test').has('na'), 'a write to a closed bijeenkomst was accepted').toBe(false);
  });
});
