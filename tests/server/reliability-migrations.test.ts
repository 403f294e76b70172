import { createHash, randomUUID } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, testDialect, type TestServer } from '../helpers/server';
import { api, kamerClient, nieuweBijeenkomst, waitFor, yjsClient, type Api } from '../helpers/clients';
import { dbProblemen, openDbFile } from '../helpers/dbfile';
import { docJson, FIXTURE_DB, FIXTURE_JSON } from '../fixtures/maak-fixture';
import { readActies, readSpeerpunten, readSuccessen, readCheckin } from '../../lib/sync';

/**
 * Restart and upgrade (issue 8): the server starts on a database made by the
 * previous release (tests/fixtures/leerbord-0.1.0.sqlite, made by
 * tests/fixtures/maak-fixture.ts through the API of that release), runs its
 * migrations, and loses nothing: every row, every account, every participant
 * cookie and link, every Yjs document (snapshot and log tail), the live room
 * with its unrevealed answers, the edited verslag and the audit log.
 *
 * Reproduce: `npx vitest run --project server tests/server/reliability-migrations.test.ts`
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the manifest is JSON
const manifest: any = JSON.parse(readFileSync(FIXTURE_JSON, 'utf8'));
const journal = JSON.parse(readFileSync(path.join(REPO_ROOT, 'drizzle', 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] };
const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');

/** Top-level maps without `meta` (a layout migration may raise meta.versie). */
function zonderMeta(json: Record<string, unknown>) {
  const { meta: _m, ...rest } = json;
  return rest;
}

