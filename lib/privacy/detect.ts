/**
 * Finds text that looks like personal data in a case description, so the
 * board can warn before a casus about a real person is shared (AVG).
 * Warnings only: false positives are cheap, a missed BSN is not.
 */
export type PersoonsgegevenSoort = 'bsn' | 'iban' | 'email' | 'telefoon';

export interface Vondst {
  soort: PersoonsgegevenSoort;
  tekst: string;
  start: number;
  eind: number;
}

/** The elfproef for a BSN: 9 digits, weights 9..2 and −1, sum divisible by 11. */
export function isBsn(cijfers: string): boolean {
  if (!/^\d{9}$/.test(cijfers) || /^0+$/.test(cijfers)) return false;
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(cijfers[i]) * (9 - i);
  som -= Number(cijfers[8]);
  return som % 11 === 0;
}

/** ISO 13616 mod-97 check of an IBAN without spaces. */
export function isIban(iban: string): boolean {
  const schoon = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(schoon)) return false;
  const herschikt = schoon.slice(4) + schoon.slice(0, 4);
  let rest = 0;
  for (const teken of herschikt) {
    const waarde = teken >= 'A' && teken <= 'Z' ? String(teken.charCodeAt(0) - 55) : teken;
    for (const c of waarde) rest = (rest * 10 + Number(c)) % 97;
  }
  return rest === 1;
}

const PATRONEN: { soort: PersoonsgegevenSoort; re: RegExp; check?: (m: string) => boolean }[] = [
  { soort: 'email', re: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g },
  { soort: 'iban', re: /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?\b/gi, check: isIban },
  { soort: 'bsn', re: /(?<![\d-])\d{4}[ .]?\d{2}[ .]?\d{3}(?![\d-])/g, check: (m) => isBsn(m.replace(/[ .]/g, '')) },
  {
    soort: 'telefoon',
    // 06-12345678, 06 1234 5678, +31 6 12345678, 0031 20 123 4567, 010-1234567, (020) 123 45 67
    re: /(?<![\d+])(?:(?:\+|00)31[ -]?(?:\(0\))?[ -]?|\(?0)(?:6[ -]?\d{8}|6(?:[ -]?\d{2}){4}|[1-9]\d{1,2}\)?[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}|[1-9]\d{1,2}\)?[ -]?\d{6,7})(?!\d)/g,
  },
];

/** Every match, in order of position, without overlaps (e-mail before IBAN before BSN before phone). */
export function vindPersoonsgegevens(tekst: string): Vondst[] {
  const vondsten: Vondst[] = [];
  for (const { soort, re, check } of PATRONEN) {
    for (const m of tekst.matchAll(re)) {
      const start = m.index ?? 0;
      const eind = start + m[0].length;
      if (check && !check(m[0])) continue;
      if (vondsten.some((v) => start < v.eind && eind > v.start)) continue;
      vondsten.push({ soort, tekst: m[0], start, eind });
    }
  }
  return vondsten.sort((a, b) => a.start - b.start);
}
