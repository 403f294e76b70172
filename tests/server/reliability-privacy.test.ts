import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, testDialect, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  tokenUit,
  waitFor,
  yjsClient,
  type Api,
  type Begeleider,
} from '../helpers/clients';
import { vindMarkers } from '../helpers/dbfile';
import { openOpslag } from '../helpers/opslag';
import { maakPng } from '../helpers/png';

/**
 * Privacy (AVG, issue 8): deleting a traject leaves nothing of it in the
 * SQLite file (the raw bytes of the database, its -wal and -shm are scanned
 * for unique markers); retention with RETENTION_DAYS; the audit log.
 *
 * Reproduce: `npx vitest run --project server tests/server/reliability-privacy.test.ts`
 */

/** A unique marker per field, so a find names its source. */
const marker = (veld: string) => `MRK${veld}${randomUUID().replace(/-/g, '').slice(0, 16)}`;

interface Gevuld {
  id: string;
  markers: Record<string, string>;
  bijeenkomsten: string[];
  deelnemer: Api;
}

/**
 * A traject with a marker in every place its content can land: traject
 * fields, people, bijeenkomsten, both Yjs docs (compacted snapshot and log
 * tail), the room state (round title, options, answers), a closed verslag
 * (generated and edited) with the vrij bord as a PNG, the kletspot and a
 * vraagstukkaart.
 */
