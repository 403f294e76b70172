import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

const N = 16384;
const R = 8;
const P = 1;
const KEYLEN = 64;

function scryptAsync(wachtwoord: string, salt: Buffer, opts: ScryptOptions): Promise<Buffer> {
  return new Promise((resolve, reject) =>
    scrypt(wachtwoord.normalize('NFKC'), salt, KEYLEN, { ...opts, maxmem: 64 * 1024 * 1024 }, (err, key) =>
      err ? reject(err) : resolve(key),
    ),
  );
}

/** `scrypt$N$r$p$salt$hash`, so the cost can be raised later without breaking old hashes. */
export async function hashWachtwoord(wachtwoord: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scryptAsync(wachtwoord, salt, { N, r: R, p: P });
  return ['scrypt', N, R, P, salt.toString('base64'), key.toString('base64')].join('$');
}

export async function controleerWachtwoord(wachtwoord: string, opgeslagen: string): Promise<boolean> {
  const [soort, n, r, p, salt, hash] = opgeslagen.split('$');
  if (soort !== 'scrypt' || !n || !r || !p || !salt || !hash) return false;
  const verwacht = Buffer.from(hash, 'base64');
  const key = await scryptAsync(wachtwoord, Buffer.from(salt, 'base64'), { N: Number(n), r: Number(r), p: Number(p) });
  return key.length === verwacht.length && timingSafeEqual(key, verwacht);
}

/** A hash to compare against when the e-mail is unknown, so timing does not tell. */
export const DUMMY_HASH = 'scrypt$16384$8$1$AAAAAAAAAAAAAAAAAAAAAA==$' + Buffer.alloc(KEYLEN).toString('base64');
