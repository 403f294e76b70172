import { randomUUID } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nietNederlands,
  nieuweBijeenkomst,
  nieuwTraject,
  rawUpgrade,
  setupBegeleider,
  sleep,
  yjsClient,
  type Ack,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
  type YjsClient,
} from '../helpers/clients';

/**
 * The authorisation matrix (issue 8), table-driven: every actor × every API
 * route, every Yjs room and every protocol event → allowed or refused exactly
 * as it should be.
 *
 * Actors: anonymous; a participant of traject A; a participant of traject B;
 * an observer of A; a co-facilitator of A (invited); the facilitator of A; and a
 * facilitator of B only (a co-facilitator account that is not in A).
 *
 * Expectation per cell: `ok` (2xx), `door` (passes the role check: any answer
 * but 401/403/5xx; used where the outcome also depends on state, such as an
 * empty kletspot), `nee` (refused: 401 for the anonymous, 401 or 403 for others).
 *
 * Reproduce: `npx vitest run --project server tests/server/reliability-authz.test.ts`
 */

const ACTOREN = ['anoniem', 'deelnemerA', 'deelnemerB', 'waarnemerA', 'cobegeleiderA', 'begeleiderA', 'begeleiderB'] as const;
type Actor = (typeof ACTOREN)[number];
type Verwacht = 'ok' | 'door' | 'nee';

/** Expectations: everyone refused, except the listed actors. */
function rol(ok: readonly Actor[], door: readonly Actor[] = []): Record<Actor, Verwacht> {
  return Object.fromEntries(ACTOREN.map((a) => [a, ok.includes(a) ? 'ok' : door.includes(a) ? 'door' : 'nee'])) as Record<Actor, Verwacht>;
}
const IEDEREEN = ACTOREN;
const IN_A: Actor[] = ['deelnemerA', 'waarnemerA', 'cobegeleiderA', 'begeleiderA'];
const BEGELEIDING_A: Actor[] = ['cobegeleiderA', 'begeleiderA'];
const ACCOUNTS: Actor[] = ['cobegeleiderA', 'begeleiderA', 'begeleiderB'];

interface Antwoord {
  status: number;
  text: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  json: any;
}

interface Rij {
  method: string;
  /** The route as registered in server/http/routes (for the completeness check). */
  route: string;
  /** The URL this actor calls (may prepare a throwaway resource for allowed actors). */
  url: (a: Actor) => string | Promise<string>;
  body?: (a: Actor) => unknown;
  verwacht: Record<Actor, Verwacht>;
}

