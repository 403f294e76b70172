import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, testDialect, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nietNederlands,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';
import { expectFout } from '../helpers/asserts';
import { dbProblemen, openDbFile, roomUitDb } from '../helpers/dbfile';

/**
 * Disk trouble (issue 8): the disk under DATA_DIR stops taking writes while the
 * server runs. Writes must be refused with a clear error (Dutch 503 on the API,
 * the Yjs connection closed with a reason, an `{error}` ack on socket.io) and
 * in the log; nothing unacknowledged may reach other clients; the file must
 * stay sound; and everything works again once the disk does.
 *
 * How the disk is made to fail: the tests may run as root, where `chmod` stops
 * nothing (and an already open file descriptor keeps its write access anyway);
 * there is no tmpfs or loop device to fill here. Instead the running server's
 * RLIMIT_FSIZE is set to 0 with `prlimit --pid`: from then on every write(2) of
 * that process to any regular file fails with EFBIG (Node ignores SIGXFSZ), which
 * SQLite reports as SQLITE_IOERR_WRITE — the same path a full disk (ENOSPC →
 * SQLITE_FULL) or a read-only remount (EROFS/EIO) takes through the server.
 * Its stdout/stderr are pipes, so the log keeps working. Raising the limit
 * again is "the disk recovers".
 *
 * Reproduce: `npx vitest run --project server tests/server/reliability-disk.test.ts`
 */
