import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, startServer, type TestServer } from '../helpers/server';
import {
  api,
  joinVolledig,
  kamerClient,
  nietNederlands,
  nieuweBijeenkomst,
  nieuwTraject,
  setupBegeleider,
  sleep,
  tokenUit,
  waitFor,
  yjsClient,
  type Begeleider,
  type KamerClient,
  type NieuwTraject,
} from '../helpers/clients';
import { openOpslag } from '../helpers/opslag';
import { rawKamer, rawYjs, type RawKamer, type RawYjs } from '../helpers/rawclients';
import { rng, seedFromEnv, type Rng } from '../helpers/seeded';
import { KamerToestand } from '../../lib/protocol';
import { KamerState } from '../../lib/kamer/schema';

/**
 * Hostile input (issue 8): a seeded generator sends thousands of malformed,
 * truncated, oversized and wrong-typed messages to every API route, every
 * socket.io event and the Yjs websocket. The server must never crash, never
 * answer 5xx, answer refusals in Dutch, and the stored data must stay valid:
 * the file sound, every room state parsing, every Yjs room loading — also
 * after a restart.
 *
 * Reproduce: `SEED=<n> npx vitest run --project server tests/server/reliability-fuzz.test.ts`
 * (API_CASES, IO_CASES, YJS_CASES change the counts).
 */

const SEED = seedFromEnv(0xf022);
const API_CASES = Number(process.env.API_CASES ?? 2500);
const IO_CASES = Number(process.env.IO_CASES ?? 2000);
const RAW_IO_CASES = Number(process.env.RAW_IO_CASES ?? 400);
const YJS_CASES = Number(process.env.YJS_CASES ?? 2000);
const BUDGET_MS = 45_000;

const WERKVORMEN = ['opening', 'vraagstuk', 'nulmeting', 'actieleren', 'klantreis', 'speerpunten', 'vrij-bord', 'afsluiting'];
/** What a Cookie header can carry at all (fetch sends headers as Latin-1; no ';' inside a value). */
const COOKIE_ALFABET = 'abcXYZ019.%=_-+/!$*()\'"<>[]{}\\';
const ALFABET = 'abcXYZ019 éëü€🙂<>"\'\\/%&;:{}[]\u0000\u0007\u202e\uffff';

/** A random JSON-ish value: the wrong type, the wrong size, the wrong shape. */
function waarde(r: Rng, diepte = 0): unknown {
  const k = r.int(0, diepte > 3 ? 6 : 10);
  switch (k) {
    case 0:
      return null;
    case 1:
      return r.chance(0.5);
    case 2:
      return r.pick([0, -1, 1, 1.5, 2 ** 31, 2 ** 53 + 1, -1e308, 1e308, 49, 50, 51, 199, 200]);
    case 3:
      return r.string(r.int(0, 40), ALFABET);
    case 4:
      return r.pick(['', ' ', 'opening', 'prive', 'stemmen', 'deelnemer', 'waarnemer', '2030-01-01', '2030-01-01T10:00:00Z', '__proto__', 'constructor']);
    case 5:
      return r.chance(0.05) ? 'x'.repeat(r.int(10_000, 300_000)) : r.string(r.int(100, 3000), ALFABET);
    case 6:
      return r.pick(WERKVORMEN);
    case 7:
    case 8:
      return Array.from({ length: r.int(0, 5) }, () => waarde(r, diepte + 1));
    default: {
      const o: Record<string, unknown> = {};
      for (let i = r.int(0, 5); i > 0; i--) o[r.pick(['a', 'naam', 'titel', 'tekst', '__proto__', 'constructor', 'toString', r.string(r.int(1, 8))])] = waarde(r, diepte + 1);
      return o;
    }
  }
}

/** A UUID-shaped id from the seeded generator. */
const uuid = (r: Rng) => [8, 4, 4, 4, 12].map((n) => r.string(n, '0123456789abcdef')).join('-');

