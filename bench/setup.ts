import http from 'node:http';

/** One HTTP call with an explicit cookie and local address (joins are rate-limited per address). */
export function request(
  baseUrl: string,
  method: string,
  path: string,
  opts: { json?: unknown; cookie?: string; localAddress?: string } = {},
): Promise<{ status: number; json: unknown; setCookies: string[] }> {
  const url = new URL(path, baseUrl);
  const body = opts.json === undefined ? undefined : JSON.stringify(opts.json);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method,
        localAddress: opts.localAddress,
        headers: {
          ...(body ? { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } : {}),
          ...(opts.cookie ? { cookie: opts.cookie } : {}),
        },
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () => {
          let json: unknown = null;
          try {
            json = JSON.parse(text);
          } catch {
            json = text;
          }
          resolve({ status: res.statusCode ?? 0, json, setCookies: res.headers['set-cookie'] ?? [] });
        });
      },
    );
    req.on('error', reject);
    req.setTimeout(30_000, () => req.destroy(new Error(`${method} ${path}: timeout`)));
    req.end(body);
  });
}

function cookiePair(setCookies: string[]): string {
  return setCookies.map((c) => c.split(';')[0]!).join('; ');
}

function expect(status: number, want: number, what: string, json: unknown): void {
  if (status !== want) throw new Error(`${what} → ${status} ${JSON.stringify(json).slice(0, 300)}`);
}

export interface Fixture {
  facilitatorCookie: string;
  trajectId: string;
  /** One fresh bijeenkomst (an empty room) per load run, plus one for the browser. */
  bijeenkomsten: string[];
  /** `lb_p_<trajectId>=...` for each participant. */
  participantCookies: string[];
  joinToken: string;
}

/**
 * A facilitator, a traject, `rooms` bijeenkomsten and `participants` joined
 * participants, through the public API only. Joins are spread over loopback
 * addresses 127.0.0.2.. because the server allows 120 joins per address per
 * minute.
 */
export async function createFixture(baseUrl: string, participants: number, rooms: number): Promise<Fixture> {
  const setup = await request(baseUrl, 'POST', '/api/setup', {
    json: { naam: 'Bench Begeleider', email: 'bench@voorbeeld.nl', wachtwoord: 'een-lang-wachtwoord-123' },
  });
  expect(setup.status, 201, 'POST /api/setup', setup.json);
  const facilitatorCookie = cookiePair(setup.setCookies);
  const traject = await request(baseUrl, 'POST', '/api/trajecten', {
    cookie: facilitatorCookie,
    json: { type: 'leernetwerk', titel: 'Benchmark', thema: 'Belasting', vraagstuk: 'Hoe snel is het?', einddoel: 'Meten' },
  });
  expect(traject.status, 201, 'POST /api/trajecten', traject.json);
  const { id: trajectId, joinUrl } = traject.json as { id: string; joinUrl: string };
  const joinToken = decodeURIComponent(new URL(joinUrl).pathname.split('/').filter(Boolean).pop()!);
  const bijeenkomsten: string[] = [];
  for (let i = 0; i < rooms; i++) {
    const b = await request(baseUrl, 'POST', `/api/trajecten/${trajectId}/bijeenkomsten`, {
      cookie: facilitatorCookie,
      json: { datum: new Date(Date.now() + (i + 1) * 86_400_000).toISOString(), intentie: `Bench-ruimte ${i + 1}` },
    });
    expect(b.status, 201, 'POST /api/trajecten/:id/bijeenkomsten', b.json);
    bijeenkomsten.push((b.json as { id: string }).id);
  }
  const participantCookies: string[] = [];
  const PER_ADDRESS = 100;
  const BATCH = 10;
  for (let start = 0; start < participants; start += BATCH) {
    const joined = await Promise.all(
      Array.from({ length: Math.min(BATCH, participants - start) }, async (_, k) => {
        const i = start + k;
        const res = await request(baseUrl, 'POST', `/api/join/${encodeURIComponent(joinToken)}`, {
          localAddress: `127.0.0.${2 + Math.floor(i / PER_ADDRESS)}`,
          json: { naam: `Deelnemer ${i + 1}`, organisatie: `Gemeente ${1 + (i % 40)}`, rol: 'uitvoering' },
        });
        expect(res.status, 200, 'POST /api/join/:token', res.json);
        return cookiePair(res.setCookies);
      }),
    );
    participantCookies.push(...joined);
  }
  return { facilitatorCookie, trajectId, bijeenkomsten, participantCookies, joinToken };
}
