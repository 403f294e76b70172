import { nlVerslag as t } from '../i18n/nl-verslag';
import { datumIso } from './datum';

export const VerslagFormaten = ['md', 'docx', 'pdf'] as const;
export type VerslagFormaat = (typeof VerslagFormaten)[number];

/** Content-Type per download format. */
export const CONTENT_TYPE: Record<VerslagFormaat, string> = {
  md: 'text/markdown; charset=utf-8',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
};

/** A name that every file system accepts: no path or reserved characters, no control characters. */
function veilig(naam: string, max = 80): string {
  const schoon = naam
    .replace(/[\u0000-\u001f\u007f/\\:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return schoon.length > max ? schoon.slice(0, max).trim() : schoon;
}

/** "Verslag bijeenkomst 3 – Werkplaats Arbeidstoeleiding en schulden – 2030-03-14.pdf" */
export function verslagBestandsnaam(nummer: number, trajectTitel: string, datum: string, formaat: VerslagFormaat): string {
  return `${veilig(`${t.bestand.verslag(nummer)} – ${veilig(trajectTitel)} – ${datumIso(datum)}`, 150)}.${formaat}`;
}

/** "Verslagen – Werkplaats Arbeidstoeleiding en schulden – 2030-06-30.docx" (the day of the export). */
export function exportBestandsnaam(trajectTitel: string, op: number, formaat: VerslagFormaat): string {
  return `${veilig(`${t.bestand.export} – ${veilig(trajectTitel)} – ${datumIso(op)}`, 150)}.${formaat}`;
}

/** The ASCII fallback of a name: Dutch diacritics dropped (ë → e), dashes plain, the rest replaced. */
export function asciiNaam(naam: string): string {
  return naam
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[–—]/g, '-')
    .replace(/[^A-Za-z0-9 ._()+,-]/g, '_');
}

/**
 * `Content-Disposition` for a download: a quoted ASCII `filename` for old
 * clients and the real name as RFC 5987 / 6266 `filename*` in UTF-8.
 */
export function contentDisposition(naam: string, soort: 'attachment' | 'inline' = 'attachment'): string {
  const utf8 = encodeURIComponent(naam).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `${soort}; filename="${asciiNaam(naam)}"; filename*=UTF-8''${utf8}`;
}
