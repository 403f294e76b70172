import { inflateRawSync } from 'node:zlib';

/** The files of a zip (a DOCX) by name, inflated: just enough of the format for tests. */
export function unzip(zip: Uint8Array): Map<string, Buffer> {
  const b = Buffer.from(zip);
  const uit = new Map<string, Buffer>();
  let eocd = b.length - 22;
  while (eocd >= 0 && b.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error('geen zip');
  let pos = b.readUInt32LE(eocd + 16);
  for (let i = 0; i < b.readUInt16LE(eocd + 10); i++) {
    const methode = b.readUInt16LE(pos + 10);
    const grootte = b.readUInt32LE(pos + 20);
    const naamLengte = b.readUInt16LE(pos + 28);
    const naam = b.toString('utf8', pos + 46, pos + 46 + naamLengte);
    const lokaal = b.readUInt32LE(pos + 42);
    const begin = lokaal + 30 + b.readUInt16LE(lokaal + 26) + b.readUInt16LE(lokaal + 28);
    const data = b.subarray(begin, begin + grootte);
    uit.set(naam, methode === 8 ? inflateRawSync(data) : Buffer.from(data));
    pos += 46 + naamLengte + b.readUInt16LE(pos + 30) + b.readUInt16LE(pos + 32);
  }
  return uit;
}
