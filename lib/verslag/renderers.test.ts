import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { maakPng } from '../../tests/helpers/png';
import { unzip } from '../../tests/helpers/zip';
import { verwijzing, type VerslagAfbeelding } from './afbeelding';
import { bouwVerslag } from './bouwVerslag';
import { afbeelding, kop, type Document } from './document';
import { naarDocx } from './docx';
import { leesMarkdown } from './leesMarkdown';
import { naarMarkdown } from './markdown';
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

describe('images', () => {
  const png = maakPng(1600, 900);
  const beeld: VerslagAfbeelding = { png, breedte: 1600, hoogte: 900 };
  const afbeeldingen = new Map([['vrij-bord', beeld]]);
  const d: Document = {
    titel: 'Met afbeelding',
    blokken: [kop(1, 'Met afbeelding'), afbeelding(verwijzing('vrij-bord'), 'Het vrije bord met drie notities', 'Het vrij bord van bijeenkomst 2.')],
  };

  it('DOCX: the PNG in word/media, sized to the text width, with its alt text and caption', async () => {
    const bestanden = unzip(await naarDocx(d, { voettekst: d.titel, afbeeldingen }));
    const media = [...bestanden.keys()].filter((n) => /^word\/media\/.+\.png$/.test(n));
    expect(media).toHaveLength(1);
    expect(bestanden.get(media[0]!)?.equals(png)).toBe(true);
    const xml = bestanden.get('word/document.xml')?.toString('utf8') ?? '';
    expect(xml).toContain('descr="Het vrije bord met drie notities"');
    expect(xml).toContain('Het vrij bord van bijeenkomst 2.');
    // 642 px at 96 dpi is the text width: 642 × 9525 EMU.
    const cx = Number(/<wp:extent cx="(\d+)" cy="(\d+)"/.exec(xml)?.[1]);
    expect(cx).toBeGreaterThan(600 * 9525);
    expect(cx).toBeLessThanOrEqual(643 * 9525);
  });

  it('PDF: one image XObject of the PNG, on one page', async () => {
    const pdf = tekst(await naarPdf(d, { lettertypen, voettekst: d.titel, afbeeldingen }));
    expect(pdf.match(/\/Subtype \/Image/g)).toHaveLength(1);
    expect(pdf).toMatch(/\/Width 1600/);
    expect(paginas(await naarPdf(d, { lettertypen, voettekst: d.titel, afbeeldingen }))).toBe(1);
  });

  it('Markdown: the short reference in the editable text, a data: URI in the download, both read back', () => {
    const bewerkbaar = naarMarkdown(d);
    expect(bewerkbaar).toContain('![Het vrije bord met drie notities](afbeelding:vrij-bord "Het vrij bord van bijeenkomst 2.")');
    expect(leesMarkdown(bewerkbaar, d.titel)).toEqual(d);
    const download = naarMarkdown(d, { afbeeldingen });
    expect(download).toContain(`](data:image/png;base64,${png.toString('base64')} "Het vrij bord van bijeenkomst 2.")`);
    const terug = leesMarkdown(download, d.titel).blokken[1];
    expect(terug).toMatchObject({ soort: 'afbeelding', alt: 'Het vrije bord met drie notities' });
  });

  it('an image that is not there becomes its alt text, and no format fails on it', async () => {
    const docx = unzip(await naarDocx(d, { voettekst: d.titel }));
    expect([...docx.keys()].some((n) => n.startsWith('word/media/'))).toBe(false);
    expect(docx.get('word/document.xml')?.toString('utf8')).toContain('[Afbeelding niet beschikbaar: Het vrije bord met drie notities]');
    const pdf = await naarPdf(d, { lettertypen, voettekst: d.titel });
    expect(tekst(pdf)).not.toContain('/Subtype /Image');
  });

  it('a tall image is scaled to fit the page height, a verslag with the plot still fits three pages', async () => {
    const hoog = { titel: 't', blokken: [afbeelding(verwijzing('vrij-bord'), 'hoog', 'hoog')] };
    const pdf = await naarPdf(hoog, { lettertypen, voettekst: 't', afbeeldingen: new Map([['vrij-bord', { png: maakPng(200, 3000), breedte: 200, hoogte: 3000 }]]) });
    expect(paginas(pdf)).toBe(1);
  });
});
