/**
 * Text helpers of the verslag: one line per field, long texts cut at a word.
 * A verslag summarises (seed 002: "maak het niet te complex want dan leest
 * niemand het"), so every free text has a ceiling.
 */

/** Collapses all whitespace (newlines included) into single spaces. */
export function eenRegel(tekst: string): string {
  return tekst.replace(/\s+/g, ' ').trim();
}

/**
 * One line of at most `max` characters, cut at a word boundary with "…".
 * A single word longer than `max` is cut inside the word.
 */
export function kort(tekst: string, max: number): string {
  const regel = eenRegel(tekst);
  if (regel.length <= max) return regel;
  const deel = regel.slice(0, max - 1);
  const spatie = deel.lastIndexOf(' ');
  const knip = spatie > max * 0.6 ? deel.slice(0, spatie) : deel;
  return `${knip.replace(/[\s,;:.-]+$/, '')}…`;
}

/** The first `max` items and how many were left out. */
export function eerste<T>(items: readonly T[], max: number): { getoond: T[]; rest: number } {
  return { getoond: items.slice(0, max), rest: Math.max(0, items.length - max) };
}

/** "a, b en c" */
export function opsomming(delen: readonly string[]): string {
  if (delen.length <= 1) return delen.join('');
  return `${delen.slice(0, -1).join(', ')} en ${delen[delen.length - 1]}`;
}

/**
 * Drops what no document format can hold: control characters (XML 1.0 forbids
 * them even escaped, so Word would refuse the file) and lone surrogates.
 */
export function drukbaar(tekst: string): string {
  return tekst.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
}
