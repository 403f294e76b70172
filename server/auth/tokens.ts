import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** 256 bits, url-safe. Join links, sessions and invitations use these. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

export function sha256(tekst: string): string {
  return createHash('sha256').update(tekst).digest('base64url');
}

/**
 * The key that signs cookies: SESSION_SECRET, else a random secret kept in
 * DATA_DIR (created on first start, readable by the owner only).
 */
export function loadSecret(dataDir: string): Buffer {
  const uitEnv = process.env.SESSION_SECRET;
  if (uitEnv && uitEnv.length >= 32) return Buffer.from(uitEnv, 'utf8');
  const bestand = path.join(dataDir, 'secret.key');
  if (existsSync(bestand)) return Buffer.from(readFileSync(bestand, 'utf8').trim(), 'base64');
  const nieuw = randomBytes(32);
  writeFileSync(bestand, nieuw.toString('base64'), { mode: 0o600 });
  return nieuw;
}

export class Signer {
  constructor(private readonly secret: Buffer) {}

  sign(waarde: string): string {
    return `${waarde}.${this.mac(waarde)}`;
  }

  /** The signed value, or null when the signature does not match. */
  verify(signed: string | undefined): string | null {
    if (!signed) return null;
    const i = signed.lastIndexOf('.');
    if (i <= 0) return null;
    const waarde = signed.slice(0, i);
    const mac = Buffer.from(signed.slice(i + 1));
    const verwacht = Buffer.from(this.mac(waarde));
    return mac.length === verwacht.length && timingSafeEqual(mac, verwacht) ? waarde : null;
  }

  private mac(waarde: string): string {
    return createHmac('sha256', this.secret).update(waarde).digest('base64url');
  }
}
