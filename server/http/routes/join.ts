import { JoinBody, UitnodigingBody } from '../../../lib/protocol';
import { trajectMetId, trajectMetToken, maakDeelnemer } from '../../db/trajecten';
import { bijeenkomstenVan } from '../../db/bijeenkomsten';
import { begeleiderMetEmail, gebruikUitnodiging, geldigeUitnodiging, maakBegeleider } from '../../db/accounts';
import { deelnemerCookie } from '../../auth/access';
import { hashWachtwoord } from '../../auth/password';
import { sha256 } from '../../auth/tokens';
import { serializeCookie } from '../cookies';
import { noteer } from '../../db/audit';
import { parse } from '../body';
import { HttpError, nietGevonden } from '../errors';
import { clientIp, sessieCookie } from './auth';
import type { Router } from '../router';
import type { Services } from '../../services';

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;
const JAAR = 365 * 24 * 3600;

async function vindToken(s: Services, token: string) {
  const gevonden = TOKEN.test(token) ? await trajectMetToken(s.db, token) : null;
  if (!gevonden) throw nietGevonden('Deze uitnodigingslink');
  return gevonden;
}

/** The bijeenkomst a new participant lands in: the live one, else the next planned one. */
async function actueleBijeenkomst(s: Services, trajectId: string): Promise<string | null> {
  const alle = await bijeenkomstenVan(s.db, trajectId);
  return (alle.find((b) => b.status === 'live') ?? alle.find((b) => b.status === 'gepland'))?.id ?? null;
}

export function joinRoutes(r: Router<Services>): void {
  r.on('GET', '/api/join/:token', async ({ services: s, params }) => {
    const { traject, soort } = await vindToken(s, params.token ?? '');
    return { json: { trajectId: traject.id, trajectTitel: traject.titel, type: traject.type, soort } };
  });

  r.on('POST', '/api/join/:token', async ({ services: s, params, body, req }) => {
    if (!s.limits.join.tel(clientIp(req), s.now())) throw new HttpError(429, 'Te veel aanmeldingen tegelijk; probeer het zo opnieuw.');
    const { traject, soort } = await vindToken(s, params.token ?? '');
    const d = parse(JoinBody, await body());
    const id = s.newId();
    await maakDeelnemer(s.db, {
      id,
      trajectId: traject.id,
      soort,
      naam: d.naam,
      organisatie: d.organisatie,
      rol: d.rol ?? 'anders',
      aangemaakt: s.now(),
    });
    const cookie = serializeCookie(deelnemerCookie(traject.id), s.signer.sign(id), { maxAgeSeconds: JAAR, secure: s.secureCookies });
    return { json: { trajectId: traject.id, bijeenkomstId: await actueleBijeenkomst(s, traject.id) }, cookies: [cookie] };
  });

  r.on('GET', '/api/uitnodigingen/:token', async ({ services: s, params }) => {
    const token = params.token ?? '';
    const u = TOKEN.test(token) ? await geldigeUitnodiging(s.db, sha256(token), s.now()) : null;
    if (!u) throw nietGevonden('Deze uitnodiging');
    const traject = await trajectMetId(s.db, u.trajectId);
    return { json: { trajectId: u.trajectId, trajectTitel: traject?.titel ?? '' } };
  });

  r.on('POST', '/api/uitnodigingen/:token', async ({ services: s, params, body, req }) => {
    const token = params.token ?? '';
    const u = TOKEN.test(token) ? await geldigeUitnodiging(s.db, sha256(token), s.now()) : null;
    if (!u) throw nietGevonden('Deze uitnodiging');
    const d = parse(UitnodigingBody, await body());
    const ingelogd = await s.access.begeleider(req);
    const cookies: string[] = [];
    let begeleiderId: string;
    if ('email' in d) {
      if (await begeleiderMetEmail(s.db, d.email)) throw new HttpError(409, 'Er is al een account met dit e-mailadres; log eerst in.');
      begeleiderId = s.newId();
      await maakBegeleider(s.db, { id: begeleiderId, naam: d.naam, email: d.email, wachtwoordHash: await hashWachtwoord(d.wachtwoord) }, s.now());
      cookies.push(await sessieCookie(s, begeleiderId));
    } else if (ingelogd) {
      begeleiderId = ingelogd.id;
    } else {
      throw new HttpError(401, 'Log in of maak een account om de uitnodiging aan te nemen.');
    }
    await gebruikUitnodiging(s.db, sha256(token), begeleiderId, u.trajectId, s.now());
    await noteer(s.db, begeleiderId, 'begeleider toegevoegd', { trajectId: u.trajectId, doorBegeleiderId: u.doorBegeleiderId }, s.now());
    return { json: { trajectId: u.trajectId }, cookies };
  });
}
