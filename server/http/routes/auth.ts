import type { IncomingMessage } from 'node:http';
import { LeegBody, LoginBody, SetupBody } from '../../../lib/protocol';
import { aantalBegeleiders, beeindigSessie, begeleiderMetEmail, maakBegeleider, maakSessie } from '../../db/accounts';
import { controleerWachtwoord, DUMMY_HASH, hashWachtwoord } from '../../auth/password';
import { randomToken, sha256 } from '../../auth/tokens';
import { SESSIE_COOKIE } from '../../auth/access';
import { serializeCookie } from '../cookies';
import { parse } from '../body';
import { HttpError } from '../errors';
import type { Router } from '../router';
import { ping } from '../../db/client';
import type { Services } from '../../services';

/** Starts a session and returns its cookie. */
export async function sessieCookie(s: Services, begeleiderId: string): Promise<string> {
  const token = randomToken();
  await maakSessie(s.db, sha256(token), begeleiderId, s.now());
  return serializeCookie(SESSIE_COOKIE, s.signer.sign(token), { maxAgeSeconds: 30 * 24 * 3600, secure: s.secureCookies });
}

export function clientIp(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? 'onbekend';
}

export function authRoutes(r: Router<Services>): void {
  r.on('GET', '/api/health', async ({ services }) => {
    await ping(services.db);
    return { json: { ok: true } };
  });

  r.on('GET', '/api/setup', async ({ services }) => ({ json: { nodig: await aantalBegeleiders(services.db) === 0 } }));

  r.on('POST', '/api/setup', async ({ services: s, body }) => {
    const b = parse(SetupBody, await body());
    if (await aantalBegeleiders(s.db) > 0) throw new HttpError(409, 'Leerbord is al ingericht; log in.');
    const id = s.newId();
    const wachtwoordHash = await hashWachtwoord(b.wachtwoord);
    // Checked again after the await: two setups at once must not both win.
    if (await aantalBegeleiders(s.db) > 0) throw new HttpError(409, 'Leerbord is al ingericht; log in.');
    await maakBegeleider(s.db, { id, naam: b.naam, email: b.email, wachtwoordHash }, s.now());
    return { status: 201, json: { id, naam: b.naam, email: b.email }, cookies: [await sessieCookie(s, id)] };
  });

  r.on('POST', '/api/auth/login', async ({ services: s, body, req }) => {
    const b = parse(LoginBody, await body());
    const now = s.now();
    const ip = clientIp(req);
    // Every limiter counts the attempt, so none can be sidestepped by tripping another first.
    const binnen = [s.limits.login.tel(`${ip}|${b.email}`, now), s.limits.loginAccount.tel(b.email, now), s.limits.loginAdres.tel(ip, now)];
    if (binnen.includes(false)) {
      throw new HttpError(429, 'Te veel pogingen; wacht een paar minuten.');
    }
    const rij = await begeleiderMetEmail(s.db, b.email);
    const klopt = await controleerWachtwoord(b.wachtwoord, rij?.wachtwoordHash ?? DUMMY_HASH);
    if (!rij || !klopt) throw new HttpError(401, 'E-mailadres of wachtwoord klopt niet.');
    return { json: { id: rij.id, naam: rij.naam, email: rij.email }, cookies: [await sessieCookie(s, rij.id)] };
  });

  r.on('POST', '/api/auth/logout', async ({ services: s, req, body }) => {
    parse(LeegBody, await body());
    const token = s.access.sessieToken(req);
    if (token) {
      await beeindigSessie(s.db, sha256(token));
      s.cluster.sessieWeg(sha256(token));
    }
    return { json: { ok: true }, cookies: [serializeCookie(SESSIE_COOKIE, '', { maxAgeSeconds: 0, secure: s.secureCookies })] };
  });

  r.on('GET', '/api/me', async ({ services: s, req }) => ({ json: { begeleider: await s.access.begeleider(req) } }));
}