async function vulTraject(server: TestServer, bea: Begeleider, naam: string): Promise<Gevuld> {
  const m: Record<string, string> = {};
  for (const v of ['titel', 'thema', 'vraagstuk', 'einddoel', 'trekker', 'nieuweTitel', 'deelnemerNaam', 'deelnemerOrg', 'waarnemerNaam', 'intentie1', 'intentie2', 'actie', 'actieLaatst', 'succes', 'checkin', 'casus', 'rondeTitel', 'optie', 'antwoord', 'verslagTekst', 'kletsvraag', 'kaartProbleem', 'vrijBordPng']) {
    m[v] = marker(`${naam}${v}`);
  }
  const t = await nieuwTraject(bea.api, { type: 'leernetwerk', titel: m.titel, thema: m.thema, vraagstuk: m.vraagstuk, einddoel: m.einddoel, trekker: m.trekker });
  expect((await bea.api.patch(`/api/trajecten/${t.id}`, { titel: m.nieuweTitel })).status).toBe(200);
  const d = await joinVolledig(server.url, t.joinToken, m.deelnemerNaam!, m.deelnemerOrg!, 'uitvoering');
  const w = await joinVolledig(server.url, t.waarnemerToken, m.waarnemerNaam!, 'Provincie');
  await bea.api.post(`/api/trajecten/${t.id}/uitnodigingen`, {});
  const b1 = await nieuweBijeenkomst(bea.api, t.id, { intentie: m.intentie1, datum: '2030-02-01T10:00:00Z' });
  const b2 = await nieuweBijeenkomst(bea.api, t.id, { intentie: m.intentie2, datum: '2030-03-01T10:00:00Z' });

  // The traject doc: > 500 updates (a compacted snapshot) and a tail after it.
  const td = yjsClient(server.url, `traject:${t.id}`, d.cookie);
  const tl = yjsClient(server.url, `traject:${t.id}`, bea.cookie);
  await Promise.all([td.waitForSync(), tl.waitForSync()]);
  const acties = td.doc.getMap<Y.Map<unknown>>('acties');
  for (let i = 0; i < 520; i++) {
    td.doc.transact(() => {
      const a = new Y.Map<unknown>();
      for (const [k, v] of Object.entries({ wat: `${m.actie} ${i}`, wie: 'Ayse', wanneer: '', status: 'open', bijeenkomstId: b1, werkvorm: 'opening', aangemaakt: 1_900_000_000_000 + i })) a.set(k, v);
      acties.set(`a${i}`, a);
    });
    if (i % 100 === 99) await sleep(20);
  }
  await waitFor(() => tl.doc.getMap('acties').size === 520, 30_000, 'acties relayed');
  td.doc.transact(() => {
    const a = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ wat: m.actieLaatst, wie: '', wanneer: '', status: 'open', bijeenkomstId: null, werkvorm: null, aangemaakt: 1 })) a.set(k, v);
    acties.set('laatst', a);
    const s = new Y.Map<unknown>();
    for (const [k, v] of Object.entries({ tekst: m.succes, bijeenkomstId: b1, aangemaakt: 2 })) s.set(k, v);
    td.doc.getMap('successen').set('s1', s);
  });
  await waitFor(() => tl.doc.getMap('successen').has('s1'), 10_000, 'succes relayed');

  // The bijeenkomst doc, the room state and a private answer.
  const fac = kamerClient(server.url, b1, bea.cookie);
  const p = kamerClient(server.url, b1, d.cookie);
  await Promise.all([fac.ready(), p.ready()]);
  expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'opening', stap: 3 })).ok).toBe(true);
  const bd = yjsClient(server.url, `bijeenkomst:${b1}`, d.cookie);
  const bl = yjsClient(server.url, `bijeenkomst:${b1}`, bea.cookie);
  await Promise.all([bd.waitForSync(), bl.waitForSync()]);
  const ik = p.ik()?.id ?? 'x';
  bd.doc.transact(() => {
    const opening = bd.doc.getMap<unknown>('opening');
    let checkin = opening.get('checkin') as Y.Map<string> | undefined;
    if (!(checkin instanceof Y.Map)) {
      checkin = new Y.Map<string>();
      opening.set('checkin', checkin);
    }
    checkin.set(ik, m.checkin!);
    const casus = bd.doc.getMap<unknown>('actieleren').get('casus');
    if (casus instanceof Y.Text) casus.insert(0, m.casus!);
    else bd.doc.getMap<unknown>('actieleren').set('casusTekst', m.casus);
  });
  await waitFor(() => JSON.stringify(bl.doc.getMap('opening').toJSON()).includes(m.checkin!), 10_000, 'check-in relayed');
  const prive = await fac.emitAck('ronde:open', { soort: 'prive', titel: m.rondeTitel });
  expect(prive.ok).toBe(true);
  expect((await fac.emitAck('ronde:open', { soort: 'stemmen', titel: 'Stem', opties: [m.optie, 'B'], budget: 2 })).ok).toBe(true);
  expect((await p.emitAck('ronde:inzending', { rondeId: prive.rondeId, tekst: m.antwoord })).ok).toBe(true);
  expect((await fac.emitAck('ronde:onthul', { rondeId: prive.rondeId })).ok).toBe(true);

  // Kletspot and a vraagstukkaart (leernetwerk).
  expect((await d.api.post(`/api/trajecten/${t.id}/kletspot`, { vraag: `${m.kletsvraag}?` })).status).toBe(201);
  expect((await d.api.post(`/api/trajecten/${t.id}/vraagstukken/mijn`, { probleem: m.kaartProbleem, waarom: 'W', doel: 'D' })).status).toBe(200);

  for (const c of [fac, p]) c.close();
  for (const c of [td, tl, bd, bl]) c.destroy();

  // A closed bijeenkomst with its verslag, then edited and shared.
  expect((await bea.api.post(`/api/bijeenkomsten/${b1}/afsluiten`, {})).status).toBe(200);
  const tekst = (await bea.api.get(`/api/bijeenkomsten/${b1}/verslag/tekst`)).json.tekst as string;
  expect(tekst, 'the generated verslag holds the check-in').toContain(m.deelnemerNaam);
  expect((await bea.api.request('PUT', `/api/bijeenkomsten/${b1}/verslag/tekst`, { json: { tekst: `${tekst}\n\n${m.verslagTekst}\n` } })).status).toBe(200);
  expect((await bea.api.post(`/api/bijeenkomsten/${b1}/verslag/delen`, { gedeeld: true })).status).toBe(200);
  // The vrij bord in the verslag: a PNG blob, with a marker in a tEXt chunk (stored as is).
  const png = maakPng(64, 48, m.vrijBordPng);
  const upload = await bea.api.request('PUT', `/api/bijeenkomsten/${b1}/verslag/vrij-bord`, { body: new Uint8Array(png), headers: { 'content-type': 'image/png' } });
  expect(upload.status, upload.text).toBe(200);
  void w;
  return { id: t.id, markers: m, bijeenkomsten: [b1, b2], deelnemer: d.api };
}

