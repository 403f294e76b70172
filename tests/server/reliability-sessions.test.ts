import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  parseSetCookie,
  rawUpgrade,
  setupBegeleider,
  tokenUit,
  type ApiResponse,
  type Begeleider,
  type NieuwTraject,
} from '../helpers/clients';
import { expectFout } from '../helpers/asserts';

/**
 * Sessions, join-link rotation and security headers (issue 8).
 * Reproduce: `npx vitest run --project server tests/server/reliability-sessions.test.ts`
 */

/** Every Set-Cookie of an answer: HttpOnly, SameSite Lax/Strict, Path=/, and Secure exactly when `secure`. */
function expectVeiligeCookies(res: ApiResponse, secure: boolean, wat: string) {
  expect(res.setCookies.length, `${wat}: sets a cookie`).toBeGreaterThan(0);
  for (const regel of res.setCookies) {
    const c = parseSetCookie(regel);
    expect(c.attributes.get('httponly'), `${wat}: ${regel}`).toBe(true);
    expect(String(c.attributes.get('samesite')).toLowerCase(), `${wat}: ${regel}`).toMatch(/^(lax|strict)$/);
    expect(c.attributes.get('path'), `${wat}: ${regel}`).toBe('/');
    expect(c.attributes.has('secure'), `${wat}: Secure in ${regel}`).toBe(secure);
  }
}

async function cookieRonde(server: TestServer, secure: boolean) {
  const anon = api(server.url);
  const setup = await anon.post('/api/setup', { naam: 'Sam Sessie', email: `sam-${randomUUID().slice(0, 6)}@voorbeeld.nl`, wachtwoord: 'sessie-wachtwoord-1' });
  expect(setup.status, setup.text).toBe(201);
  expectVeiligeCookies(setup, secure, 'setup');
  const email = setup.json.email as string;
  const login = await api(server.url).post('/api/auth/login', { email, wachtwoord: 'sessie-wachtwoord-1' });
  expectVeiligeCookies(login, secure, 'login');
  const t = await nieuwTraject(anon);
  const deelnemer = await api(server.url).post(`/api/join/${t.joinToken}`, { naam: 'D', organisatie: 'O' });
  expectVeiligeCookies(deelnemer, secure, 'join as participant');
  const waarnemer = await api(server.url).post(`/api/join/${t.waarnemerToken}`, { naam: 'W', organisatie: 'O' });
  expectVeiligeCookies(waarnemer, secure, 'join as observer');
  const u = await anon.post(`/api/trajecten/${t.id}/uitnodigingen`, {});
  const nieuw = await api(server.url).post(`/api/uitnodigingen/${tokenUit(u.json.url)}`, { naam: 'C', email: `c-${randomUUID().slice(0, 6)}@voorbeeld.nl`, wachtwoord: 'collega-wachtwoord-1' });
  expectVeiligeCookies(nieuw, secure, 'invitation with a new account');
  const uit = await anon.post('/api/auth/logout', {});
  expectVeiligeCookies(uit, secure, 'logout');
  return t;
}

