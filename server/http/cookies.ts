import type { IncomingMessage } from 'node:http';

export function readCookies(req: Pick<IncomingMessage, 'headers'>): Map<string, string> {
  const uit = new Map<string, string>();
  const header = req.headers.cookie;
  if (!header) return uit;
  for (const deel of header.split(';')) {
    const i = deel.indexOf('=');
    if (i < 0) continue;
    const naam = deel.slice(0, i).trim();
    const waarde = deel.slice(i + 1).trim();
    if (!naam || uit.has(naam)) continue;
    try {
      uit.set(naam, decodeURIComponent(waarde));
    } catch {
      uit.set(naam, waarde);
    }
  }
  return uit;
}

export interface CookieOpties {
  maxAgeSeconds?: number;
  secure?: boolean;
}

export function serializeCookie(naam: string, waarde: string, opties: CookieOpties = {}): string {
  const delen = [`${naam}=${encodeURIComponent(waarde)}`, 'Path=/', 'HttpOnly', 'SameSite=Lax'];
  if (opties.maxAgeSeconds !== undefined) delen.push(`Max-Age=${opties.maxAgeSeconds}`);
  if (opties.secure) delen.push('Secure');
  return delen.join('; ');
}
