import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from '../helpers/server';
import { api, parseSetCookie } from '../helpers/clients';
import { expectFout } from '../helpers/asserts';

/** Health, first-run setup, login and /api/me (DESIGN §5 stable contracts). */
describe('health, setup and login', () => {
  let server: TestServer;
  const gegevens = { naam: 'Bea Begeleider', email: 'bea@voorbeeld.nl', wachtwoord: 'een-lang-wachtwoord-123' };

  beforeAll(async () => {
    server = await startServer();
  });
  afterAll(async () => {
    await server?.dispose();
  });

  it('GET /api/health answers 200 {ok:true} as JSON', async () => {
    const res = await api(server.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type') ?? '').toMatch(/^application\/json/);
    expect(res.json).toEqual({ ok: true });
  });

  it('GET /api/setup says a first facilitator is needed', async () => {
    const res = await api(server.url).get('/api/setup');
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ nodig: true });
  });

  it('POST /api/setup refuses a short password before anyone exists', async () => {
    const res = await api(server.url).post('/api/setup', { ...gegevens, wachtwoord: 'kort' });
    expectFout(res, [400, 422], 'setup with a 4-character password');
    const again = await api(server.url).get('/api/setup');
    expect(again.json).toEqual({ nodig: true });
  });

  it('POST /api/setup creates the first facilitator: 201 + HttpOnly session cookie', async () => {
    const client = api(server.url);
    const res = await client.post('/api/setup', gegevens);
    expect(res.status, res.text).toBe(201);
    expect(res.json).toMatchObject({ naam: gegevens.naam, email: gegevens.email });
    expect(typeof res.json.id).toBe('string');
    expect(res.text).not.toContain(gegevens.wachtwoord);
    expect(JSON.stringify(res.json)).not.toMatch(/wachtwoord|hash|salt/i);

    const sessie = res.setCookies.map(parseSetCookie).find((c) => c.name === 'lb_sessie');
    expect(sessie, `Set-Cookie: ${res.setCookies.join(' | ')}`).toBeDefined();
    expect(sessie?.attributes.get('httponly')).toBe(true);
    expect(String(sessie?.attributes.get('samesite')).toLowerCase()).toBe('lax');

    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.json).toEqual({ begeleider: { id: res.json.id, naam: gegevens.naam, email: gegevens.email } });
  });

  it('a second POST /api/setup answers 409 with a Dutch error', async () => {
    const res = await api(server.url).post('/api/setup', {
      naam: 'Indringer',
      email: 'indringer@voorbeeld.nl',
      wachtwoord: 'nog-een-lang-wachtwoord',
    });
    expectFout(res, [409], 'second setup');
    expect(res.setCookies.map(parseSetCookie).some((c) => c.name === 'lb_sessie' && c.value !== '')).toBe(false);
    const setup = await api(server.url).get('/api/setup');
    expect(setup.json).toEqual({ nodig: false });
  });

  it('POST /api/auth/login with the right password: 200 + session cookie', async () => {
    const client = api(server.url);
    const res = await client.post('/api/auth/login', { email: gegevens.email, wachtwoord: gegevens.wachtwoord });
    expect(res.status, res.text).toBe(200);
    expect(res.json).toMatchObject({ naam: gegevens.naam, email: gegevens.email });
    expect(client.jar.has('lb_sessie')).toBe(true);
    const me = await client.get('/api/me');
    expect(me.json?.begeleider).toMatchObject({ naam: gegevens.naam, email: gegevens.email });
  });

  it('POST /api/auth/login with a wrong password or unknown e-mail: 401, no session', async () => {
    for (const body of [
      { email: gegevens.email, wachtwoord: 'verkeerd-wachtwoord-xx' },
      { email: 'niemand@voorbeeld.nl', wachtwoord: gegevens.wachtwoord },
    ]) {
      const client = api(server.url);
      const res = await client.post('/api/auth/login', body);
      expectFout(res, [401], `login ${body.email}`);
      expect(client.jar.get('lb_sessie') ?? '').toBe('');
      const me = await client.get('/api/me');
      expect(me.json).toEqual({ begeleider: null });
    }
  });

  it('GET /api/me without a cookie or with a forged one gives {begeleider:null}', async () => {
    const anon = await api(server.url).get('/api/me');
    expect(anon.status).toBe(200);
    expect(anon.json).toEqual({ begeleider: null });
    const forged = await api(server.url, 'lb_sessie=vervalst.abc').get('/api/me');
    expect(forged.status).toBe(200);
    expect(forged.json).toEqual({ begeleider: null });
  });

  it('POST /api/auth/logout ends the session (also server-side)', async () => {
    const client = api(server.url);
    await client.post('/api/auth/login', { email: gegevens.email, wachtwoord: gegevens.wachtwoord });
    const stolen = client.cookie();
    const out = await client.post('/api/auth/logout', {});
    expect(out.status).toBe(200);
    expect(out.json).toEqual({ ok: true });
    expect((await client.get('/api/me')).json).toEqual({ begeleider: null });
    // the old cookie value is revoked, not just cleared in this jar
    const replay = await api(server.url, stolen).get('/api/me');
    expect(replay.json).toEqual({ begeleider: null });
  });

  it('login is rate limited per e-mail address with a Dutch 429', async () => {
    const statussen: number[] = [];
    let laatste = undefined as Awaited<ReturnType<ReturnType<typeof api>['post']>> | undefined;
    for (let i = 0; i < 30 && !statussen.includes(429); i++) {
      laatste = await api(server.url).post('/api/auth/login', { email: 'raden@voorbeeld.nl', wachtwoord: `poging-nummer-${i}` });
      statussen.push(laatste.status);
    }
    expect(statussen, 'no 429 within 30 wrong passwords').toContain(429);
    if (laatste) expectFout(laatste, [429], 'rate-limited login');
    // another address is not affected
    const ander = await api(server.url).post('/api/auth/login', { email: gegevens.email, wachtwoord: gegevens.wachtwoord });
    expect(ander.status).toBe(200);
  });
});
