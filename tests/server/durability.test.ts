import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import {
  join,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  waitFor,
  yjsClient,
  type Begeleider,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';

/**
 * "An update acknowledged to a client is on disk; a killed server loses
 * nothing it acknowledged" (DESIGN §5). An update counts as acknowledged once
 * the server has relayed it to another client.
 */
describe('durability of Yjs rooms across crashes and restarts', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let deelnemerA: string;
  let deelnemerB: string;
  const open: YjsClient[] = [];
  const track = (c: YjsClient) => {
    open.push(c);
    return c;
  };

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api);
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id);
    deelnemerA = await join(server.url, traject.joinToken, 'Anna Schrijver', 'Sociaal werk', 'uitvoering');
    deelnemerB = await join(server.url, traject.joinToken, 'Bert Lezer', 'Gemeente', 'beleid');
  });
  afterEach(() => {
    for (const c of open.splice(0)) c.destroy();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  /** Write `n` actions, each in its own transaction (so its own update message). */
  function schrijfActies(doc: Y.Doc, van: number, n: number): void {
    const acties = doc.getMap<Y.Map<unknown>>('acties');
    for (let i = van; i < van + n; i++) {
      doc.transact(() => {
        const actie = new Y.Map<unknown>();
        actie.set('wat', `Actie ${i}`);
        actie.set('wie', 'Anna');
        actie.set('wanneer', '2030-04-01');
        actie.set('status', 'open');
        actie.set('bijeenkomstId', bijeenkomst);
        actie.set('werkvorm', 'afsluiting');
        actie.set('aangemaakt', 1_900_000_000_000 + i);
        acties.set(`actie-${String(i).padStart(4, '0')}`, actie);
      }, 'test');
    }
  }

  const telActies = (doc: Y.Doc) => doc.getMap('acties').size;

  /**
   * A fresh client that records how many actions its doc held at the moment
   * of its first sync, so "empty first, content later" is caught.
   */
  function versClient(cookie: string) {
    const c = track(yjsClient(server.url, `traject:${traject.id}`, cookie, { connect: false }));
    const bijSync: number[] = [];
    c.provider.on('sync', (synced: boolean) => {
      if (synced) bijSync.push(telActies(c.doc));
    });
    c.provider.connect();
    return { client: c, bijSync };
  }

  it('200 updates relayed to another client survive SIGKILL; a client of the restarted server sees all 200 at its first sync', async () => {
    const a = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerA));
    const b = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerB));
    await Promise.all([a.waitForSync(), b.waitForSync()]);

    schrijfActies(a.doc, 0, 200);
    await waitFor(() => telActies(b.doc) === 200, 30_000, 'B has received all 200 updates');

    await server.kill();
    // A and B must not push their copies into the restarted server.
    a.destroy();
    b.destroy();
    await server.restart();

    // Two clients at once while the room is still loading from disk.
    const c1 = versClient(deelnemerB);
    const c2 = versClient(deelnemerA);
    await Promise.all([c1.client.waitForSync(20_000), c2.client.waitForSync(20_000)]);
    expect(c1.bijSync[0], 'C1 first synced state (an empty doc first means the room answered before loading)').toBe(200);
    expect(c2.bijSync[0], 'C2 first synced state').toBe(200);
    expect(telActies(c1.client.doc)).toBe(200);
    const eerste = c1.client.doc.getMap<Y.Map<unknown>>('acties').get('actie-0000');
    const laatste = c1.client.doc.getMap<Y.Map<unknown>>('acties').get('actie-0199');
    expect(eerste?.get('wat')).toBe('Actie 0');
    expect(laatste?.get('wat')).toBe('Actie 199');
  });

  it('after a clean SIGTERM stop and restart everything is there', async () => {
    const a = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerA));
    const b = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerB));
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    expect(telActies(a.doc)).toBe(200);

    schrijfActies(a.doc, 200, 50);
    await waitFor(() => telActies(b.doc) === 250, 30_000, 'B has received all 250');

    // Also a bijeenkomst doc write, in the shape of docs/api.md.
    const bk = track(yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, deelnemerA));
    const bkLezer = track(yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, deelnemerB));
    await Promise.all([bk.waitForSync(), bkLezer.waitForSync()]);
    const checkinTekst = `Goed, en benieuwd ${randomUUID()}`;
    bk.doc.transact(() => {
      const opening = bk.doc.getMap<unknown>('opening');
      const checkin = new Y.Map<string>();
      checkin.set('persoon-a', checkinTekst);
      opening.set('checkin', checkin);
    }, 'test');
    await waitFor(
      () => (bkLezer.doc.getMap('opening').get('checkin') as Y.Map<string> | undefined)?.get('persoon-a') === checkinTekst,
      10_000,
      'bijeenkomst write relayed',
    );

    await server.stop();
    for (const c of [a, b, bk, bkLezer]) c.destroy();
    await server.restart();

    const d = versClient(deelnemerB);
    await d.client.waitForSync(20_000);
    expect(d.bijSync[0], 'first synced state after SIGTERM restart').toBe(250);

    const bkNa = track(yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, deelnemerB));
    await bkNa.waitForSync(20_000);
    expect((bkNa.doc.getMap('opening').get('checkin') as Y.Map<string> | undefined)?.get('persoon-a')).toBe(checkinTekst);
  });

  it('server-decided room state (werkvorm, rounds, acknowledged answers and votes) survives SIGKILL', async () => {
    const bk = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Crashproef' });
    const fac = kamerClient(server.url, bk, bea.cookie);
    const p = kamerClient(server.url, bk, deelnemerA);
    try {
      await Promise.all([fac.ready(), p.ready()]);
      expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'actieleren', stap: 3 })).ok).toBe(true);
      const prive = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Antwoorden' });
      const stem = await fac.emitAck('ronde:open', { soort: 'stemmen', titel: 'Kies', opties: ['A', 'B'], budget: 3 });
      expect(prive.ok && stem.ok).toBe(true);
      const geheim = `GEHEIM${randomUUID()}`;
      expect((await p.emitAck('ronde:inzending', { rondeId: prive.rondeId, tekst: geheim })).ok).toBe(true);
      expect((await p.emitAck('ronde:stem', { rondeId: stem.rondeId, optie: 1, aantal: 2 })).ok).toBe(true);
      expect((await fac.emitAck('timer:start', { seconden: 600 })).ok).toBe(true);
      const eindeOp = (await fac.waitForToestand((t) => t.timer.eindeOp !== null)).timer.eindeOp as number;
      fac.close();
      p.close();

      await server.kill();
      await server.restart();

      const fac2 = kamerClient(server.url, bk, bea.cookie);
      const p2 = kamerClient(server.url, bk, deelnemerA);
      try {
        await Promise.all([fac2.ready(), p2.ready()]);
        const t = fac2.toestand();
        expect(t).toMatchObject({ status: 'live', werkvorm: 'actieleren', stap: 3 });
        expect(t.timer.eindeOp).toBe(eindeOp);
        const r = (id: unknown) => t.rondes.find((x: { id: string }) => x.id === id);
        expect(r(prive.rondeId)).toMatchObject({ status: 'open', aantalInzendingen: 1 });
        expect(r(stem.rondeId)).toMatchObject({ status: 'open' });
        expect(fac2.everything(), 'the answer stays private after a restart').not.toContain(geheim);
        expect((await fac2.emitAck('ronde:onthul', { rondeId: prive.rondeId })).ok).toBe(true);
        const [onthuld] = (await p2.waitForEvent('ronde:onthuld')) as [{ inzendingen: { tekst: string }[] }];
        expect(onthuld.inzendingen.map((i) => i.tekst)).toEqual([geheim]);
        expect((await fac2.emitAck('ronde:sluit', { rondeId: stem.rondeId })).ok).toBe(true);
        const [uitslag] = (await p2.waitForEvent('ronde:uitslag')) as [{ stemmen: Record<string, number> }];
        expect(Number(uitslag.stemmen['1'] ?? 0)).toBe(2);
        expect(Number(uitslag.stemmen['0'] ?? 0)).toBe(0);
      } finally {
        fac2.close();
        p2.close();
      }
    } finally {
      fac.close();
      p.close();
    }
  });

  it('updates keep flowing and persisting after a restart (the log is appended, not replaced)', async () => {
    const a = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerA));
    const b = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerB));
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    schrijfActies(a.doc, 250, 10);
    // and a change to an existing entry
    a.doc.transact(() => a.doc.getMap<Y.Map<unknown>>('acties').get('actie-0000')?.set('status', 'gedaan'), 'test');
    await waitFor(
      () => telActies(b.doc) === 260 && b.doc.getMap<Y.Map<unknown>>('acties').get('actie-0000')?.get('status') === 'gedaan',
      30_000,
      'B has 260 and the status change',
    );
    await server.kill();
    a.destroy();
    b.destroy();
    await server.restart();
    const c = versClient(deelnemerA);
    await c.client.waitForSync(20_000);
    expect(c.bijSync[0]).toBe(260);
    expect(c.client.doc.getMap<Y.Map<unknown>>('acties').get('actie-0000')?.get('status')).toBe('gedaan');
  });

  it('a long session (1000 more updates, beyond any compaction threshold) survives SIGKILL', async () => {
    const a = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerA));
    const b = track(yjsClient(server.url, `traject:${traject.id}`, deelnemerB));
    await Promise.all([a.waitForSync(), b.waitForSync()]);
    const voor = telActies(a.doc);
    // 1000 edits of one text field plus new entries: compaction must keep the latest value
    const acties = a.doc.getMap<Y.Map<unknown>>('acties');
    for (let i = 0; i < 1000; i++) {
      a.doc.transact(() => {
        if (i % 10 === 0) {
          const m = new Y.Map<unknown>();
          m.set('wat', `Lang ${i}`);
          acties.set(`lang-${String(i).padStart(4, '0')}`, m);
        } else {
          acties.get('actie-0001')?.set('wat', `Versie ${i}`);
        }
      }, 'test');
    }
    await waitFor(
      () => telActies(b.doc) === voor + 100 && b.doc.getMap<Y.Map<unknown>>('acties').get('actie-0001')?.get('wat') === 'Versie 999',
      30_000,
      'B has all 1000 updates',
    );
    await server.kill();
    a.destroy();
    b.destroy();
    await server.restart();
    const c = versClient(deelnemerB);
    await c.client.waitForSync(20_000);
    expect(c.bijSync[0]).toBe(voor + 100);
    expect(c.client.doc.getMap<Y.Map<unknown>>('acties').get('actie-0001')?.get('wat')).toBe('Versie 999');
  });
});