describe('privacy: deleting a traject, retention and the audit log', () => {
  let server: TestServer;
  let bea: Begeleider;
  let weg: Gevuld;
  let blijft: Gevuld;

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    weg = await vulTraject(server, bea, 'weg');
    blijft = await vulTraject(server, bea, 'blijft');
  }, 120_000);

  afterAll(async () => {
    await server?.dispose();
  });

  // The byte scans read SQLite's own files; on PostgreSQL the rows are checked below, and
  // wiping dead rows from PostgreSQL's files is VACUUM's job (docs/scale-out.md).
  it.runIf(testDialect() === 'sqlite')('before the delete, the scan finds the markers of both trajecten (the scan works)', async () => {
    await sleep(300);
    const alle = [...Object.values(weg.markers), ...Object.values(blijft.markers)];
    const gevonden = new Set(vindMarkers(server.dataDir, alle).map((g) => g.marker));
    // Not every marker must be on disk as such (the verslag holds some only in rendered form), but most are.
    const ontbreekt = alle.filter((x) => !gevonden.has(x));
    expect(ontbreekt.length, `markers not found before delete: ${ontbreekt.join(', ')}`).toBeLessThanOrEqual(4);
    // The vrij bord PNG is a blob of its own: the scan sees inside it, so its absence later means something.
    expect(gevonden.has(weg.markers.vrijBordPng!), 'the vrij bord PNG in the file').toBe(true);
  });

  it('DELETE removes every byte of the traject from the database file, its -wal and -shm, while another traject stays whole', async () => {
    // Someone is still typing in a room of the traject when it is deleted.
    const nog = yjsClient(server.url, `traject:${weg.id}`, bea.cookie);
    await nog.waitForSync();
    const laat = marker('wegLaat');
    weg.markers.laat = laat;
    nog.doc.getMap('successen').set('laat', laat);
    await sleep(200);

    const res = await bea.api.del(`/api/trajecten/${weg.id}`);
    expect(res.status, res.text).toBe(200);
    nog.doc.getMap('successen').set('nog-later', marker('wegNaDelete'));
    await sleep(500);
    nog.destroy();

    if (server.databaseUrl) return;
    const over = vindMarkers(server.dataDir, Object.values(weg.markers));
    expect(over, 'content of the deleted traject still in the files').toEqual([]);
    // The kept traject was renamed (PATCH), so its current title is nieuweTitel; the old one is rightly gone.
    const blijftGevonden = vindMarkers(server.dataDir, [blijft.markers.nieuweTitel!, blijft.markers.actie!, blijft.markers.antwoord!]);
    expect([...new Set(blijftGevonden.map((g) => g.marker))].sort()).toEqual([blijft.markers.nieuweTitel!, blijft.markers.actie!, blijft.markers.antwoord!].sort());
  });

  it('no row anywhere names the deleted traject or its bijeenkomsten, except one audit entry with only its id', async () => {
    const db = await openOpslag(server);
    try {
      expect(await db.problemen()).toEqual([]);
      const ids = [weg.id, ...weg.bijeenkomsten];
      const treffers: string[] = [];
      for (const { tabel, tekst } of await db.rijen()) {
        if (ids.some((id) => tekst.includes(id))) treffers.push(`${tabel}: ${tekst.slice(0, 160)}`);
      }
      const audit = treffers.filter((x) => x.startsWith('audit:'));
      expect(treffers.filter((x) => !x.startsWith('audit:')), 'rows of the deleted traject').toEqual([]);
      expect(audit, 'audit entries naming the deleted traject (one is allowed: its deletion)').toHaveLength(1);
      expect(audit[0]).toMatch(/traject verwijderd/);
      expect((await db.rooms()).filter((r) => ids.some((id) => r.includes(id)))).toEqual([]);
    } finally {
      await db.close();
    }
  });

  it('after a restart (WAL checkpoint) the file is still clean and the kept traject is whole', async () => {
    await server.restart();
    if (!server.databaseUrl) expect(vindMarkers(server.dataDir, Object.values(weg.markers))).toEqual([]);
    expect((await bea.api.get(`/api/trajecten/${weg.id}`)).status).toBe(404);
    expect((await weg.deelnemer.get(`/api/trajecten/${weg.id}`)).status).toBeGreaterThanOrEqual(400);
    const t = await bea.api.get(`/api/trajecten/${blijft.id}`);
    expect(t.status).toBe(200);
    expect(t.json.titel).toBe(blijft.markers.nieuweTitel);
    const c = yjsClient(server.url, `traject:${blijft.id}`, bea.cookie);
    await c.waitForSync(20_000);
    expect(c.doc.getMap('acties').size).toBe(521);
    c.destroy();
    const v = await blijft.deelnemer.get(`/api/bijeenkomsten/${blijft.bijeenkomsten[0]}/verslag?format=md`);
    expect(v.text).toContain(blijft.markers.verslagTekst);
  });

  it('the audit log records create, change, plan, close, share, invite, role change and link renewal, by whom', async () => {
    const t = await nieuwTraject(bea.api, { titel: 'Auditproef' });
    await bea.api.patch(`/api/trajecten/${t.id}`, { trekker: 'Tessa' });
    const b = await nieuweBijeenkomst(bea.api, t.id);
    await bea.api.post(`/api/bijeenkomsten/${b}/afsluiten`, {});
    await bea.api.post(`/api/bijeenkomsten/${b}/verslag/delen`, { gedeeld: true });
    await bea.api.post(`/api/bijeenkomsten/${b}/verslag/delen`, { gedeeld: false });
    const u = await bea.api.post(`/api/trajecten/${t.id}/uitnodigingen`, {});
    const chris = api(server.url);
    const aan = await chris.post(`/api/uitnodigingen/${tokenUit(u.json.url)}`, { naam: 'Chris Collega', email: `chris-${randomUUID().slice(0, 6)}@voorbeeld.nl`, wachtwoord: 'chris-wachtwoord-1' });
    expect(aan.status).toBe(200);
    const chrisId = (await chris.get('/api/me')).json.begeleider.id as string;
    await chris.post(`/api/trajecten/${t.id}/join-link`, {});

    const res = await bea.api.get(`/api/trajecten/${t.id}/audit`);
    expect(res.status).toBe(200);
    const audit = res.json.audit as { op: number; wie: string; actie: string; details: Record<string, unknown> }[];
    const acties = audit.map((a) => a.actie);
    for (const verwacht of [/traject aangemaakt/, /traject gewijzigd/, /bijeenkomst gepland/, /bijeenkomst afgesloten/, /verslag gedeeld/, /verslag niet meer gedeeld/, /uitgenodigd/, /link vernieuwd/]) {
      expect(acties.some((a) => verwacht.test(a)), `audit has ${verwacht}: ${JSON.stringify(acties)}`).toBe(true);
    }
    // Role change: the invited colleague became a co-facilitator.
    expect(acties.some((a) => /toegevoegd|aangenomen|geaccepteerd|medebegeleider|rol/i.test(a)), `audit records that Chris became co-facilitator: ${JSON.stringify(acties)}`).toBe(true);
    expect(audit.find((a) => /link vernieuwd/.test(a.actie))?.wie, 'who renewed the link').toBe(chrisId);
    expect(audit.find((a) => /traject aangemaakt/.test(a.actie))?.wie).toBe(bea.id);
    expect(audit.every((a) => typeof a.op === 'number' && a.op > 1_700_000_000_000)).toBe(true);
    // Newest first.
    expect([...audit].sort((x, y) => y.op - x.op).map((a) => a.op)).toEqual(audit.map((a) => a.op));

    // The deletion is recorded too (the traject is gone, so it is read from the file).
    expect((await bea.api.del(`/api/trajecten/${t.id}`)).status).toBe(200);
    const db = await openOpslag(server);
    try {
      const rijen = (await db.auditOver(t.id)).filter((r) => r.actie === 'traject verwijderd');
      expect(rijen).toHaveLength(1);
      expect(rijen[0]?.wie).toBe(bea.id);
      expect(JSON.parse(rijen[0]?.details ?? '{}')).toEqual({ trajectId: t.id });
    } finally {
      await db.close();
    }
  });

  it('without RETENTION_DAYS nothing is scheduled for deletion', async () => {
    const lijst = (await bea.api.get('/api/trajecten')).json.trajecten as { verwijderOp: string | null }[];
    expect(lijst.length).toBeGreaterThan(0);
    expect(lijst.every((t) => t.verwijderOp === null)).toBe(true);
  });
});

