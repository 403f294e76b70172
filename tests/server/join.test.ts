import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nieuweBijeenkomst,
  nieuwTraject,
  parseSetCookie,
  setupBegeleider,
  sleep,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
} from '../helpers/clients';
import { expectFout } from '../helpers/asserts';

/** Joining a traject by link (DESIGN §5 Auth and stable contracts, docs/api.md). */
describe('joining a traject', () => {
  let server: TestServer;
  let bea: Begeleider;
  let traject: NieuwTraject;
  let ander: NieuwTraject;
  const sockets: KamerClient[] = [];

  beforeAll(async () => {
    server = await startServer();
    bea = await setupBegeleider(server.url);
    traject = await nieuwTraject(bea.api, { titel: 'Leernetwerk Zelfstandigen', type: 'leernetwerk', thema: 'Zelfstandigen en schulden' });
    ander = await nieuwTraject(bea.api, { titel: 'Andere werkplaats' });
  });
  afterAll(async () => {
    for (const s of sockets) s.close();
    await server?.dispose();
  });

  /** At least 128 bits: 22 base64url characters, or 32 hex ones. */
  function expectSterkToken(token: string, wat: string) {
    expect(token, `${wat} is url-safe`).toMatch(/^[A-Za-z0-9_-]+$/);
    if (/^[0-9a-f]+$/i.test(token)) expect(token.length, `${wat} (hex) length`).toBeGreaterThanOrEqual(32);
    else expect(token.length, `${wat} length`).toBeGreaterThanOrEqual(22);
  }

  it('joinUrl is absolute on the request host, ends in /join/<token> with ≥128 bits; tokens differ per traject and per role', () => {
    for (const t of [traject, ander]) {
      const u = new URL(t.joinUrl);
      expect(`${u.protocol}//${u.host}`).toBe(server.url);
      expect(u.pathname).toMatch(/^\/join\/[A-Za-z0-9_-]+$/);
      expectSterkToken(t.joinToken, 'join token');
      expectSterkToken(t.waarnemerToken, 'observer token');
    }
    const alle = [traject.joinToken, traject.waarnemerToken, ander.joinToken, ander.waarnemerToken];
    expect(new Set(alle).size).toBe(4);
  });

  it('GET /api/join/:token describes the traject and the kind of link', async () => {
    const d = await api(server.url).get(`/api/join/${traject.joinToken}`);
    expect(d.status).toBe(200);
    expect(d.json).toEqual({ trajectId: traject.id, trajectTitel: 'Leernetwerk Zelfstandigen', type: 'leernetwerk', soort: 'deelnemer' });
    const w = await api(server.url).get(`/api/join/${traject.waarnemerToken}`);
    expect(w.json).toMatchObject({ trajectId: traject.id, soort: 'waarnemer' });
    // a near-miss token is unknown
    const bijna = traject.joinToken.slice(0, -1) + (traject.joinToken.endsWith('A') ? 'B' : 'A');
    expectFout(await api(server.url).get(`/api/join/${bijna}`), [404], 'altered token');
  });

  it('POST /api/join sets an HttpOnly, SameSite=Lax cookie named for the traject; bijeenkomstId null without bijeenkomsten', async () => {
    const d = await joinVolledig(server.url, traject.joinToken, 'Ayse Demir', 'Gemeente Utrecht', 'uitvoering');
    expect(d.response.json).toEqual({ trajectId: traject.id, bijeenkomstId: null });
    const cookies = d.response.setCookies.map(parseSetCookie);
    const c = cookies.find((x) => x.name === `lb_p_${traject.id}`);
    expect(c, `Set-Cookie: ${d.response.setCookies.join(' | ')}`).toBeDefined();
    expect(c?.attributes.get('httponly')).toBe(true);
    expect(String(c?.attributes.get('samesite')).toLowerCase()).toBe('lax');
    expect(c?.value).toMatch(/^[^.]+\..+$/);
    // no facilitator session for a participant
    expect(cookies.some((x) => x.name === 'lb_sessie' && x.value !== '')).toBe(false);
    expect((await d.api.get('/api/me')).json).toEqual({ begeleider: null });
  });

  it('POST /api/join answers the live bijeenkomst, else the next planned one; rol defaults to anders', async () => {
    const later = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-09-01T09:00:00.000Z', intentie: 'Later' });
    const eerder = await nieuweBijeenkomst(bea.api, traject.id, { datum: '2030-03-01T09:00:00.000Z', intentie: 'Eerder' });
    const d = await joinVolledig(server.url, traject.joinToken, 'Zonder Rol', 'Cliëntenraad');
    expect(d.bijeenkomstId).toBe(eerder);

    const fac = kamerClient(server.url, later, bea.cookie);
    sockets.push(fac);
    await fac.ready();
    expect((await fac.emitAck('werkvorm:kies', { werkvorm: 'opening' })).ok).toBe(true);
    const live = await joinVolledig(server.url, traject.joinToken, 'Laatkomer', 'Werkgever', 'management');
    expect(live.bijeenkomstId).toBe(later);
    fac.close();

    const t = await bea.api.get(`/api/trajecten/${traject.id}`);
    const zonder = t.json.deelnemers.find((p: { naam: string }) => p.naam === 'Zonder Rol');
    expect(zonder).toMatchObject({ organisatie: 'Cliëntenraad', rol: 'anders', soort: 'deelnemer' });
  });

  it('a participant reads the traject without joinUrl/waarnemerUrl or any token; the facilitator gets them', async () => {
    const d = await joinVolledig(server.url, traject.joinToken, 'Bram de Vries', 'Kredietbank', 'beleid');
    const res = await d.api.get(`/api/trajecten/${traject.id}`);
    expect(res.status).toBe(200);
    expect(res.json.id).toBe(traject.id);
    expect(res.json).not.toHaveProperty('joinUrl');
    expect(res.json).not.toHaveProperty('waarnemerUrl');
    expect(res.text).not.toContain(traject.joinToken);
    expect(res.text).not.toContain(traject.waarnemerToken);
    expect(res.json.ik).toMatchObject({ naam: 'Bram de Vries', soort: 'deelnemer' });

    const w = await joinVolledig(server.url, traject.waarnemerToken, 'Wim Waarnemer', 'Provincie');
    const wres = await w.api.get(`/api/trajecten/${traject.id}`);
    expect(wres.status).toBe(200);
    expect(wres.text).not.toContain(traject.joinToken);
    expect(wres.text).not.toContain(traject.waarnemerToken);
    expect(wres.json.ik).toMatchObject({ soort: 'waarnemer' });

    const f = await bea.api.get(`/api/trajecten/${traject.id}`);
    expect(f.json.joinUrl).toBe(traject.joinUrl);
    expect(f.json.waarnemerUrl).toBe(traject.waarnemerUrl);
    expect(f.json.ik).toMatchObject({ soort: 'begeleider' });
  });

  it("another traject's participant gets 403 on this traject and its bijeenkomsten", async () => {
    const bk = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Alleen voor eigen deelnemers' });
    const buiten = await joinVolledig(server.url, ander.joinToken, 'Carla Buiten', 'Ander', 'uitvoering');
    expect((await buiten.api.get(`/api/trajecten/${ander.id}`)).status).toBe(200);
    expectFout(await buiten.api.get(`/api/trajecten/${traject.id}`), [403], "foreign participant GET traject");
    expectFout(await buiten.api.get(`/api/bijeenkomsten/${bk}`), [403], "foreign participant GET bijeenkomst");
    // renaming the cookie to the other traject does not help: it is signed for a person of the other traject
    const [, waarde] = buiten.cookie.split('=');
    const vervalst = api(server.url, `lb_p_${traject.id}=${waarde ?? ''}`);
    const res = await vervalst.get(`/api/trajecten/${traject.id}`);
    expect([401, 403]).toContain(res.status);
  });

  it('a participant of both trajecten holds two cookies and may read both', async () => {
    const een = await joinVolledig(server.url, traject.joinToken, 'Dubbel Lid', 'Gemeente', 'beleid');
    const tweede = await een.api.post(`/api/join/${ander.joinToken}`, { naam: 'Dubbel Lid', organisatie: 'Gemeente', rol: 'beleid' });
    expect(tweede.status).toBe(200);
    expect(een.api.jar.has(`lb_p_${traject.id}`)).toBe(true);
    expect(een.api.jar.has(`lb_p_${ander.id}`)).toBe(true);
    expect((await een.api.get(`/api/trajecten/${traject.id}`)).status).toBe(200);
    expect((await een.api.get(`/api/trajecten/${ander.id}`)).status).toBe(200);
  });

  it('POST /api/join refuses bad input with a Dutch 400', async () => {
    for (const body of [
      {},
      { naam: '', organisatie: 'X' },
      { naam: 'X' },
      { naam: 'X', organisatie: 'Y', rol: 'koning' },
      { naam: 'X'.repeat(10_000), organisatie: 'Y' },
    ]) {
      expectFout(await api(server.url).post(`/api/join/${traject.joinToken}`, body), [400, 413], `join ${JSON.stringify(body).slice(0, 60)}`);
    }
  });

  it('the joined participant appears in kamer:toestand aanwezigen (naam, organisatie, rol, online) and goes offline on disconnect', async () => {
    const bk = await nieuweBijeenkomst(bea.api, traject.id, { intentie: 'Aanwezigheid' });
    const fac = kamerClient(server.url, bk, bea.cookie);
    sockets.push(fac);
    await fac.ready();
    const d = await joinVolledig(server.url, traject.joinToken, 'Esra Ervaring', 'Stichting Ervaringsdeskundigen', 'ervaringsdeskundige');
    const p = kamerClient(server.url, bk, d.cookie);
    sockets.push(p);
    await p.ready();
    const ik = p.ik();
    expect(ik).toMatchObject({ naam: 'Esra Ervaring', soort: 'deelnemer' });

    const metEsra = await fac.waitForToestand(
      (t) => t.aanwezigen.some((a: { id: string; online: boolean }) => a.id === ik?.id && a.online),
      5_000,
      'Esra online',
    );
    expect(metEsra.aanwezigen.find((a: { id: string }) => a.id === ik?.id)).toEqual({
      id: ik?.id,
      naam: 'Esra Ervaring',
      organisatie: 'Stichting Ervaringsdeskundigen',
      rol: 'ervaringsdeskundige',
      soort: 'deelnemer',
      online: true,
    });
    // The participant sees themself too.
    await p.waitForToestand((t) => t.aanwezigen.some((a: { id: string }) => a.id === ik?.id), 5_000, 'self in aanwezigen');

    p.close();
    const zonder = await fac.waitForToestand(
      (t) => t.aanwezigen.some((a: { id: string; online: boolean }) => a.id === ik?.id && !a.online),
      5_000,
      'Esra offline after disconnect',
    );
    expect(zonder.aanwezigen.find((a: { id: string }) => a.id === ik?.id)).toMatchObject({ naam: 'Esra Ervaring', online: false });

    // Two tabs of one person: online until the last one closes.
    const tab1 = kamerClient(server.url, bk, d.cookie);
    const tab2 = kamerClient(server.url, bk, d.cookie);
    sockets.push(tab1, tab2);
    await Promise.all([tab1.ready(), tab2.ready()]);
    await fac.waitForToestand((t) => t.aanwezigen.some((a: { id: string; online: boolean }) => a.id === ik?.id && a.online), 5_000, 'online again');
    expect(fac.toestand().aanwezigen.filter((a: { id: string }) => a.id === ik?.id)).toHaveLength(1);
    tab1.close();
    await sleep(300);
    await tab2.emitAck('klaar:zet', { klaar: false });
    expect(fac.toestand().aanwezigen.find((a: { id: string }) => a.id === ik?.id)?.online).toBe(true);
    tab2.close();
    await fac.waitForToestand((t) => t.aanwezigen.some((a: { id: string; online: boolean }) => a.id === ik?.id && !a.online), 5_000, 'offline after last tab');
  });

  // Last in this file: it uses up this address's join budget.
  it('joining is rate limited (a Dutch 429) without affecting existing participants', async () => {
    const bestaand = await joinVolledig(server.url, ander.joinToken, 'Vroege Vogel', 'Gemeente', 'beleid');
    let geweigerd: Awaited<ReturnType<ReturnType<typeof api>['post']>> | undefined;
    for (let i = 0; i < 1000 && !geweigerd; i++) {
      const res = await api(server.url).post(`/api/join/${ander.joinToken}`, { naam: `Massa ${i}`, organisatie: 'Congres' });
      if (res.status === 429) geweigerd = res;
      else expect(res.status).toBe(200);
    }
    expect(geweigerd, 'no 429 within 1000 joins in a minute from one address').toBeDefined();
    if (geweigerd) expectFout(geweigerd, [429], 'rate-limited join');
    expect((await bestaand.api.get(`/api/trajecten/${ander.id}`)).status).toBe(200);
  });
});
