import { inflateSync } from 'node:zlib';
import { AfbeeldingNaam, leesPng, type VerslagAfbeelding } from '../../../lib/verslag/afbeelding';
import { afbeeldingVan, bewaarAfbeelding } from '../../db/verslagAfbeeldingen';
import { noteer } from '../../db/audit';
import { vrijBordInVerslag, vrijBordUitVerslag } from '../../verslag';
import { readBytes } from '../body';
import { HttpError, nietGevonden } from '../errors';
import { vereisBegeleiderVan, vereisPersoon, vindBijeenkomst } from '../guards';
import type { Router } from '../router';
import { atomair } from '../../db/client';
import type { Services } from '../../services';

/** An export of a large board at scale 1 stays well inside these. */
export const MAX_VRIJ_BORD_BYTES = 8 * 1024 * 1024;
export const MAX_VRIJ_BORD_ZIJDE = 8000;
const MAX_VRIJ_BORD_PIXELS = 16_000_000;
/** 16 million RGBA pixels at 8 bits. */
const MAX_PIXELBYTES = 16_000_000 * 4 + 8000;

const KANALEN: Record<number, number> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };
const BITDIEPTEN: Record<number, readonly number[]> = { 0: [1, 2, 4, 8, 16], 2: [8, 16], 3: [1, 2, 4, 8], 4: [8, 16], 6: [8, 16] };

/**
 * An uploaded PNG, checked all the way so a renderer never meets a bad one:
 * signature, IHDR, every chunk's CRC (lib), then the size limits, and the
 * pixel data inflated to exactly the size the header promises. Every refusal
 * is a Dutch 4xx.
 */
export function controleerPng(bytes: Uint8Array): VerslagAfbeelding {
  const kop = leesPng(bytes);
  if (!kop.ok) throw new HttpError(400, kop.reden);
  const { breedte, hoogte, bitDiepte, kleurType, interlace } = kop;
  if (breedte > MAX_VRIJ_BORD_ZIJDE || hoogte > MAX_VRIJ_BORD_ZIJDE || breedte * hoogte > MAX_VRIJ_BORD_PIXELS) {
    throw new HttpError(
      413,
      `De afbeelding is te groot (${breedte} × ${hoogte} pixels): hooguit ${MAX_VRIJ_BORD_ZIJDE} pixels breed en hoog en ${MAX_VRIJ_BORD_PIXELS / 1_000_000} miljoen pixels.`,
    );
  }
  const kanalen = KANALEN[kleurType];
  if (!kanalen || !BITDIEPTEN[kleurType]?.includes(bitDiepte) || interlace > 1) throw new HttpError(400, 'De PNG-afbeelding heeft een onbekend kleurformaat.');
  const regel = 1 + Math.ceil((breedte * kanalen * bitDiepte) / 8);
  // Interlaced images have seven passes and a bit more filter bytes; an upper bound suffices.
  const verwacht = interlace === 0 ? hoogte * regel : hoogte * regel + 7 * hoogte + 7 * breedte;
  // A 16-bit image of the maximum size would inflate past what one request should hold in memory.
  if (verwacht > MAX_PIXELBYTES) throw new HttpError(413, 'De afbeelding is te groot: sla hem op met 8 bits per kleur of kleiner.');
  let pixels: Buffer;
  try {
    pixels = inflateSync(Buffer.concat(kop.idat), { maxOutputLength: verwacht + 1 });
  } catch {
    throw new HttpError(400, 'De PNG-afbeelding is beschadigd: de beeldgegevens zijn niet te lezen.');
  }
  if (interlace === 0 ? pixels.length !== verwacht : pixels.length > verwacht) {
    throw new HttpError(400, 'De PNG-afbeelding is onvolledig: er ontbreken beeldgegevens.');
  }
  return { png: bytes, breedte, hoogte };
}

/**
 * The verslag's images: read one (as the verslag may be read), and the
 * begeleider's vrij bord, put in or taken out (issue 10).
 */
export function verslagAfbeeldingRoutes(r: Router<Services>): void {
  r.on('GET', '/api/bijeenkomsten/:id/verslag/afbeeldingen/:naam', async ({ services: s, req, params }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const ik = await vereisPersoon(s, req, b.trajectId);
    if (ik.soort !== 'begeleider' && !(b.status === 'afgesloten' && b.verslagGedeeld)) {
      throw new HttpError(403, 'De begeleider heeft dit verslag nog niet gedeeld.');
    }
    const naam = AfbeeldingNaam.safeParse(params.naam);
    const a = naam.success ? await afbeeldingVan(s.db, b.id, naam.data) : null;
    if (!a) throw nietGevonden('Deze afbeelding');
    return { body: Buffer.from(a.png.buffer, a.png.byteOffset, a.png.byteLength), contentType: 'image/png' };
  });

  r.on('PUT', '/api/bijeenkomsten/:id/verslag/vrij-bord', async ({ services: s, req, params }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, b.trajectId);
    const bytes = await readBytes(req, { type: 'image/png', max: MAX_VRIJ_BORD_BYTES, naam: 'De afbeelding van het vrij bord' });
    const beeld = controleerPng(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    // The image and the verslag that names it are stored together.
    const verslag = await atomair(s.db, async (db) => {
      await bewaarAfbeelding(db, b.id, 'vrij-bord', beeld, s.now());
      return vrijBordInVerslag({ ...s, db }, b);
    });
    await noteer(s.db, g.id, 'vrij bord in verslag', { trajectId: b.trajectId, bijeenkomstId: b.id }, s.now());
    return { json: { ok: true, breedte: beeld.breedte, hoogte: beeld.hoogte, verslag } };
  });

  r.on('DELETE', '/api/bijeenkomsten/:id/verslag/vrij-bord', async ({ services: s, req, params }) => {
    const b = await vindBijeenkomst(s, params.id ?? '');
    const g = await vereisBegeleiderVan(s, req, b.trajectId);
    // Idempotent: a second DELETE (or one after a lost answer) is no error.
    const verwijderd = await atomair(s.db, (db) => vrijBordUitVerslag({ ...s, db }, b));
    if (verwijderd) await noteer(s.db, g.id, 'vrij bord uit verslag', { trajectId: b.trajectId, bijeenkomstId: b.id }, s.now());
    return { json: { ok: true, verwijderd } };
  });
}