// The fixture is a SQLite file from that release; PostgreSQL's migrations start with this schema (drizzle-pg/).
describe.runIf(testDialect() === 'sqlite')(`upgrade from a ${manifest.versie} database`, () => {
  let server: TestServer;
  let dataDir: string;
  let fixtureHash: string;
  let rijenVoor: Record<string, number>;
  let bea: Api;
  const w = manifest.trajecten.werkplaats;
  const l = manifest.trajecten.leernetwerk;
  const b = manifest.bijeenkomsten;

  beforeAll(async () => {
    fixtureHash = sha(FIXTURE_DB);
    const fixture = new Database(FIXTURE_DB, { readonly: true });
    const tabellen = (fixture.prepare("SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'").all() as { name: string }[]).map((r) => r.name);
    rijenVoor = Object.fromEntries(tabellen.map((t) => [t, (fixture.prepare(`SELECT count(*) AS n FROM "${t}"`).get() as { n: number }).n]));
    fixture.close();
    dataDir = mkdtempSync(path.join(tmpdir(), 'leerbord-upgrade-'));
    copyFileSync(FIXTURE_DB, path.join(dataDir, 'leerbord.sqlite'));
    server = await startServer({ dataDir, env: { SESSION_SECRET: manifest.secret } });
  });

  afterAll(async () => {
    await server?.dispose();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('runs every migration once, keeps every row, and the file is sound', () => {
    const db = openDbFile(dataDir, { readonly: true });
    try {
      expect(dbProblemen(db)).toEqual([]);
      const toegepast = (db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n;
      expect(toegepast, 'applied migrations = migrations in drizzle/meta/_journal.json').toBe(journal.entries.length);
      for (const [tabel, n] of Object.entries(rijenVoor)) {
        if (tabel === '__drizzle_migrations') continue;
        const na = (db.prepare(`SELECT count(*) AS n FROM "${tabel}"`).get() as { n: number }).n;
        expect(na, `rows in ${tabel} after the upgrade`).toBe(n);
      }
    } finally {
      db.close();
    }
  });

  it('both facilitators log in with their passwords and see their trajecten as before', async () => {
    bea = api(server.url);
    const [beaGegevens, chrisGegevens] = manifest.begeleiders;
    expect((await bea.post('/api/auth/login', { email: beaGegevens.email, wachtwoord: beaGegevens.wachtwoord })).status).toBe(200);
    const chris = api(server.url);
    expect((await chris.post('/api/auth/login', { email: chrisGegevens.email, wachtwoord: chrisGegevens.wachtwoord })).status).toBe(200);

    for (const t of [w, l]) {
      const res = await bea.get(`/api/trajecten/${t.id}`);
      expect(res.status).toBe(200);
      expect(res.json).toMatchObject(t.api);
      expect(new URL(res.json.joinUrl).pathname).toBe(`/join/${t.joinToken}`);
      expect(new URL(res.json.waarnemerUrl).pathname).toBe(`/join/${t.waarnemerToken}`);
    }
    const co = await chris.get(`/api/trajecten/${w.id}`);
    expect(co.status, 'the co-facilitator keeps access').toBe(200);
    expect((await chris.get('/api/trajecten')).json.trajecten.map((x: { id: string }) => x.id)).toEqual([w.id]);
    for (const k of Object.keys(b)) {
      const res = await bea.get(`/api/bijeenkomsten/${b[k].id}`);
      expect(res.status).toBe(200);
      expect(res.json, `bijeenkomst ${k}`).toMatchObject(b[k].api);
    }
  });

  it('participant and observer cookies, join links and the open invitation still work', async () => {
    for (const [wie, cookie, traject, soort] of [
      ['ayse', manifest.deelnemers.ayse, w.id, 'deelnemer'],
      ['bram', manifest.deelnemers.bram, w.id, 'deelnemer'],
      ['esra', manifest.deelnemers.esra, w.id, 'deelnemer'],
      ['wim', manifest.deelnemers.wim, w.id, 'waarnemer'],
      ['zoe', manifest.deelnemers.zoe, l.id, 'deelnemer'],
    ] as const) {
      const res = await api(server.url, cookie).get(`/api/trajecten/${traject}`);
      expect(res.status, `${wie}'s cookie`).toBe(200);
      expect(res.json.ik.soort).toBe(soort);
    }
    expect((await api(server.url).get(`/api/join/${w.joinToken}`)).json).toMatchObject({ trajectId: w.id, soort: 'deelnemer' });
    expect((await api(server.url).get(`/api/join/${w.waarnemerToken}`)).json).toMatchObject({ trajectId: w.id, soort: 'waarnemer' });
    expect((await api(server.url).get(`/api/uitnodigingen/${manifest.openUitnodiging}`)).status).toBe(200);
  });

  it('the edited, shared verslag is unchanged, for the facilitator and for a participant', async () => {
    const fac = await bea.get(`/api/bijeenkomsten/${b.b1.id}/verslag?format=md`);
    expect(fac.status).toBe(200);
    expect(fac.text).toBe(manifest.verslagB1);
    const deelnemer = await api(server.url, manifest.deelnemers.ayse).get(`/api/bijeenkomsten/${b.b1.id}/verslag?format=md`);
    expect(deelnemer.text).toBe(manifest.verslagB1);
  });

  it('every Yjs document reads as before (snapshot and log tail), also through the current readers', async () => {
    const cookie = bea.cookie();
    for (const [room, verwacht] of [
      [`traject:${w.id}`, manifest.trajectDoc],
      [`bijeenkomst:${b.b1.id}`, manifest.bijeenkomstDocB1],
      [`bijeenkomst:${b.b2.id}`, manifest.bijeenkomstDocB2],
      [`bijeenkomst:${b.l1.id}`, manifest.bijeenkomstDocL1],
    ] as const) {
      const c = yjsClient(server.url, room, cookie);
      try {
        await c.waitForSync(20_000);
        for (const naam of Object.keys(verwacht)) c.doc.getMap(naam);
        const json = docJson(c.doc);
        expect(zonderMeta(json), room).toMatchObject(zonderMeta(verwacht));
        if (verwacht.meta) expect(Number((json.meta as { versie?: number } | undefined)?.versie ?? 0)).toBeGreaterThanOrEqual(verwacht.meta.versie);
        if (room.startsWith('traject:')) {
          expect(readActies(c.doc)).toHaveLength(40);
          expect(readSuccessen(c.doc).map((s) => s.tekst)).toEqual(['Eerste werkgever belt ons zelf bij loonbeslag']);
          expect(readSpeerpunten(c.doc).map((s) => s.titel).sort()).toEqual(['Loonbeslag voorkomen', 'Vroegsignalering bij werkgevers']);
        }
        if (room === `bijeenkomst:${b.b1.id}`) expect(Object.values(readCheckin(c.doc)).sort()).toEqual(['Moe maar blij dat we beginnen', 'Nieuwsgierig, net terug van huisbezoek']);
      } finally {
        c.destroy();
      }
    }
  });

  it('the live room keeps its state, its unrevealed answers and its vote result', async () => {
    const k = kamerClient(server.url, b.b2.id, bea.cookie());
    try {
      await k.ready();
      expect(k.toestand()).toMatchObject(manifest.kamerB2);
      const [uitslag] = (await k.waitForEvent('ronde:uitslag', (a) => (a[0] as { rondeId: string }).rondeId === manifest.stemRonde)) as [{ stemmen: Record<string, number> }];
      expect(Number(uitslag.stemmen['1'] ?? 0)).toBe(2);
      expect(Number(uitslag.stemmen['2'] ?? 0)).toBe(3);
      for (const tekst of manifest.privéAntwoorden) expect(k.everything(), 'answers stay private after the upgrade').not.toContain(tekst);
      expect((await k.emitAck('ronde:onthul', { rondeId: manifest.privéRonde })).ok).toBe(true);
      const [onthuld] = (await k.waitForEvent('ronde:onthuld')) as [{ inzendingen: { tekst: string }[] }];
      expect(onthuld.inzendingen.map((i) => i.tekst).sort()).toEqual([...manifest.privéAntwoorden].sort());
    } finally {
      k.close();
    }
  });

  it('the audit log keeps its history', async () => {
    const res = await bea.get(`/api/trajecten/${w.id}/audit`);
    expect(res.status).toBe(200);
    const acties = (res.json.audit as { actie: string }[]).map((a) => a.actie);
    expect(acties.slice(-manifest.audit.length)).toEqual(manifest.audit);
  });

  it('the upgraded database takes new writes, and a second start changes nothing', async () => {
    const bk = await nieuweBijeenkomst(bea, w.id, { intentie: `Na de upgrade ${randomUUID()}` });
    const c = yjsClient(server.url, `traject:${w.id}`, manifest.deelnemers.ayse);
    const lezer = yjsClient(server.url, `traject:${w.id}`, bea.cookie());
    await Promise.all([c.waitForSync(20_000), lezer.waitForSync(20_000)]);
    c.doc.getMap<unknown>('successen').set('na-upgrade', 'x');
    await waitFor(() => lezer.doc.getMap('successen').has('na-upgrade'), 10_000, 'write after upgrade relayed');
    c.destroy();
    lezer.destroy();
    await server.restart();
    const db = openDbFile(dataDir, { readonly: true });
    try {
      expect(dbProblemen(db)).toEqual([]);
      expect((db.prepare('SELECT count(*) AS n FROM __drizzle_migrations').get() as { n: number }).n).toBe(journal.entries.length);
    } finally {
      db.close();
    }
    expect((await bea.get(`/api/bijeenkomsten/${bk}`)).status).toBe(200);
    expect(sha(FIXTURE_DB), 'the committed fixture itself is never written').toBe(fixtureHash);
  });
});