/** Takes a valid body and breaks it in one of many ways (nesting up to `maxDiepte` levels). */
function muteer(r: Rng, geldig: Record<string, unknown>, maxDiepte = 3000): unknown {
  const o: Record<string, unknown> = { ...geldig };
  const keys = Object.keys(o);
  switch (r.int(0, 9)) {
    case 0:
      return o;
    case 1:
      if (keys.length) delete o[r.pick(keys)];
      return o;
    case 2:
    case 3:
      if (keys.length) o[r.pick(keys)] = waarde(r);
      return o;
    case 4:
      o[r.string(r.int(1, 10))] = waarde(r);
      return o;
    case 5:
      return waarde(r);
    case 6:
      for (const k of keys) if (r.chance(0.5)) o[k] = waarde(r);
      return o;
    case 7: {
      // Deep nesting in one field.
      let v: unknown = 'diep';
      for (let i = r.int(Math.min(100, maxDiepte), maxDiepte); i > 0; i--) v = [v];
      if (keys.length) o[r.pick(keys)] = v;
      return o;
    }
    default:
      return [o];
  }
}

/** The body as text: JSON, truncated JSON, garbage, or a huge one. */
function bodyTekst(r: Rng, v: unknown): string | Uint8Array<ArrayBuffer> {
  const json = JSON.stringify(v) ?? 'null';
  switch (r.int(0, 12)) {
    case 0:
      return json.slice(0, r.int(0, json.length));
    case 1:
      return r.string(r.int(0, 200), ALFABET);
    case 2:
      return '';
    case 3:
      return '['.repeat(r.int(1000, 100_000));
    case 4:
      return new Uint8Array(r.bytes(r.int(1, 500)));
    case 5:
      return r.chance(0.2) ? `{"tekst":"${'y'.repeat(1_100_000)}"}` : json;
    default:
      return json;
  }
}

const markdown = (r: Rng) =>
  Array.from({ length: r.int(1, 60) }, () =>
    r.pick([
      '# Kop',
      '## ' + r.string(r.int(0, 300), ALFABET),
      '### ',
      '| a | b |',
      '|---|---|---|',
      '| ' + r.string(r.int(0, 50), ALFABET) + ' |',
      '- ' + r.string(r.int(0, 80), ALFABET),
      '1. item',
      '999999999999. x',
      '---',
      '**vet',
      '*cursief*',
      '***',
      '',
      r.string(r.int(0, 5000), ALFABET),
      '\t\t- ingesprongen',
      '> citaat',
      '```',
      'w'.repeat(r.int(1, 3000)),
    ]),
  ).join(r.pick(['\n', '\n\n', '\r\n']));