describe('authorisation matrix: actor × route, Yjs room and protocol event', () => {
  let server: TestServer;
  let bea: Begeleider;
  let A: NieuwTraject;
  let B: NieuwTraject;
  let bLive: string;
  let bGesloten: string;
  let bGedeeld: string;
  let kaartA: string;
  const cookie = {} as Record<Actor, string | undefined>;
  const chrisGegevens = { naam: 'Chris Collega', email: `chris-${randomUUID().slice(0, 6)}@voorbeeld.nl`, wachtwoord: 'chris-wachtwoord-123' };
  const bobGegevens = { naam: 'Bob Buiten', email: `bob-${randomUUID().slice(0, 6)}@voorbeeld.nl`, wachtwoord: 'bob-wachtwoord-1234' };
  const open: Array<{ destroy?: () => void; close?: () => void }> = [];

  async function vraag(a: Actor, method: string, url: string, body?: unknown): Promise<Antwoord> {
    const headers: Record<string, string> = {};
    const c = cookie[a];
    if (c) headers.cookie = c;
    if (body !== undefined) headers['content-type'] = 'application/json';
    const res = await fetch(server.url + url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body), redirect: 'manual' });
    const text = await res.text();
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      json = undefined;
    }
    return { status: res.status, text, json };
  }

  /** A fresh invitation of `traject` accepted by the logged-in account behind `c`. */
  async function maakCoBegeleider(trajectId: string, c: string) {
    const u = await bea.api.post(`/api/trajecten/${trajectId}/uitnodigingen`, {});
    const token = new URL(u.json.url).pathname.split('/').pop();
    const res = await api(server.url, c).post(`/api/uitnodigingen/${token}`, {});
    if (res.status !== 200) throw new Error(`co-facilitator: ${res.status} ${res.text}`);
  }

  /** A traject where every actor has the role it has in A, for destructive calls. */
  async function wegwerpTraject(): Promise<string> {
    const t = await nieuwTraject(bea.api, { titel: `Wegwerp ${randomUUID().slice(0, 6)}` });
    await maakCoBegeleider(t.id, cookie.cobegeleiderA ?? '');
    return t.id;
  }

  async function geslotenBijeenkomst(trajectId: string, gedeeld: boolean): Promise<string> {
    const id = await nieuweBijeenkomst(bea.api, trajectId, { intentie: gedeeld ? 'Gedeeld verslag' : 'Gesloten' });
    expect((await bea.api.post(`/api/bijeenkomsten/${id}/afsluiten`, {})).status).toBe(200);
    if (gedeeld) expect((await bea.api.post(`/api/bijeenkomsten/${id}/verslag/delen`, { gedeeld: true })).status).toBe(200);
    return id;
  }

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    cookie.begeleiderA = bea.cookie;
    A = await nieuwTraject(bea.api, { titel: 'Traject A', type: 'leernetwerk' });
    B = await nieuwTraject(bea.api, { titel: 'Traject B' });
    // The co-facilitator of A and the facilitator of B come in by invitation.
    for (const [wie, traject, gegevens] of [['cobegeleiderA', A, chrisGegevens], ['begeleiderB', B, bobGegevens]] as const) {
      const u = await bea.api.post(`/api/trajecten/${traject.id}/uitnodigingen`, {});
      const c = api(server.url);
      const res = await c.post(`/api/uitnodigingen/${new URL(u.json.url).pathname.split('/').pop()}`, gegevens);
      expect(res.status, res.text).toBe(200);
      cookie[wie] = c.cookie();
    }
    cookie.deelnemerA = (await joinVolledig(server.url, A.joinToken, 'Ayse A', 'Gemeente', 'uitvoering')).cookie;
    cookie.waarnemerA = (await joinVolledig(server.url, A.waarnemerToken, 'Wim Waarnemer', 'Provincie')).cookie;
    cookie.deelnemerB = (await joinVolledig(server.url, B.joinToken, 'Bert B', 'Kredietbank', 'beleid')).cookie;
    cookie.anoniem = undefined;

    bLive = await nieuweBijeenkomst(bea.api, A.id, { intentie: 'Live' });
    const k = kamerClient(server.url, bLive, bea.cookie);
    await k.ready();
    expect((await k.emitAck('werkvorm:kies', { werkvorm: 'opening' })).ok).toBe(true);
    k.close();
    bGesloten = await geslotenBijeenkomst(A.id, false);
    bGedeeld = await geslotenBijeenkomst(A.id, true);
    const kaart = await api(server.url, cookie.deelnemerA).post(`/api/trajecten/${A.id}/vraagstukken/mijn`, { probleem: 'P', waarom: 'W', doel: 'D' });
    expect(kaart.status, kaart.text).toBe(200);
    kaartA = kaart.json.kaart.id;
  });

  afterAll(async () => {
    for (const c of open.splice(0)) {
      c.destroy?.();
      c.close?.();
    }
    if (process.env.TOON_LOG) console.log(server?.output());
    await server?.dispose();
  });

  const rijen = (): Rij[] => [
    { method: 'GET', route: '/api/health', url: () => '/api/health', verwacht: rol(IEDEREEN) },
    { method: 'GET', route: '/api/setup', url: () => '/api/setup', verwacht: rol(IEDEREEN) },
    // Set up already: 409 for everyone, whoever asks.
    { method: 'POST', route: '/api/setup', url: () => '/api/setup', body: () => ({ naam: 'X', email: 'x@voorbeeld.nl', wachtwoord: 'lang-genoeg-123' }), verwacht: rol([], IEDEREEN) },
    { method: 'POST', route: '/api/auth/login', url: () => '/api/auth/login', body: () => ({ email: chrisGegevens.email, wachtwoord: chrisGegevens.wachtwoord }), verwacht: rol(IEDEREEN) },
    { method: 'GET', route: '/api/me', url: () => '/api/me', verwacht: rol(IEDEREEN) },
    { method: 'GET', route: '/api/trajecten', url: () => '/api/trajecten', verwacht: rol(ACCOUNTS) },
    { method: 'POST', route: '/api/trajecten', url: () => '/api/trajecten', body: () => ({ type: 'werkplaats', titel: 'Nieuw', thema: 'T', vraagstuk: 'V', einddoel: 'E' }), verwacht: rol(ACCOUNTS) },
    { method: 'GET', route: '/api/trajecten/:id', url: () => `/api/trajecten/${A.id}`, verwacht: rol(IN_A) },
    { method: 'PATCH', route: '/api/trajecten/:id', url: () => `/api/trajecten/${A.id}`, body: () => ({ trekker: 'Tessa' }), verwacht: rol(BEGELEIDING_A) },
    {
      method: 'DELETE',
      route: '/api/trajecten/:id',
      url: async (a) => `/api/trajecten/${BEGELEIDING_A.includes(a) ? await wegwerpTraject() : A.id}`,
      verwacht: rol(BEGELEIDING_A),
    },
    { method: 'POST', route: '/api/trajecten/:id/uitnodigingen', url: () => `/api/trajecten/${A.id}/uitnodigingen`, body: () => ({}), verwacht: rol(BEGELEIDING_A) },
    {
      method: 'GET',
      route: '/api/uitnodigingen/:token',
      url: async () => `/api/uitnodigingen/${new URL((await bea.api.post(`/api/trajecten/${A.id}/uitnodigingen`, {})).json.url).pathname.split('/').pop()}`,
      verwacht: rol(IEDEREEN),
    },
    {
      // Accepting with `{}` needs a login; an account accepts for itself (each gets a throwaway traject's link).
      method: 'POST',
      route: '/api/uitnodigingen/:token',
      url: async () => {
        const t = await nieuwTraject(bea.api, { titel: 'Uitnodigingsproef' });
        return `/api/uitnodigingen/${new URL((await bea.api.post(`/api/trajecten/${t.id}/uitnodigingen`, {})).json.url).pathname.split('/').pop()}`;
      },
      body: () => ({}),
      verwacht: rol(ACCOUNTS),
    },
    { method: 'POST', route: '/api/trajecten/:id/join-link', url: () => `/api/trajecten/${A.id}/join-link`, body: () => ({ soort: 'waarnemer' }), verwacht: rol(BEGELEIDING_A) },
    { method: 'GET', route: '/api/trajecten/:id/audit', url: () => `/api/trajecten/${A.id}/audit`, verwacht: rol(BEGELEIDING_A) },
    { method: 'POST', route: '/api/trajecten/:id/bijeenkomsten', url: () => `/api/trajecten/${A.id}/bijeenkomsten`, body: () => ({ datum: '2030-05-01T10:00:00Z', intentie: 'I' }), verwacht: rol(BEGELEIDING_A) },
    { method: 'GET', route: '/api/bijeenkomsten/:id', url: () => `/api/bijeenkomsten/${bLive}`, verwacht: rol(IN_A) },
    { method: 'PATCH', route: '/api/bijeenkomsten/:id', url: () => `/api/bijeenkomsten/${bLive}`, body: () => ({ intentie: 'Anders' }), verwacht: rol(BEGELEIDING_A) },
    {
      method: 'POST',
      route: '/api/bijeenkomsten/:id/afsluiten',
      url: async (a) => `/api/bijeenkomsten/${BEGELEIDING_A.includes(a) ? await nieuweBijeenkomst(bea.api, A.id) : bLive}/afsluiten`,
      body: () => ({}),
      verwacht: rol(BEGELEIDING_A),
    },
    { method: 'POST', route: '/api/bijeenkomsten/:id/verslag/delen', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/delen`, body: () => ({ gedeeld: false }), verwacht: rol(BEGELEIDING_A) },
    { method: 'GET', route: '/api/bijeenkomsten/:id/verslag', url: () => `/api/bijeenkomsten/${bGesloten}/verslag?format=md`, verwacht: rol(BEGELEIDING_A) },
    { method: 'GET', route: '/api/bijeenkomsten/:id/verslag', url: () => `/api/bijeenkomsten/${bGedeeld}/verslag?format=md`, verwacht: rol(IN_A) },
    { method: 'GET', route: '/api/bijeenkomsten/:id/verslag/tekst', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/tekst`, verwacht: rol(BEGELEIDING_A) },
    { method: 'PUT', route: '/api/bijeenkomsten/:id/verslag/tekst', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/tekst`, body: () => ({ tekst: '# Bewerkt' }), verwacht: rol(BEGELEIDING_A) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/verslag/opnieuw', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/opnieuw`, body: () => ({}), verwacht: rol(BEGELEIDING_A) },
    // No nulmeting was run: a 404 for those who may look, after the role check.
    { method: 'GET', route: '/api/bijeenkomsten/:id/verslag/afbeeldingen/:naam', url: () => `/api/bijeenkomsten/${bGedeeld}/verslag/afbeeldingen/nulmeting`, verwacht: rol([], IN_A) },
    // JSON instead of a PNG: 415 for the begeleiding, after the role check.
    { method: 'PUT', route: '/api/bijeenkomsten/:id/verslag/vrij-bord', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/vrij-bord`, body: () => ({}), verwacht: rol([], BEGELEIDING_A) },
    { method: 'DELETE', route: '/api/bijeenkomsten/:id/verslag/vrij-bord', url: () => `/api/bijeenkomsten/${bGesloten}/verslag/vrij-bord`, verwacht: rol(BEGELEIDING_A) },
    { method: 'GET', route: '/api/trajecten/:id/verslagen', url: () => `/api/trajecten/${A.id}/verslagen?format=md`, verwacht: rol(IN_A) },
    { method: 'GET', route: '/api/join/:token', url: () => `/api/join/${A.joinToken}`, verwacht: rol(IEDEREEN) },
    { method: 'POST', route: '/api/join/:token', url: () => `/api/join/${A.joinToken}`, body: (a) => ({ naam: `Nieuw via ${a}`, organisatie: 'O' }), verwacht: rol(IEDEREEN) },
    { method: 'GET', route: '/api/trajecten/:id/kletspot', url: () => `/api/trajecten/${A.id}/kletspot`, verwacht: rol(IN_A) },
    { method: 'POST', route: '/api/trajecten/:id/kletspot', url: () => `/api/trajecten/${A.id}/kletspot`, body: (a) => ({ vraag: `Vraag van ${a}?` }), verwacht: rol(['deelnemerA', ...BEGELEIDING_A]) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/kletspot/trek', url: () => `/api/bijeenkomsten/${bLive}/kletspot/trek`, body: () => ({}), verwacht: rol([], BEGELEIDING_A) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/kletspot/sluit', url: () => `/api/bijeenkomsten/${bLive}/kletspot/sluit`, body: () => ({}), verwacht: rol(BEGELEIDING_A) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/kletspot/:vraagId', url: () => `/api/bijeenkomsten/${bLive}/kletspot/${randomUUID()}`, body: () => ({ bestemming: 'agenda' }), verwacht: rol([], BEGELEIDING_A) },
    { method: 'GET', route: '/api/trajecten/:id/nulmetingen', url: () => `/api/trajecten/${A.id}/nulmetingen`, verwacht: rol(IN_A) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/nulmeting', url: () => `/api/bijeenkomsten/${bLive}/nulmeting`, body: () => ({ rondeId: randomUUID() }), verwacht: rol([], BEGELEIDING_A) },
    { method: 'GET', route: '/api/trajecten/:id/vraagstukken', url: () => `/api/trajecten/${A.id}/vraagstukken`, verwacht: rol(IN_A) },
    { method: 'POST', route: '/api/trajecten/:id/vraagstukken/mijn', url: () => `/api/trajecten/${A.id}/vraagstukken/mijn`, body: () => ({ probleem: 'P2', waarom: 'W2', doel: 'D2' }), verwacht: rol(['deelnemerA']) },
    { method: 'PATCH', route: '/api/vraagstukken/:id', url: () => `/api/vraagstukken/${kaartA}`, body: () => ({ doel: 'Nieuw doel' }), verwacht: rol(['deelnemerA']) },
    { method: 'POST', route: '/api/bijeenkomsten/:id/vraagstuk/kaarten', url: () => `/api/bijeenkomsten/${bLive}/vraagstuk/kaarten`, body: () => ({ rondeId: randomUUID() }), verwacht: rol([], BEGELEIDING_A) },
    // Last: ends the sessions of the accounts (each with its own throwaway session below).
    { method: 'POST', route: '/api/auth/logout', url: () => '/api/auth/logout', body: () => ({}), verwacht: rol(IEDEREEN) },
  ];

  it('the table names every route the server registers', () => {
    const dir = path.join(REPO_ROOT, 'server', 'http', 'routes');
    const geregistreerd = new Set<string>();
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/r\.on\(\s*'([A-Z]+)'\s*,\s*'([^']+)'/g)) geregistreerd.add(`${m[1]} ${m[2]}`);
    }
    const inTabel = new Set(rijen().map((r) => `${r.method} ${r.route}`));
    expect([...geregistreerd].filter((r) => !inTabel.has(r)), 'routes missing from the matrix').toEqual([]);
  });

  it('every route: allowed or refused exactly as it should be', async () => {
    const fouten: string[] = [];
    for (const rij of rijen()) {
      for (const a of ACTOREN) {
        const url = await rij.url(a);
        const res = await vraag(a, rij.method, url, rij.body?.(a));
        const verwacht = rij.verwacht[a];
        const cel = `${a} × ${rij.method} ${rij.route} → ${res.status} ${res.text.slice(0, 120)}`;
        if (res.status >= 500) fouten.push(`5xx: ${cel}`);
        else if (verwacht === 'ok' && (res.status < 200 || res.status >= 300)) fouten.push(`expected 2xx: ${cel}`);
        else if (verwacht === 'door' && (res.status === 401 || res.status === 403)) fouten.push(`expected to pass the role check: ${cel}`);
        else if (verwacht === 'nee') {
          const toegestaan = a === 'anoniem' ? [401] : [401, 403];
          if (!toegestaan.includes(res.status)) fouten.push(`expected ${toegestaan.join('/')}: ${cel}`);
          else if (nietNederlands(res.json?.error) !== null) fouten.push(`refusal not in Dutch: ${cel}`);
        }
      }
    }
    expect(fouten).toEqual([]);
  }, 120_000);

  it('every Yjs room: read-write, read-only or refused before the websocket opens', async () => {
    // Fresh sessions: the logout row above ended the old ones.
    for (const [wie, gegevens] of [['begeleiderA', { email: bea.email, wachtwoord: bea.wachtwoord }], ['cobegeleiderA', chrisGegevens], ['begeleiderB', bobGegevens]] as const) {
      const c = api(server.url);
      expect((await c.post('/api/auth/login', gegevens)).status).toBe(200);
      cookie[wie] = c.cookie();
    }
    const rw = (actoren: Actor[]) => Object.fromEntries(ACTOREN.map((a) => [a, actoren.includes(a) ? 'rw' : 'nee'])) as Record<Actor, 'rw' | 'r' | 'nee'>;
    const kamers: Array<[string, Record<Actor, 'rw' | 'r' | 'nee'>]> = [
      [`traject:${A.id}`, { ...rw(['deelnemerA', 'cobegeleiderA', 'begeleiderA']), waarnemerA: 'r' }],
      [`bijeenkomst:${bLive}`, { ...rw(['deelnemerA', 'cobegeleiderA', 'begeleiderA']), waarnemerA: 'r' }],
      [`bijeenkomst:${bGesloten}`, { ...rw([]), deelnemerA: 'r', waarnemerA: 'r', cobegeleiderA: 'r', begeleiderA: 'r' }],
      [`traject:${B.id}`, { ...rw(['deelnemerB', 'begeleiderA', 'begeleiderB']) }],
    ];
    const fouten: string[] = [];
    for (const [room, verwacht] of kamers) {
      const clients: Array<[Actor, YjsClient, string]> = [];
      for (const a of ACTOREN) {
        if (verwacht[a] === 'nee') {
          const res = await rawUpgrade(server.url, room, cookie[a]);
          const toegestaan = a === 'anoniem' ? [401] : [401, 403];
          if (res.opened || !toegestaan.includes(res.status)) fouten.push(`${a} × ${room}: expected ${toegestaan.join('/')}, got ${JSON.stringify(res)}`);
          else if (nietNederlands((JSON.parse(res.body || '{}') as { error?: unknown }).error) !== null) fouten.push(`${a} × ${room}: refusal not in Dutch: ${res.body}`);
          continue;
        }
        const c = yjsClient(server.url, room, cookie[a]);
        open.push(c);
        await c.waitForSync();
        const key = `${a}-${randomUUID().slice(0, 8)}`;
        c.doc.getMap('matrix').set(key, a);
        clients.push([a, c, key]);
      }
      await sleep(500);
      const lezer = yjsClient(server.url, room, cookie.begeleiderA);
      open.push(lezer);
      await lezer.waitForSync();
      for (const [a, , key] of clients) {
        const heeft = lezer.doc.getMap('matrix').has(key);
        if (verwacht[a] === 'rw' && !heeft) fouten.push(`${a} × ${room}: a write was not kept`);
        if (verwacht[a] === 'r' && heeft) fouten.push(`${a} × ${room}: a read-only actor's write was kept`);
      }
      for (const [, c] of clients) c.destroy();
      lezer.destroy();
    }
    expect(fouten).toEqual([]);
  }, 60_000);

  it('every protocol event: allowed or refused exactly as it should be; refusals change nothing', async () => {
    const fouten: string[] = [];
    // Who may enter the room at all.
    for (const a of ['anoniem', 'deelnemerB', 'begeleiderB'] as const) {
      const k = kamerClient(server.url, bLive, cookie[a]);
      open.push(k);
      const bericht = await k.refused().catch((e: Error) => `TOEGELATEN: ${e.message}`);
      if (nietNederlands(bericht) !== null || bericht.startsWith('TOEGELATEN')) fouten.push(`${a} × socket.io connect: ${bericht}`);
    }
    const kamers = {} as Record<Actor, KamerClient>;
    for (const a of ['deelnemerA', 'waarnemerA', 'cobegeleiderA', 'begeleiderA'] as const) {
      kamers[a] = kamerClient(server.url, bLive, cookie[a]);
      open.push(kamers[a]);
      await kamers[a].ready();
    }
    const bea2 = kamers.begeleiderA;
    const FAC: Actor[] = BEGELEIDING_A;
    const MEE: Actor[] = ['deelnemerA', ...BEGELEIDING_A];
    type Ctx = { prive: string; stem: string };
    const events: Array<[string, (c: Ctx) => unknown, Actor[]]> = [
      ['werkvorm:kies', () => ({ werkvorm: 'opening', stap: 1 }), FAC],
      ['timer:start', () => ({ seconden: 60 }), FAC],
      ['timer:verleng', () => ({ seconden: 30 }), FAC],
      ['timer:pauzeer', () => ({}), FAC],
      ['timer:stop', () => ({}), FAC],
      ['ronde:open', () => ({ soort: 'prive', titel: 'Matrix' }), FAC],
      ['ronde:inzending', (c) => ({ rondeId: c.prive, tekst: 'mijn antwoord' }), MEE],
      ['ronde:stem', (c) => ({ rondeId: c.stem, optie: 0, aantal: 1 }), MEE],
      ['ronde:sluit', (c) => ({ rondeId: c.stem }), FAC],
      ['ronde:onthul', (c) => ({ rondeId: c.prive }), FAC],
      ['hand:op', () => ({}), MEE],
      ['hand:neer', () => ({}), MEE],
      ['klaar:zet', () => ({ klaar: true }), MEE],
      ['volg:zet', () => ({ aan: false }), FAC],
      ['loting:trek', () => ({ aantal: 1 }), FAC],
      ['werkvorm:zet', () => ({ werkvorm: 'afsluiting', waarden: { reflectieRonde: null } }), FAC],
    ];
    const kern = (t: any) => JSON.stringify({ w: t.werkvorm, s: t.stap, v: t.volgMij, l: t.loting, ws: t.werkvormen, r: t.rondes.map((x: any) => [x.id, x.status]) });
    for (const a of ['deelnemerA', 'waarnemerA', 'cobegeleiderA', 'begeleiderA'] as const) {
      // Fresh rounds and a running timer, so a wrongly allowed event would visibly succeed.
      const prive = await bea2.emitAck('ronde:open', { soort: 'prive', titel: `voor ${a}` });
      const stem = await bea2.emitAck('ronde:open', { soort: 'stemmen', titel: `stem ${a}`, opties: ['x', 'y'], budget: 2 });
      expect((await bea2.emitAck('timer:start', { seconden: 600 })).ok).toBe(true);
      await sleep(100);
      const ctx: Ctx = { prive: String(prive.rondeId), stem: String(stem.rondeId) };
      for (const [event, body, mag] of events) {
        const voor = kern(bea2.toestand());
        const ack: Ack = await kamers[a].emitAck(event, body(ctx), 3_000).catch((e: Error): Ack => ({ geenAck: e.message }));
        const cel = `${a} × ${event} → ${JSON.stringify(ack).slice(0, 120)}`;
        if ('geenAck' in ack) fouten.push(`no answer at all: ${cel}`);
        else if (mag.includes(a)) {
          if (ack.ok !== true) fouten.push(`expected ok: ${cel}`);
          // An allowed facilitator uses its own rounds from here on.
          if (event === 'ronde:open' && ack.ok) ctx.prive = String(ack.rondeId);
        } else {
          if (ack.ok === true || nietNederlands(ack.error) !== null) fouten.push(`expected a Dutch refusal: ${cel}`);
          await sleep(50);
          if (FAC.includes(a) === false && kern(bea2.toestand()) !== voor) fouten.push(`a refused event changed the room: ${cel}`);
        }
      }
    }
    expect(fouten).toEqual([]);
  }, 60_000);
});
