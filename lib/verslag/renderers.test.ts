import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { bouwVerslag } from './bouwVerslag';
import { naarDocx } from './docx';
import { naarPdf, type PdfLettertypen } from './pdf';
import { actie, legeSnapshot, volleSnapshot } from './testSnapshot';

const font = (n: string) => readFileSync(new URL(`../../assets/fonts/LiberationSans-${n}.ttf`, import.meta.url));
const lettertypen: PdfLettertypen = { gewoon: font('Regular'), vet: font('Bold'), cursief: font('Italic'), vetCursief: font('BoldItalic') };
const tekst = (b: Uint8Array) => new TextDecoder('latin1').decode(b);
const paginas = (pdf: Uint8Array) => (tekst(pdf).match(/\/Type \/Page\b/g) ?? []).length;

describe('PDF and DOCX', () => {
  it('a full bijeenkomst fits on one to three A4 pages, set in the shipped font only', async () => {
    const d = bouwVerslag(volleSnapshot());
    const pdf = await naarPdf(d, { lettertypen, voettekst: d.titel, gemaaktOp: 0 });
    expect(tekst(pdf.slice(0, 5))).toBe('%PDF-');
    expect(paginas(pdf)).toBeGreaterThanOrEqual(1);
    expect(paginas(pdf)).toBeLessThanOrEqual(3);
    expect(tekst(pdf)).toContain('LiberationSans');
    expect(tekst(pdf)).not.toContain('Helvetica');
    expect(tekst(pdf)).toContain('/Lang (nl-NL)');
  });

  it('still one to three pages with 40 actions and very long texts', async () => {
    const s = volleSnapshot();
    const lang = 'coördinatie tussen kredietbank en gemeente '.repeat(400);
    const d = bouwVerslag({
      ...s,
      bijeenkomst: { ...s.bijeenkomst, intentie: lang },
      actieleren: { ...s.actieleren!, samenvatting: lang, casusTitel: 'x'.repeat(3000) },
      acties: Array.from({ length: 40 }, (_, i) => actie(`a${i}`, { wat: `Actie ${i}: ${lang}`.slice(0, 120), wie: 'Chloë' })),
    });
    const pdf = await naarPdf(d, { lettertypen, voettekst: d.titel });
    expect(paginas(pdf)).toBeLessThanOrEqual(3);
  });

  it('an empty verslag is one page', async () => {
    const d = bouwVerslag(legeSnapshot());
    expect(paginas(await naarPdf(d, { lettertypen, voettekst: d.titel }))).toBe(1);
  });

  it('a table row taller than a page is cut, not lost in an endless page loop', async () => {
    const d = { titel: 't', blokken: [{ soort: 'tabel' as const, kolommen: ['a', 'b'], rijen: [['woord '.repeat(5000), 'b']] }] };
    expect(paginas(await naarPdf(d, { lettertypen, voettekst: 't' }))).toBeLessThanOrEqual(2);
  });

  it('the DOCX is a zip (Office Open XML)', async () => {
    const d = bouwVerslag(volleSnapshot());
    const docx = await naarDocx(d, { voettekst: d.titel });
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    expect(docx.length).toBeGreaterThan(5_000);
  });
});

describe('unprintable input', () => {
  it('control characters, lone surrogates and emoji do not break either format', async () => {
    const raar = 'Bel\u0001 de \u0007kredietbank \ud800 🎉 \u200b ëï€';
    const d = { titel: raar, blokken: [{ soort: 'kop' as const, niveau: 1 as const, tekst: raar }, { soort: 'alinea' as const, spans: [{ tekst: raar }] }, { soort: 'tabel' as const, kolommen: [raar], rijen: [[raar]] }] };
    const pdf = await naarPdf(d, { lettertypen, voettekst: raar });
    expect(paginas(pdf)).toBe(1);
    const docx = await naarDocx(d, { voettekst: raar });
    expect([...docx.slice(0, 2)]).toEqual([0x50, 0x4b]);
  });
});
