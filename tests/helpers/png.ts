import { deflateSync } from 'node:zlib';
import { crc32 } from '../../lib/verslag/afbeelding';

/** One PNG chunk: length, type, data and its CRC. */
export function chunk(soort: string, data: Uint8Array): Buffer {
  const kop = Buffer.alloc(8);
  kop.writeUInt32BE(data.length, 0);
  kop.write(soort, 4, 'latin1');
  const staart = Buffer.alloc(4);
  staart.writeUInt32BE(crc32(Buffer.concat([kop.subarray(4), data])), 0);
  return Buffer.concat([kop, data, staart]);
}

/**
 * A real RGB PNG of `breedte` × `hoogte`: a colour gradient with a dark
 * diagonal, so it is visibly an image when rendered. `tekst` goes into a tEXt
 * chunk (a marker the privacy test can look for in the database file).
 */
export function maakPng(breedte: number, hoogte: number, tekst?: string): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(breedte, 0);
  ihdr.writeUInt32BE(hoogte, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const rauw = Buffer.alloc(hoogte * (1 + breedte * 3));
  for (let y = 0; y < hoogte; y++) {
    const rij = y * (1 + breedte * 3);
    for (let x = 0; x < breedte; x++) {
      const p = rij + 1 + x * 3;
      const diagonaal = Math.abs(x / breedte - y / hoogte) < 0.03;
      rauw[p] = diagonaal ? 20 : Math.round((255 * x) / breedte);
      rauw[p + 1] = diagonaal ? 20 : 180;
      rauw[p + 2] = diagonaal ? 20 : Math.round((255 * y) / hoogte);
    }
  }
  const delen = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', ihdr)];
  if (tekst !== undefined) delen.push(chunk('tEXt', Buffer.from(`Comment\0${tekst}`, 'latin1')));
  delen.push(chunk('IDAT', deflateSync(rauw)), chunk('IEND', new Uint8Array()));
  return Buffer.concat(delen);
}