describe('sessions, join links and headers', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let bijeenkomst: string;

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { titel: 'Sessies en koppen' });
    bijeenkomst = await nieuweBijeenkomst(bea.api, traject.id);
  });

  afterAll(async () => {
    await server?.dispose();
  });

  it('over plain HTTP (no PUBLIC_URL) every cookie is HttpOnly, SameSite and Path=/, without Secure', async () => {
    const s = await startServer();
    try {
      await cookieRonde(s, false);
    } finally {
      await s.dispose();
    }
  });

  it('behind HTTPS (PUBLIC_URL=https://…) every cookie is also Secure, and links use the public address', async () => {
    const s = await startServer({ env: { PUBLIC_URL: 'https://leerbord.gemeente.example/' } });
    try {
      const t = await cookieRonde(s, true);
      expect(t.joinUrl).toMatch(/^https:\/\/leerbord\.gemeente\.example\/join\/[A-Za-z0-9_-]+$/);
      expect(t.waarnemerUrl).toMatch(/^https:\/\/leerbord\.gemeente\.example\/join\//);
    } finally {
      await s.dispose();
    }
  });

  it('logout ends only that session, on the server, including its open room connection', async () => {
    const een = api(server.url);
    const twee = api(server.url);
    for (const c of [een, twee]) expect((await c.post('/api/auth/login', { email: bea.email, wachtwoord: bea.wachtwoord })).status).toBe(200);
    const oud = een.cookie();
    const kamer = kamerClient(server.url, bijeenkomst, oud);
    await kamer.ready();
    expect((await kamer.emitAck('werkvorm:kies', { werkvorm: 'opening' })).ok).toBe(true);

    const uit = await een.post('/api/auth/logout', {});
    expect(uit.status).toBe(200);
    // The other session of the same account goes on.
    expect((await twee.get('/api/me')).json.begeleider?.email).toBe(bea.email);
    // The logged-out token is dead everywhere: API, Yjs upgrade, socket.io connect.
    expect((await api(server.url, oud).get('/api/me')).json).toEqual({ begeleider: null });
    expectFout(await api(server.url, oud).get(`/api/trajecten/${traject.id}`), [401], 'API with a logged-out session');
    const up = await rawUpgrade(server.url, `traject:${traject.id}`, oud);
    expect(up.opened).toBe(false);
    // …and the room connection it had open may no longer steer the room.
    const na = await kamer.emitAck('werkvorm:kies', { werkvorm: 'afsluiting' }, 3_000).catch(() => ({ verbroken: true }));
    const weg = 'verbroken' in na || !kamer.socket.connected || na.ok !== true;
    expect(weg, `an open facilitator connection still steers the room after logout: ${JSON.stringify(na)}`).toBe(true);
    kamer.close();
  });

  it('rotating the join link locks the old link out for new joins; people already in stay in', async () => {
    const binnen = await joinVolledig(server.url, traject.joinToken, 'Al Binnen', 'Gemeente', 'beleid');
    const oudJoin = traject.joinToken;
    const oudWaarnemer = traject.waarnemerToken;

    const r1 = await bea.api.post(`/api/trajecten/${traject.id}/join-link`, {});
    expect(r1.status, r1.text).toBe(200);
    const nieuw = tokenUit(r1.json.url);
    expect(nieuw).not.toBe(oudJoin);
    expect(nieuw.length).toBeGreaterThanOrEqual(22);
    expectFout(await api(server.url).get(`/api/join/${oudJoin}`), [404, 410], 'GET the old join link');
    expectFout(await api(server.url).post(`/api/join/${oudJoin}`, { naam: 'Te Laat', organisatie: 'X' }), [404, 410], 'POST the old join link');
    expect((await api(server.url).get(`/api/join/${nieuw}`)).json).toMatchObject({ trajectId: traject.id, soort: 'deelnemer' });
    expect((await api(server.url).post(`/api/join/${nieuw}`, { naam: 'Met Nieuwe Link', organisatie: 'X' })).status).toBe(200);
    // The observer link is another link and keeps working.
    expect((await api(server.url).get(`/api/join/${oudWaarnemer}`)).json).toMatchObject({ soort: 'waarnemer' });
    // Who is in stays in.
    expect((await binnen.api.get(`/api/trajecten/${traject.id}`)).status).toBe(200);
    expect(await rawUpgrade(server.url, `traject:${traject.id}`, binnen.cookie)).toEqual({ opened: true });
    // The traject shows the new link.
    expect(new URL((await bea.api.get(`/api/trajecten/${traject.id}`)).json.joinUrl).pathname).toBe(`/join/${nieuw}`);

    // The observer link rotates on its own; the participant link stays.
    const r2 = await bea.api.post(`/api/trajecten/${traject.id}/join-link`, { soort: 'waarnemer' });
    const nieuwWaarnemer = tokenUit(r2.json.url);
    expectFout(await api(server.url).get(`/api/join/${oudWaarnemer}`), [404, 410], 'old observer link');
    expect((await api(server.url).get(`/api/join/${nieuwWaarnemer}`)).json).toMatchObject({ soort: 'waarnemer' });
    expect((await api(server.url).get(`/api/join/${nieuw}`)).status).toBe(200);

    // A second rotation kills the first new link too.
    const r3 = await bea.api.post(`/api/trajecten/${traject.id}/join-link`, { soort: 'deelnemer' });
    expectFout(await api(server.url).get(`/api/join/${nieuw}`), [404, 410], 'the link of the first rotation');
    expect((await api(server.url).get(`/api/join/${tokenUit(r3.json.url)}`)).status).toBe(200);
    traject = { ...traject, joinToken: tokenUit(r3.json.url), waarnemerToken: nieuwWaarnemer };
    const audit = (await bea.api.get(`/api/trajecten/${traject.id}/audit`)).json.audit as { actie: string; details: Record<string, unknown> }[];
    expect(audit.filter((a) => a.actie === 'link vernieuwd')).toHaveLength(3);
  });

  const BRON = /^('self'|'none'|'unsafe-inline'|'strict-dynamic'|'report-sample'|'unsafe-hashes'|'wasm-unsafe-eval'|'nonce-[^']+'|'sha(256|384|512)-[^']+'|data:|blob:)$/;

  function controleerKoppen(res: Response, wat: string, problemen: string[]) {
    const csp = res.headers.get('content-security-policy');
    if (!csp) {
      problemen.push(`${wat}: no Content-Security-Policy`);
    } else {
      const richtlijnen = new Map(
        csp
          .split(';')
          .map((d) => d.trim())
          .filter(Boolean)
          .map((d) => {
            const [naam = '', ...bronnen] = d.split(/\s+/);
            return [naam.toLowerCase(), bronnen] as const;
          }),
      );
      for (const [naam, bronnen] of richtlijnen) {
        if (['upgrade-insecure-requests', 'block-all-mixed-content', 'sandbox', 'report-uri', 'report-to', 'require-trusted-types-for', 'trusted-types'].includes(naam)) continue;
        for (const b of bronnen) if (!BRON.test(b)) problemen.push(`${wat}: CSP ${naam} allows "${b}" (a third-party or wildcard source)`);
        if (bronnen.includes("'unsafe-eval'")) problemen.push(`${wat}: CSP ${naam} has 'unsafe-eval' in production`);
      }
      if (!richtlijnen.has('default-src')) problemen.push(`${wat}: CSP without default-src`);
      const fa = richtlijnen.get('frame-ancestors');
      if (!fa || !(fa.join(' ') === "'none'" || fa.join(' ') === "'self'")) problemen.push(`${wat}: CSP frame-ancestors is ${JSON.stringify(fa)}`);
      if (!richtlijnen.has('object-src') && !(richtlijnen.get('default-src') ?? []).includes("'none'")) problemen.push(`${wat}: no object-src`);
    }
    if (res.headers.get('x-content-type-options')?.toLowerCase() !== 'nosniff') problemen.push(`${wat}: X-Content-Type-Options is ${res.headers.get('x-content-type-options')}`);
    const rp = res.headers.get('referrer-policy') ?? '';
    if (!/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/.test(rp)) problemen.push(`${wat}: Referrer-Policy is "${rp}"`);
  }

  it('every page, API answer and static file carries the security headers: CSP without third parties or unsafe-eval, nosniff, Referrer-Policy, frame-ancestors', async () => {
    const afgesloten = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Verslag' });
    await bea.api.post(`/api/bijeenkomsten/${afgesloten}/afsluiten`, {});
    const u = await bea.api.post(`/api/trajecten/${traject.id}/uitnodigingen`, {});
    const paginas = [
      '/',
      '/login',
      '/setup',
      '/trajecten',
      '/trajecten/nieuw',
      `/trajecten/${traject.id}`,
      `/bijeenkomsten/${bijeenkomst}`,
      `/bijeenkomsten/${afgesloten}/verslag`,
      `/join/${traject.joinToken}`,
      `/uitnodiging/${tokenUit(u.json.url)}`,
      '/deze-pagina-bestaat-niet',
      '/api/health',
      '/api/bestaat-niet',
      `/api/trajecten/${traject.id}`,
      `/api/bijeenkomsten/${afgesloten}/verslag?format=pdf`,
    ];
    const problemen: string[] = [];
    const statisch = new Set<string>();
    for (const pad of paginas) {
      for (const cookie of [bea.cookie, undefined]) {
        const res = await fetch(server.url + pad, { headers: cookie ? { cookie } : {}, redirect: 'manual' });
        const wat = `${pad} (${cookie ? 'facilitator' : 'anonymous'}, ${res.status})`;
        if (res.status >= 500) problemen.push(`${wat}: server error`);
        controleerKoppen(res, wat, problemen);
        const html = await res.text();
        for (const m of html.matchAll(/(?:src|href)="(\/_next\/static\/[^"]+)"/g)) statisch.add(m[1] ?? '');
      }
    }
    expect(statisch.size, 'found static files in the pages').toBeGreaterThan(0);
    for (const pad of [...statisch].slice(0, 30).concat(['/icon.svg'])) {
      const res = await fetch(server.url + pad);
      await res.arrayBuffer();
      controleerKoppen(res, `${pad} (${res.status})`, problemen);
    }
    expect(problemen).toEqual([]);
  });
});
