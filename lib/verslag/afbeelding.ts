import { z } from 'zod';

/**
 * Images in the verslag. The stored Markdown (what the begeleider edits) names
 * an image by a short reference, `afbeelding:<naam>`, never by its bytes: a
 * textarea with megabytes of base64 in it is no editor. The server keeps the
 * PNGs per bijeenkomst and hands them to the renderers; only the Markdown
 * download inlines them as `data:` URIs, so that file stands on its own.
 */

/** The images a verslag can have: the nulmeting plot (made at afsluiten) and the vrij bord (uploaded by the begeleider). */
export const AfbeeldingNaam = z.enum(['nulmeting', 'vrij-bord']);
export type AfbeeldingNaam = z.infer<typeof AfbeeldingNaam>;

/** A PNG with its size in pixels. */
export type VerslagAfbeelding = { png: Uint8Array; breedte: number; hoogte: number };

/** The images of one verslag by name, handed to the renderers (lib reads no database). */
export type Afbeeldingen = ReadonlyMap<string, VerslagAfbeelding>;

const VOORVOEGSEL = 'afbeelding:';
const DATA_URI = 'data:image/png;base64,';

/** `afbeelding:nulmeting`: how the Markdown names a stored image. */
export function verwijzing(naam: AfbeeldingNaam): string {
  return `${VOORVOEGSEL}${naam}`;
}

/** The stored image a `bron` names, or null for anything else (a data: URI, a typo). */
export function naamVanBron(bron: string): AfbeeldingNaam | null {
  if (!bron.startsWith(VOORVOEGSEL)) return null;
  const r = AfbeeldingNaam.safeParse(bron.slice(VOORVOEGSEL.length));
  return r.success ? r.data : null;
}

/** The PNG as a `data:` URI, for the self-contained Markdown download. */
export function alsDataUri(png: Uint8Array): string {
  let binair = '';
  for (let i = 0; i < png.length; i += 0x8000) binair += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return `${DATA_URI}${btoa(binair)}`;
}

/**
 * The image a block's `bron` points at: a stored one from `afbeeldingen`, or
 * the bytes of a PNG `data:` URI (a Markdown download read back). Null when
 * there is none or it is not a PNG, so renderers fall back to the alt text.
 */
export function afbeeldingVan(bron: string, afbeeldingen: Afbeeldingen | undefined): VerslagAfbeelding | null {
  const naam = naamVanBron(bron);
  if (naam) return afbeeldingen?.get(naam) ?? null;
  if (!bron.startsWith(DATA_URI)) return null;
  let png: Uint8Array;
  try {
    png = Uint8Array.from(atob(bron.slice(DATA_URI.length)), (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
  const kop = leesPng(png);
  return kop.ok ? { png, breedte: kop.breedte, hoogte: kop.hoogte } : null;
}

const HANDTEKENING = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

export type PngKop =
  | { ok: true; breedte: number; hoogte: number; bitDiepte: number; kleurType: number; interlace: number; idat: Uint8Array[] }
  | { ok: false; reden: string };

/**
 * Reads a PNG's structure without decoding pixels: the signature, the IHDR
 * (width, height), and every chunk up to IEND with its CRC, so a truncated or
 * damaged file is refused here and never reaches a renderer. The reasons are
 * Dutch, for the begeleider.
 */
export function leesPng(bytes: Uint8Array): PngKop {
  if (bytes.length < 8 || HANDTEKENING.some((b, i) => bytes[i] !== b)) return { ok: false, reden: 'Het bestand is geen PNG-afbeelding.' };
  const kijk = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let pos = 8;
  let kop: Omit<Extract<PngKop, { ok: true }>, 'ok' | 'idat'> | null = null;
  const idat: Uint8Array[] = [];
  while (pos + 12 <= bytes.length) {
    const lengte = kijk.getUint32(pos);
    const soort = String.fromCharCode(...bytes.subarray(pos + 4, pos + 8));
    const einde = pos + 12 + lengte;
    if (lengte > 0x7fffffff || einde > bytes.length) return { ok: false, reden: 'De PNG-afbeelding is afgebroken of beschadigd.' };
    if (crc32(bytes.subarray(pos + 4, pos + 8 + lengte)) !== kijk.getUint32(pos + 8 + lengte)) {
      return { ok: false, reden: 'De PNG-afbeelding is beschadigd (controlegetal klopt niet).' };
    }
    const data = bytes.subarray(pos + 8, pos + 8 + lengte);
    if (kop === null) {
      if (soort !== 'IHDR' || lengte !== 13) return { ok: false, reden: 'De PNG-afbeelding heeft geen geldige kop (IHDR).' };
      kop = {
        breedte: kijk.getUint32(pos + 8),
        hoogte: kijk.getUint32(pos + 12),
        bitDiepte: data[8] ?? 0,
        kleurType: data[9] ?? 0,
        interlace: data[12] ?? 0,
      };
      if (kop.breedte === 0 || kop.hoogte === 0) return { ok: false, reden: 'De PNG-afbeelding is leeg (0 pixels).' };
    } else if (soort === 'IDAT') idat.push(data);
    else if (soort === 'IEND') return idat.length > 0 ? { ok: true, ...kop, idat } : { ok: false, reden: 'De PNG-afbeelding bevat geen beeld.' };
    pos = einde;
  }
  return { ok: false, reden: kop ? 'De PNG-afbeelding is afgebroken of beschadigd.' : 'De PNG-afbeelding heeft geen geldige kop (IHDR).' };
}

let CRC_TABEL: Uint32Array | null = null;

/** CRC-32 as PNG uses it (ISO 3309). */
export function crc32(bytes: Uint8Array): number {
  if (!CRC_TABEL) {
    CRC_TABEL = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      CRC_TABEL[n] = c >>> 0;
    }
  }
  let c = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) c = (CRC_TABEL[(c ^ (bytes[i] ?? 0)) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** The size that fits `maxBreedte` × `maxHoogte` with the image's proportions; never larger than the image. */
export function passend(a: { breedte: number; hoogte: number }, maxBreedte: number, maxHoogte: number): { breedte: number; hoogte: number } {
  const schaal = Math.min(1, maxBreedte / a.breedte, maxHoogte / a.hoogte);
  return { breedte: a.breedte * schaal, hoogte: a.hoogte * schaal };
}
