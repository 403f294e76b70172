/**
 * A random 128-bit id as hex. `crypto.randomUUID` exists only in secure
 * contexts (https, localhost); Leerbord also runs on plain http inside a
 * closed network, where `getRandomValues` still works.
 */
export function nieuwId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