describe('retention (RETENTION_DAYS)', () => {
  /** A traject whose only bijeenkomst is closed now; returns its id and the close time. */
  async function gesloten(bea: Begeleider, titel: string) {
    const t = await nieuwTraject(bea.api, { titel });
    const b = await nieuweBijeenkomst(bea.api, t.id);
    const voor = Date.now();
    expect((await bea.api.post(`/api/bijeenkomsten/${b}/afsluiten`, {})).status).toBe(200);
    return { id: t.id, bijeenkomst: b, voor, na: Date.now() };
  }

  it('RETENTION_DAYS=20: a closed traject shows its deletion date (a notice, within the month before); open or empty ones do not', async () => {
    const server = await startServer({ env: { RETENTION_DAYS: '20' } });
    try {
      const bea = await setupBegeleider(server.url);
      const dicht = await gesloten(bea, 'Afgerond traject');
      const open = await nieuwTraject(bea.api, { titel: 'Loopt nog' });
      await nieuweBijeenkomst(bea.api, open.id);
      const half = await gesloten(bea, 'Half afgerond');
      await nieuweBijeenkomst(bea.api, half.id, { intentie: 'Nog gepland' });
      const leeg = await nieuwTraject(bea.api, { titel: 'Zonder bijeenkomsten' });
      const lijst = (await bea.api.get('/api/trajecten')).json.trajecten as { id: string; verwijderOp: string | null }[];
      const op = (id: string) => lijst.find((t) => t.id === id)?.verwijderOp;
      const dag = 24 * 3600 * 1000;
      const verwacht = [new Date(dicht.voor + 20 * dag).toISOString().slice(0, 10), new Date(dicht.na + 20 * dag).toISOString().slice(0, 10)];
      expect(verwacht).toContain(op(dicht.id));
      expect(op(open.id)).toBeNull();
      expect(op(half.id)).toBeNull();
      expect(op(leeg.id)).toBeNull();
    } finally {
      await server.dispose();
    }
  });

  it('RETENTION_DAYS=400: no notice yet for a traject closed today (the notice comes in the last 30 days)', async () => {
    const server = await startServer({ env: { RETENTION_DAYS: '400' } });
    try {
      const bea = await setupBegeleider(server.url);
      const dicht = await gesloten(bea, 'Lang bewaard');
      const lijst = (await bea.api.get('/api/trajecten')).json.trajecten as { id: string; verwijderOp: string | null }[];
      expect(lijst.find((t) => t.id === dicht.id)?.verwijderOp).toBeNull();
    } finally {
      await server.dispose();
    }
  });

  it('a closed traject past its retention is deleted completely at the next sweep (server start), an open one is kept', async () => {
    // 0.00003 days is 2.6 s: the server takes fractional days, so no clock seam is needed.
    const server = await startServer({ env: { RETENTION_DAYS: '0.00003' } });
    try {
      const bea = await setupBegeleider(server.url);
      const titel = marker('retentie');
      const dicht = await gesloten(bea, titel);
      const open = await nieuwTraject(bea.api, { titel: 'Nog bezig' });
      await nieuweBijeenkomst(bea.api, open.id);
      const naam = marker('retentieNaam');
      await joinVolledig(server.url, tokenUit((await bea.api.get(`/api/trajecten/${dicht.id}`)).json.joinUrl), naam, 'Org');
      await sleep(3_000);
      await server.restart();
      expect((await bea.api.get(`/api/trajecten/${dicht.id}`)).status).toBe(404);
      expect((await bea.api.get(`/api/trajecten/${open.id}`)).status).toBe(200);
      const db = await openOpslag(server);
      if (server.databaseUrl) {
        const rijen = (await db.rijen()).map((r) => r.tekst).join('\n');
        expect(rijen.includes(naam), 'the participant of the deleted traject').toBe(false);
        expect(rijen.includes(titel), 'the title of the deleted traject').toBe(false);
      } else {
        expect(vindMarkers(server.dataDir, [titel, naam]).filter((g) => g.marker === naam), 'the participant of the deleted traject').toEqual([]);
        expect(vindMarkers(server.dataDir, [titel]), 'the title of the deleted traject').toEqual([]);
      }
      try {
        const rijen = await db.auditOver(dicht.id);
        const verwijderd = rijen.filter((r) => r.actie === 'traject verwijderd (bewaartermijn)');
        expect(verwijderd, JSON.stringify(rijen)).toHaveLength(1);
        expect(verwijderd[0]?.wie).toBe('systeem');
        expect(JSON.parse(verwijderd[0]?.details ?? '{}')).toEqual({ trajectId: dicht.id });
      } finally {
        await db.close();
      }
      expect(server.output()).toMatch(/\[retentie\] traject .* verwijderd/);
    } finally {
      await server.dispose();
    }
  });
});