// About SQLite in DATA_DIR (the server's own file on a full disk); on PostgreSQL the database server owns its disk.
describe.runIf(testDialect() === 'sqlite')('disk trouble: DATA_DIR stops taking writes, then recovers', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;
  let deelnemerCookie: string;
  let fac: KamerClient;
  let p: KamerClient;
  let schrijver: YjsClient;
  let lezer: YjsClient;
  let bkSchrijver: YjsClient;
  let bkLezer: YjsClient;
  let rondeId: string;
  const sluitingen: { code: number; reason: string }[] = [];
  const weigering = `weigering-${randomUUID()}`;
  const tijdensStoring = `tijdens-storing-${randomUUID()}`;
  const bkTijdensStoring = `bk-tijdens-storing-${randomUUID()}`;

  function schijf(kapot: boolean) {
    const pid = server.pid();
    if (pid === null) throw new Error('server is not running');
    execFileSync('prlimit', ['--pid', String(pid), kapot ? '--fsize=0:unlimited' : '--fsize=unlimited:unlimited']);
  }

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { titel: 'Schijfproef' });
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'De schijf loopt vol' });
    deelnemerCookie = (await joinVolledig(server.url, traject.joinToken, 'Dora Deelnemer', 'Gemeente', 'uitvoering')).cookie;
    fac = kamerClient(server.url, bijeenkomst, bea.cookie);
    p = kamerClient(server.url, bijeenkomst, deelnemerCookie);
    await Promise.all([fac.ready(), p.ready()]);
    expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'opening' })).ok).toBe(true);
    const ronde = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Voor de storing' });
    rondeId = String(ronde.rondeId);
    schrijver = yjsClient(server.url, `traject:${traject.id}`, deelnemerCookie);
    lezer = yjsClient(server.url, `traject:${traject.id}`, bea.cookie);
    bkSchrijver = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, deelnemerCookie);
    bkLezer = yjsClient(server.url, `bijeenkomst:${bijeenkomst}`, bea.cookie);
    await Promise.all([schrijver, lezer, bkSchrijver, bkLezer].map((c) => c.waitForSync()));
    schrijver.provider.on('connection-close', (e: { code: number; reason: string } | null) => {
      if (e) sluitingen.push({ code: e.code, reason: e.reason });
    });
    schrijver.doc.getMap('test').set('voor', 'de storing');
    await waitFor(() => lezer.doc.getMap('test').get('voor') === 'de storing', 10_000, 'write before the trouble');
  });

  afterAll(async () => {
    try {
      if (server?.pid()) schijf(false);
    } catch {
      // the server is gone already
    }
    for (const c of [schrijver, lezer, bkSchrijver, bkLezer]) c?.destroy();
    fac?.close();
    p?.close();
    if (process.env.TOON_LOG) console.log(server?.output());
    await server?.dispose();
  });

  it('while the disk refuses writes: API writes get a Dutch 503, reads still work', async () => {
    schijf(true);
    const pogingen: Array<[string, () => Promise<Awaited<ReturnType<typeof bea.api.post>>>]> = [
      ['POST /api/trajecten', () => bea.api.post('/api/trajecten', { type: 'werkplaats', titel: weigering, thema: 'T', vraagstuk: 'V', einddoel: 'E' })],
      ['PATCH /api/trajecten/:id', () => bea.api.patch(`/api/trajecten/${traject.id}`, { titel: weigering })],
      ['POST bijeenkomsten', () => bea.api.post(`/api/trajecten/${traject.id}/bijeenkomsten`, { datum: '2030-06-01T10:00:00Z', intentie: weigering })],
      ['POST /api/join/:token', () => api(server.url).post(`/api/join/${traject.joinToken}`, { naam: weigering, organisatie: 'X' })],
      ['POST /api/auth/login', () => api(server.url).post('/api/auth/login', { email: bea.email, wachtwoord: bea.wachtwoord })],
      ['POST uitnodigingen', () => bea.api.post(`/api/trajecten/${traject.id}/uitnodigingen`, {})],
    ];
    for (const [wat, doe] of pogingen) {
      const res = await doe();
      expectFout(res, [503], `${wat} during disk trouble`);
      expect(res.json.error, wat).toMatch(/opslag|schijf|bewaard|opgeslagen/i);
    }
    const lees = await bea.api.get(`/api/trajecten/${traject.id}`);
    expect(lees.status, 'reading still works').toBe(200);
    expect(lees.json.titel).toBe('Schijfproef');
    expect(server.output()).toMatch(/opslag niet beschikbaar/);
  });

  it('while the disk refuses writes: a Yjs edit is not relayed and its connection is closed with a reason', async () => {
    schrijver.doc.getMap('test').set(tijdensStoring, 'mag pas later aankomen');
    await waitFor(() => sluitingen.length > 0, 10_000, 'the writer is disconnected');
    const eerste = sluitingen[0]!;
    expect(eerste.code, JSON.stringify(eerste)).toBeGreaterThanOrEqual(1000);
    expect(eerste.code).not.toBe(1000);
    expect(nietNederlands(eerste.reason), `close reason ${JSON.stringify(eerste.reason)}`).toBeNull();
    await sleep(1_000);
    expect(lezer.doc.getMap('test').has(tijdensStoring), 'an edit that was not stored reached another client').toBe(false);
    expect(server.output()).toMatch(/\[yjs\] opslaan mislukt/);
  });

  it('while the disk refuses writes: protocol events are answered with an {error} ack, the state does not change', async () => {
    const voor = JSON.stringify(p.toestand().rondes);
    for (const [k, event, body] of [
      [fac, 'ronde:open', { soort: 'prive', titel: weigering }],
      [fac, 'werkvorm:kies', { werkvorm: 'afsluiting' }],
      [p, 'ronde:inzending', { rondeId, tekst: weigering }],
      [p, 'hand:op', {}],
    ] as const) {
      const ack = await k.emitAck(event, body);
      expect(ack.ok, `${event}: ${JSON.stringify(ack)}`).not.toBe(true);
      expect(nietNederlands(ack.error), `${event}: ${JSON.stringify(ack)}`).toBeNull();
    }
    await sleep(300);
    expect(JSON.stringify(p.toestand().rondes)).toBe(voor);
    expect(p.toestand().werkvorm).toBe('opening');
    expect(fac.everything()).not.toContain(weigering);
    expect(server.output()).toMatch(/\[kamer\].*opslaan mislukt/);
  });

  it('while the disk refuses writes: someone entering the room gets the room or a Dutch refusal, never silence', async () => {
    // A participant who was never in this room before: the server notes presence on connect.
    const nieuw = await (async () => {
      schijf(false);
      try {
        return await joinVolledig(server.url, traject.joinToken, 'Nina Nieuw', 'Kredietbank', 'beleid');
      } finally {
        schijf(true);
      }
    })();
    const k = kamerClient(server.url, bijeenkomst, nieuw.cookie);
    try {
      const uitkomst = await waitFor(() => {
        if (k.toestand() !== undefined) return 'binnen';
        return undefined;
      }, 10_000, 'kamer:toestand or connect_error').catch(async () => {
        const fout = await k.refused(1_000).catch(() => null);
        return fout === null ? 'stilte' : `geweigerd: ${fout}`;
      });
      expect(uitkomst, 'a participant entering during disk trouble').not.toBe('stilte');
      if (uitkomst === 'binnen') {
        // Admitted: then events must be answered too.
        const ack = await k.emitAck('klaar:zet', { klaar: true }, 5_000).catch((e: Error) => ({ geenAck: e.message }));
        expect('geenAck' in ack, `event after entering during disk trouble: ${JSON.stringify(ack)}`).toBe(false);
      } else {
        expect(nietNederlands(uitkomst.replace(/^geweigerd: /, ''))).toBeNull();
      }
    } finally {
      k.close();
    }
  });

  it('while the disk refuses writes: closing a bijeenkomst fails with a 503 and leaves it open and writable', async () => {
    const res = await bea.api.post(`/api/bijeenkomsten/${bijeenkomst}/afsluiten`, {});
    expectFout(res, [503], 'afsluiten during disk trouble');
    // Nothing of the failed close may stick: the room is still live.
    const b = await bea.api.get(`/api/bijeenkomsten/${bijeenkomst}`);
    expect(b.json.status).toBe('live');
  });

  it('the database file stays sound during the trouble', () => {
    const db = openDbFile(server.dataDir, { readonly: true });
    try {
      expect(dbProblemen(db)).toEqual([]);
    } finally {
      db.close();
    }
  });

  it('when the disk recovers: writes work again, the held-back Yjs edit arrives and everything is stored', async () => {
    schijf(false);
    const nieuw = await bea.api.post('/api/trajecten', { type: 'werkplaats', titel: 'Na de storing', thema: 'T', vraagstuk: 'V', einddoel: 'E' });
    expect(nieuw.status, nieuw.text).toBe(201);
    expect((await api(server.url).post(`/api/join/${traject.joinToken}`, { naam: 'Na de storing', organisatie: 'X' })).status).toBe(200);
    expect((await api(server.url).post('/api/auth/login', { email: bea.email, wachtwoord: bea.wachtwoord })).status).toBe(200);

    // The writer reconnects by itself and re-sends what was refused.
    await waitFor(() => lezer.doc.getMap('test').get(tijdensStoring) === 'mag pas later aankomen', 20_000, 'held-back edit arrives after recovery');

    // Protocol events work again.
    const ack = await fac.emitAck('ronde:open', { soort: 'prive', titel: 'Na de storing' });
    expect(ack.ok, JSON.stringify(ack)).toBe(true);
    expect((await p.emitAck('ronde:inzending', { rondeId, tekst: 'na de storing' })).ok).toBe(true);

    // The bijeenkomst whose close failed is still writable for everyone in it.
    bkSchrijver.doc.getMap('test').set(bkTijdensStoring, 'na de mislukte afsluiting');
    await waitFor(
      () => bkLezer.doc.getMap('test').get(bkTijdensStoring) === 'na de mislukte afsluiting',
      10_000,
      'an edit in the bijeenkomst whose close failed reaches others (the room must not stay read-only)',
    );
  });

  it('after recovery and a SIGKILL: everything acknowledged is there, nothing refused is, and the file is sound', async () => {
    await sleep(300);
    await server.kill();
    const db = openDbFile(server.dataDir);
    try {
      expect(dbProblemen(db)).toEqual([]);
      const doc = roomUitDb(db, `traject:${traject.id}`);
      expect(doc.getMap('test').get('voor')).toBe('de storing');
      expect(doc.getMap('test').get(tijdensStoring)).toBe('mag pas later aankomen');
      const alles = JSON.stringify(db.prepare('SELECT * FROM trajecten').all()) + JSON.stringify(db.prepare('SELECT * FROM deelnemers').all());
      expect(alles, 'a refused write was stored after all').not.toContain(weigering);
      expect(JSON.stringify(db.prepare('SELECT toestand FROM kamers').all())).not.toContain(weigering);
    } finally {
      db.close();
    }
    await server.restart();
    const t = await bea.api.get('/api/trajecten');
    expect(t.json.trajecten.map((x: { titel: string }) => x.titel).sort()).toEqual(['Na de storing', 'Schijfproef']);
    expect((await api(server.url).get('/api/health')).json).toEqual({ ok: true });
  });
});