describe(`fuzzing every route, event and the Yjs websocket (seed ${SEED})`, () => {
  let server: TestServer;
  let bea: Begeleider;
  let T: NieuwTraject;
  let L: NieuwTraject;
  let F: NieuwTraject;
  let bijeenkomsten: string[] = [];
  let fuzzKamer: string;
  let deelnemer: string;
  let deelnemerL: string;
  let waarnemer: string;
  let kaartId: string;
  let uitnodigingen: string[] = [];
  const gemaakt: string[] = [];
  const cijfers = { api: 0, io: 0, ioRaw: 0, yjs: 0, yjsVerbindingen: 0, statussen: {} as Record<string, number> };

  beforeAll(async () => {
    console.log(`[reliability-fuzz] SEED=${SEED}`);
    server = await startServer();
    bea = await setupBegeleider(server.url);
    T = await nieuwTraject(bea.api, { titel: 'Fuzzdoel' });
    L = await nieuwTraject(bea.api, { titel: 'Fuzz leernetwerk', type: 'leernetwerk' });
    F = await nieuwTraject(bea.api, { titel: 'Fuzz kamer' });
    bijeenkomsten = [await nieuweBijeenkomst(bea.api, T.id), await nieuweBijeenkomst(bea.api, T.id), await nieuweBijeenkomst(bea.api, L.id)];
    const dicht = await nieuweBijeenkomst(bea.api, T.id, { intentie: 'Gesloten' });
    await bea.api.post(`/api/bijeenkomsten/${dicht}/afsluiten`, {});
    bijeenkomsten.push(dicht);
    fuzzKamer = await nieuweBijeenkomst(bea.api, F.id, { intentie: 'Fuzzkamer' });
    deelnemer = (await joinVolledig(server.url, T.joinToken, 'Fuzz Deelnemer', 'Org')).cookie;
    waarnemer = (await joinVolledig(server.url, T.waarnemerToken, 'Fuzz Waarnemer', 'Org')).cookie;
    deelnemerL = (await joinVolledig(server.url, L.joinToken, 'Fuzz L', 'Org')).cookie;
    const dF = (await joinVolledig(server.url, F.joinToken, 'Fuzz F', 'Org')).cookie;
    const wF = (await joinVolledig(server.url, F.waarnemerToken, 'Fuzz WF', 'Org')).cookie;
    deelnemer = `${deelnemer}; ${dF}`;
    waarnemer = `${waarnemer}; ${wF}`;
    kaartId = (await api(server.url, deelnemerL).post(`/api/trajecten/${L.id}/vraagstukken/mijn`, { probleem: 'P', waarom: '', doel: '' })).json.kaart.id;
    for (let i = 0; i < 3; i++) uitnodigingen.push(tokenUit((await bea.api.post(`/api/trajecten/${T.id}/uitnodigingen`, {})).json.url));
  });

  afterAll(async () => {
    console.log(`[reliability-fuzz] ${JSON.stringify(cijfers)}`);
    if (process.env.TOON_LOG) console.log(server?.output());
    await server?.dispose();
  });

  const routes = (): Array<[string, string]> => {
    const dir = path.join(REPO_ROOT, 'server', 'http', 'routes');
    const uit: Array<[string, string]> = [];
    for (const f of readdirSync(dir).filter((x) => x.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(dir, f), 'utf8').matchAll(/r\.on\(\s*'([A-Z]+)'\s*,\s*'([^']+)'/g)) uit.push([m[1] ?? 'GET', m[2] ?? '/']);
    }
    return uit;
  };

  function geldigeBody(r: Rng, method: string, route: string): Record<string, unknown> {
    const sleutel = `${method} ${route}`;
    const b: Record<string, Record<string, unknown>> = {
      'POST /api/setup': { naam: 'N', email: 'n@voorbeeld.nl', wachtwoord: 'lang-genoeg-123' },
      'POST /api/auth/login': { email: r.chance(0.5) ? bea.email : 'x@voorbeeld.nl', wachtwoord: 'fout-wachtwoord' },
      'POST /api/trajecten': { type: r.pick(['werkplaats', 'leernetwerk']), titel: 'T', thema: 'T', vraagstuk: 'V', einddoel: 'E', einddatum: '2031-01-01', trekker: 'X' },
      'PATCH /api/trajecten/:id': { titel: 'Fuzzdoel', einddatum: '2031-02-02', geplandAantal: r.int(1, 50) },
      'POST /api/trajecten/:id/join-link': { soort: r.pick(['deelnemer', 'waarnemer']) },
      'POST /api/trajecten/:id/bijeenkomsten': { datum: '2030-05-01T10:00:00Z', intentie: 'I', agenda: [r.pick(WERKVORMEN)] },
      'PATCH /api/bijeenkomsten/:id': { intentie: 'I2', datum: '2030-05-02T10:00:00+02:00' },
      'POST /api/bijeenkomsten/:id/verslag/delen': { gedeeld: r.chance(0.5) },
      'PUT /api/bijeenkomsten/:id/verslag/tekst': { tekst: markdown(r) },
      'POST /api/join/:token': { naam: 'N', organisatie: 'O', rol: r.pick(['uitvoering', 'beleid', 'anders']) },
      'POST /api/uitnodigingen/:token': r.chance(0.5) ? {} : { naam: 'C', email: `c${r.int(0, 1e6)}@voorbeeld.nl`, wachtwoord: 'lang-genoeg-123' },
      'POST /api/trajecten/:id/kletspot': { vraag: 'Een vraag?' },
      'POST /api/bijeenkomsten/:id/kletspot/:vraagId': { bestemming: r.pick(['agenda', 'ontwikkelpunt']) },
      'POST /api/bijeenkomsten/:id/nulmeting': { rondeId: 'r' },
      'POST /api/trajecten/:id/vraagstukken/mijn': { probleem: 'P', waarom: 'W', doel: 'D' },
      'PATCH /api/vraagstukken/:id': { doel: 'D' },
      'POST /api/bijeenkomsten/:id/vraagstuk/kaarten': { rondeId: 'r' },
    };
    return b[sleutel] ?? {};
  }

  function vreemdeId(r: Rng): string {
    return r.pick([
      uuid(r),
      'abc',
      '-1',
      '..%2F..%2Fetc%2Fpasswd',
      '%E0%A4%A',
      '%00',
      encodeURIComponent("1' OR '1'='1"),
      'a'.repeat(r.int(65, 5000)),
      encodeURIComponent(r.string(r.int(1, 20), ALFABET)),
      '',
      '%',
    ]);
  }

  function vulIn(r: Rng, route: string, method: string, actor: string): string {
    const geldig = r.chance(0.75);
    return route.replace(/:([a-zA-Z]+)/g, (_, k: string) => {
      if (!geldig) return vreemdeId(r);
      if (k === 'token') {
        if (route.startsWith('/api/uitnodigingen')) return r.pick(uitnodigingen);
        return r.pick([T.joinToken, T.waarnemerToken, L.joinToken, F.joinToken]);
      }
      if (k === 'vraagId') return uuid(r);
      if (route.startsWith('/api/vraagstukken')) return kaartId;
      if (route.startsWith('/api/bijeenkomsten')) return r.pick(bijeenkomsten);
      // Never delete the fuzz targets; what the fuzzer made itself may go.
      if (method === 'DELETE') return gemaakt.length && actor === 'bea' ? (gemaakt.pop() ?? vreemdeId(r)) : uuid(r);
      return r.pick([T.id, L.id, T.id]);
    });
  }

  function cookieVoor(r: Rng, actor: string): string | undefined {
    const basis = { bea: bea.cookie, deelnemer, waarnemer, deelnemerL, anoniem: undefined }[actor];
    switch (r.int(0, 12)) {
      case 0:
        return `lb_sessie=${r.string(r.int(0, 80), COOKIE_ALFABET)}`;
      case 1:
        return `lb_p_${T.id}=${uuid(r)}.${r.string(43)}`;
      case 2:
        return `${basis ?? ''}; lb_sessie=%E0%A4%A; =; ;;; lb_p_=x`;
      case 3:
        return `lb_p_${'x'.repeat(70)}=a.b`;
      default:
        return basis;
    }
  }

  it(`API: ${API_CASES} seeded cases over every route never get a 5xx, and refusals are Dutch JSON`, async () => {
    const r = rng(SEED);
    const alle = routes();
    const fouten: string[] = [];
    const einde = Date.now() + BUDGET_MS;
    const een = async (i: number) => {
      const [routeMethod, route] = r.chance(0.93) ? r.pick(alle) : ['GET', `/api/${r.string(r.int(0, 30), 'abc/%.-_')}`];
      const method = r.chance(0.9) ? routeMethod : r.pick(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS', 'HEAD']);
      let actor = r.pick(['bea', 'bea', 'deelnemer', 'waarnemer', 'deelnemerL', 'anoniem']);
      if (route === '/api/auth/logout' && actor === 'bea') actor = 'anoniem';
      let pad = vulIn(r, route, method, actor);
      if (r.chance(0.3)) pad += `?${r.pick(['format', 'x', 'format', '__proto__'])}=${encodeURIComponent(r.pick(['md', 'docx', 'pdf', 'exe', '', r.string(r.int(0, 20), ALFABET)]))}${r.chance(0.2) ? '&format=pdf' : ''}`;
      const headers: Record<string, string> = {};
      const c = cookieVoor(r, actor);
      if (c) headers.cookie = c;
      let body: string | Uint8Array<ArrayBuffer> | undefined;
      if (method !== 'GET' && method !== 'HEAD') {
        body = bodyTekst(r, muteer(r, geldigeBody(r, routeMethod, route)));
        headers['content-type'] = r.pick(['application/json', 'application/json', 'text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/json; charset=latin1']);
      }
      let res: Response;
      try {
        res = await fetch(server.url + pad, { method, headers, body, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
      } catch (err) {
        fouten.push(`#${i} ${method} ${pad.slice(0, 80)}: request failed: ${String(err)}`);
        return;
      }
      const text = method === 'HEAD' ? '' : await res.text();
      cijfers.api++;
      cijfers.statussen[res.status] = (cijfers.statussen[res.status] ?? 0) + 1;
      const wat = `#${i} ${actor} ${method} ${route} (${pad.slice(0, 60)}) → ${res.status} ${text.slice(0, 150)}`;
      if (res.status >= 500) fouten.push(wat);
      else if (res.status >= 400 && method !== 'HEAD' && res.status !== 431) {
        let fout: unknown;
        try {
          fout = (JSON.parse(text) as { error?: unknown }).error;
        } catch {
          fout = undefined;
        }
        const reden = nietNederlands(fout);
        if (reden) fouten.push(`${wat}: ${reden}`);
      }
      if (res.ok && method === 'POST' && route === '/api/trajecten') {
        try {
          gemaakt.push((JSON.parse(text) as { id: string }).id);
        } catch {
          // not JSON
        }
      }
      if (res.ok && route === '/api/trajecten/:id/join-link') {
        // Keep the current links of the targets.
        const t = await bea.api.get(`/api/trajecten/${T.id}`);
        T = { ...T, joinToken: tokenUit(t.json.joinUrl), waarnemerToken: tokenUit(t.json.waarnemerUrl) };
        const l = await bea.api.get(`/api/trajecten/${L.id}`);
        L = { ...L, joinToken: tokenUit(l.json.joinUrl), waarnemerToken: tokenUit(l.json.waarnemerUrl) };
      }
    };
    for (let i = 0; i < API_CASES && Date.now() < einde; i += 4) {
      await Promise.all([een(i), een(i + 1), een(i + 2), een(i + 3)]);
    }
    expect(fouten.slice(0, 30)).toEqual([]);
    expect(cijfers.api).toBeGreaterThanOrEqual(Math.min(API_CASES, 1000));
    expect((await api(server.url).get('/api/health')).json).toEqual({ ok: true });
  }, 120_000);

  const EVENTS = ['werkvorm:kies', 'timer:start', 'timer:pauzeer', 'timer:verleng', 'timer:stop', 'ronde:open', 'ronde:inzending', 'ronde:stem', 'ronde:sluit', 'ronde:onthul', 'hand:op', 'hand:neer', 'klaar:zet', 'werkvorm:zet', 'volg:zet', 'loting:trek'];

  function geldigEvent(r: Rng, event: string, rondes: string[]): Record<string, unknown> {
    const ronde = rondes.length ? r.pick(rondes) : 'geen';
    switch (event) {
      case 'werkvorm:kies':
        return { werkvorm: r.pick(WERKVORMEN), stap: r.int(0, 5) };
      case 'timer:start':
        return { seconden: r.int(1, 600) };
      case 'timer:verleng':
        return { seconden: r.int(1, 600) };
      case 'ronde:open':
        return r.chance(0.5) ? { soort: 'prive', titel: 'Fuzz', anoniem: r.chance(0.5), delenOptioneel: r.chance(0.5) } : { soort: 'stemmen', titel: 'Fuzz', opties: ['a', 'b', 'c'], budget: r.int(1, 5) };
      case 'ronde:inzending':
        return { rondeId: ronde, tekst: r.string(r.int(0, 200), ALFABET), delen: r.chance(0.5) };
      case 'ronde:stem':
        return { rondeId: ronde, optie: r.int(0, 3), aantal: r.int(0, 4) };
      case 'ronde:sluit':
      case 'ronde:onthul':
        return { rondeId: ronde };
      case 'klaar:zet':
        return { klaar: r.chance(0.5) };
      case 'werkvorm:zet':
        return { werkvorm: r.pick(['actieleren', 'afsluiting', 'klantreis', 'speerpunten', 'opening']), waarden: r.chance(0.5) ? { reflectieRonde: null } : { casusinbrenger: 'x', vertellers: ['a'], gekozenIdee: { tekst: 'idee', stemmen: 3 } } };
      case 'volg:zet':
        return { aan: r.chance(0.5) };
      case 'loting:trek':
        return { aantal: r.int(1, 3) };
      default:
        return {};
    }
  }

  it(`socket.io: ${IO_CASES} seeded events and ${RAW_IO_CASES} malformed frames; every known event is answered, refusals are Dutch, the state stays valid`, async () => {
    const r = rng(SEED + 1);
    const fouten: string[] = [];
    const rondes: string[] = [];
    const clients: Array<[string, KamerClient]> = [];
    for (const [wie, c] of [['bea', bea.cookie], ['bea2', bea.cookie], ['deelnemer', deelnemer], ['waarnemer', waarnemer]] as const) {
      const k = kamerClient(server.url, fuzzKamer, c, { reconnection: true });
      await k.ready();
      clients.push([wie, k]);
    }
    const fac = clients[0]![1];
    fac.socket.on('kamer:toestand', (t: { rondes: { id: string }[] }) => {
      for (const x of t.rondes) if (!rondes.includes(x.id)) rondes.push(x.id);
    });
    const einde = Date.now() + BUDGET_MS;
    const perClient = Math.ceil(IO_CASES / clients.length);
    await Promise.all(
      clients.map(async ([wie, k], ci) => {
        const rr = rng(SEED + 10 + ci);
        for (let i = 0; i < perClient && Date.now() < einde; i++) {
          const bekend = rr.chance(0.85);
          const event = bekend ? rr.pick(EVENTS) : rr.pick(['bestaat:niet', 'kamer:toestand', 'ronde:onthuld', 'toString', 'hasOwnProperty', '__proto__', rr.string(rr.int(1, 30))]);
          // The socket.io client itself recurses over the payload (binary detection): keep nesting within its stack.
          const body = rr.chance(0.6) ? geldigEvent(rr, event, rondes) : muteer(rr, geldigEvent(rr, event, rondes), 400);
          const args: unknown[] = rr.chance(0.1) ? [] : rr.chance(0.1) ? [body, waarde(rr), Buffer.from(rr.bytes(rr.int(0, 100)))] : rr.chance(0.05) ? [Buffer.from(rr.bytes(rr.int(0, 2000)))] : [body];
          cijfers.io++;
          let ack: unknown;
          try {
            ack = await k.socket.timeout(bekend ? 5_000 : 300).emitWithAck(event, ...args);
          } catch (err) {
            if (bekend && k.socket.connected) fouten.push(`${wie} ${event} ${JSON.stringify(args).slice(0, 100)}: no answer (${String(err)})`);
            if (!k.socket.connected) await waitFor(() => k.socket.connected, 10_000, `${wie} reconnects`).catch(() => fouten.push(`${wie} did not reconnect`));
            continue;
          }
          const a = ack as { ok?: unknown; error?: unknown } | null;
          if (!a || (a.ok !== true && nietNederlands(a.error) !== null)) fouten.push(`${wie} ${event} ${JSON.stringify(args).slice(0, 100)} → ${JSON.stringify(ack).slice(0, 150)}`);
          await sleep(30);
        }
      }),
    );

    // Malformed frames, straight into the engine.io websocket.
    const frames = (rr: Rng): string | Buffer =>
      rr.pick<() => string | Buffer>([
        () => '4',
        () => '42',
        () => '42[',
        () => `42${rr.string(rr.int(0, 50), ALFABET)}`,
        () => `421${JSON.stringify([rr.pick(EVENTS), waarde(rr)])}`,
        () => `42${rr.int(0, 2 ** 40)}["klaar:zet",{"klaar":true}]`,
        () => '42[{}]',
        () => '42[1,2,3]',
        () => '42["__proto__",{}]',
        () => '42["constructor"]',
        () => `451-["ronde:inzending",{"_placeholder":true,"num":${rr.int(0, 5)}}]`,
        () => '45-["klaar:zet"]',
        () => '40{"bijeenkomstId":"' + fuzzKamer + '"}',
        () => '41',
        () => '42/andere,["klaar:zet",{}]',
        () => '40/admin,',
        () => '43' + rr.int(0, 99) + '[]',
        () => `42[${'['.repeat(rr.int(100, 20_000))}`,
        () => '6',
        () => '2',
        () => rr.string(rr.int(0, 100), ALFABET),
        () => Buffer.from(rr.bytes(rr.int(0, 300))),
      ])();
    const rr = rng(SEED + 2);
    let raw: RawKamer | null = null;
    for (let i = 0; i < RAW_IO_CASES && Date.now() < einde + 15_000; i++) {
      if (!raw || raw.ws.readyState > 1) {
        raw = rawKamer(server.url, { bijeenkomstId: fuzzKamer }, rr.chance(0.5) ? deelnemer : bea.cookie, { timeoutMs: 5_000 });
        await raw.verbonden;
      }
      if (raw.ws.readyState === 1) raw.stuur(frames(rr));
      cijfers.ioRaw++;
      if (i % 20 === 0) await sleep(10);
    }
    raw?.close();

    // The room still answers, its state parses, and the stored state is valid.
    const nieuw = kamerClient(server.url, fuzzKamer, bea.cookie);
    await nieuw.ready();
    const t = KamerToestand.safeParse(nieuw.toestand());
    expect(t.success, `kamer:toestand after the fuzz: ${t.success ? '' : JSON.stringify(t.error.issues).slice(0, 300)}`).toBe(true);
    expect((await nieuw.emitAck('klaar:zet', { klaar: true })).ok).toBe(true);
    nieuw.close();
    for (const [, k] of clients) k.close();
    expect(fouten.slice(0, 30)).toEqual([]);
    expect(cijfers.io).toBeGreaterThanOrEqual(Math.min(IO_CASES, 1000));
  }, 150_000);

  /** Random Yjs edits of a throwaway doc, as a valid update. */
  function yjsEdits(r: Rng): Uint8Array {
    const doc = new Y.Doc();
    // Some random values are no valid map content (Yjs refuses them locally); those edits are simply left out.
    const probeer = (f: () => void) => {
      try {
        f();
      } catch {
        // not representable in Yjs
      }
    };
    doc.transact(() => {
      for (let i = r.int(1, 6); i > 0; i--) {
        switch (r.int(0, 4)) {
          case 0:
            probeer(() => doc.getMap(r.pick(['acties', 'opening', 'test', 'meta'])).set(r.string(r.int(1, 10)), waarde(r) as never));
            break;
          case 1:
            doc.getText(r.pick(['t', 'casus'])).insert(0, r.string(r.int(0, 100), ALFABET));
            break;
          case 2:
            probeer(() => doc.getArray('lijst').push([waarde(r)]));
            break;
          case 3: {
            probeer(() => {
              const m = new Y.Map<unknown>();
              m.set('x', waarde(r));
              doc.getMap('acties').set(r.string(6), m);
            });
            break;
          }
          default:
            doc.getXmlFragment('x').insert(0, [new Y.XmlText('x')]);
        }
      }
    });
    const u = Y.encodeStateAsUpdate(doc);
    doc.destroy();
    return u;
  }

  function yjsBericht(r: Rng): Uint8Array | string {
    const e = encoding.createEncoder();
    switch (r.int(0, 11)) {
      case 0:
        return r.bytes(r.int(0, 200));
      case 1:
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, r.pick([0, 1, 2, 3, 99, 2 ** 32]));
        encoding.writeVarUint(e, r.pick([0, 5, 2 ** 31, 2 ** 53 - 1]));
        encoding.writeUint8Array(e, r.bytes(r.int(0, 100)));
        return encoding.toUint8Array(e);
      case 2:
      case 3: {
        // A valid update with bytes flipped: decodes often, breaks in surprising places.
        const u = yjsEdits(r);
        for (let n = r.int(1, 4); n > 0; n--) u[r.int(0, u.length - 1)] = r.int(0, 255);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, r.pick([1, 2]));
        encoding.writeVarUint8Array(e, u);
        return encoding.toUint8Array(e);
      }
      case 4: {
        // A truncated valid message.
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, yjsEdits(r));
        const m = encoding.toUint8Array(e);
        return m.slice(0, r.int(0, m.length - 1));
      }
      case 5:
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, yjsEdits(r));
        return encoding.toUint8Array(e);
      case 6: {
        // Awareness with strange states.
        encoding.writeVarUint(e, 1);
        const a = encoding.createEncoder();
        encoding.writeVarUint(a, r.int(1, 3));
        for (let i = 0; i < 3; i++) {
          encoding.writeVarUint(a, r.int(0, 2 ** 31));
          encoding.writeVarUint(a, r.int(0, 2 ** 31));
          encoding.writeVarString(a, r.chance(0.5) ? JSON.stringify(waarde(r)) : r.string(r.int(0, 50), ALFABET));
        }
        encoding.writeVarUint8Array(e, encoding.toUint8Array(a));
        return encoding.toUint8Array(e);
      }
      case 7:
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(e, r.bytes(r.int(0, 100)));
        return encoding.toUint8Array(e);
      case 8:
        encoding.writeVarUint(e, 3);
        return encoding.toUint8Array(e);
      case 9:
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint8Array(e, r.bytes(r.int(0, 30)));
        return encoding.toUint8Array(e);
      case 10:
        return r.string(r.int(0, 100), ALFABET);
      default:
        encoding.writeVarUint(e, r.int(4, 2 ** 20));
        return encoding.toUint8Array(e);
    }
  }

  it(`Yjs: ${YJS_CASES} seeded malformed, truncated, mutated and valid messages; rooms keep working and load from disk`, async () => {
    const r = rng(SEED + 3);
    const kamers = [`traject:${F.id}`, `bijeenkomst:${fuzzKamer}`, `traject:${T.id}`];
    const schrijver = yjsClient(server.url, kamers[0]!, deelnemer);
    const lezer = yjsClient(server.url, kamers[0]!, bea.cookie);
    await Promise.all([schrijver.waitForSync(), lezer.waitForSync()]);
    let ws: RawYjs | null = null;
    const einde = Date.now() + BUDGET_MS;
    for (let i = 0; i < YJS_CASES && Date.now() < einde; i++) {
      if (!ws || ws.ws.readyState > 1) {
        ws = rawYjs(server.url, r.pick(kamers), r.chance(0.8) ? deelnemer : waarnemer);
        cijfers.yjsVerbindingen++;
        if (!(await ws.open)) throw new Error(`Yjs upgrade refused (${ws.status()}) during the fuzz`);
      }
      const m = yjsBericht(r);
      ws.ws.send(m);
      cijfers.yjs++;
      if (i % 10 === 0) await sleep(5);
      if (i % 200 === 0) {
        // A real client still gets through.
        const key = `na-${i}`;
        schrijver.doc.getMap('controle').set(key, i);
        await waitFor(() => lezer.doc.getMap('controle').get(key) === i, 10_000, `room still relays after ${i} fuzz messages`);
      }
    }
    ws?.close();
    schrijver.destroy();
    lezer.destroy();
    for (const room of kamers) {
      const c = yjsClient(server.url, room, bea.cookie);
      await c.waitForSync(15_000);
      c.destroy();
    }
  }, 120_000);

  it('afterwards: the server never crashed, the file is sound, every room state parses and every Yjs room loads — also after a restart', async () => {
    expect((await api(server.url).get('/api/health')).json).toEqual({ ok: true });
    await sleep(500);
    const controle = async () => {
      const db = await openOpslag(server);
      try {
        expect(await db.problemen()).toEqual([]);
        for (const rij of await db.kamers()) {
          const p = KamerState.safeParse(JSON.parse(rij.toestand));
          expect(p.success, `stored room state of ${rij.id}: ${p.success ? '' : JSON.stringify(p.error.issues).slice(0, 300)}`).toBe(true);
        }
        for (const room of await db.rooms()) {
          await expect(db.room(room).then((d) => d.destroy()), `stored Yjs room ${room} loads`).resolves.toBeUndefined();
        }
      } finally {
        await db.close();
      }
    };
    await controle();
    await server.restart();
    await controle();
    for (const id of [fuzzKamer, ...bijeenkomsten.slice(0, 2)]) {
      expect((await bea.api.get(`/api/bijeenkomsten/${id}`)).status).toBe(200);
      const c = yjsClient(server.url, `bijeenkomst:${id}`, bea.cookie);
      await c.waitForSync(15_000);
      c.destroy();
    }
    const log = server.output();
    const crashes = log.split('\n').filter((l) => /onverwachte fout|uncaughtException|unhandledRejection/.test(l));
    expect(crashes.slice(0, 10), 'uncaught errors in the server log').toEqual([]);
  }, 90_000);
});
