/**
 * Column widths of a table as fractions of the page width, from how much text
 * each column holds: the "wat" of an actie gets room, a date or a status does
 * not. Shared by the DOCX and PDF renderers so both look alike.
 */
export function kolombreedtes(kolommen: readonly string[], rijen: readonly (readonly string[])[]): number[] {
  const gewichten = kolommen.map((kop, k) => {
    const lengtes = [kop, ...rijen.map((r) => r[k] ?? '')].map((c) => c.length);
    const gemiddeld = lengtes.reduce((a, b) => a + b, 0) / Math.max(1, lengtes.length);
    const langste = Math.max(...lengtes);
    return Math.min(60, Math.max(8, gemiddeld * 0.7 + Math.min(langste, 40) * 0.3));
  });
  const totaal = gewichten.reduce((a, b) => a + b, 0) || 1;
  return gewichten.map((g) => g / totaal);
}
