import PDFDocument from 'pdfkit';
import { nlVerslag } from '../i18n/nl-verslag';
import { afbeeldingVan, passend, type Afbeeldingen } from './afbeelding';
import { mapTeksten, type Blok, type Document, type Span } from './document';
import { kolombreedtes } from './kolombreedtes';
import { drukbaar } from './tekst';

/** The TTF files the PDF is set in (assets/fonts, read by the caller: lib reads no files). */
export type PdfLettertypen = { gewoon: Uint8Array; vet: Uint8Array; cursief: Uint8Array; vetCursief: Uint8Array };

/* A4 in points, 2 cm margins, room for the footer. */
const A4 = { breedte: 595.28, hoogte: 841.89 };
const MARGE = 56.7;
const ONDER = 54;
const TEKSTBREEDTE = A4.breedte - 2 * MARGE;
const MAX_Y = A4.hoogte - ONDER;

const MAAT = { tekst: 10, tabel: 8.5, voet: 8, kop: { 1: 17, 2: 12.5, 3: 10.5 } } as const;
const RUIMTE_BOVEN_KOP = { 1: 0, 2: 12, 3: 7 } as const;
const KLEUR = { tekst: '#1A1A1A', kop: '#1F3A5F', rand: '#B8C2CC', kopregel: '#E8EEF5', voet: '#555555' };
const REGELAFSTAND = 1.3;
/** An image is at most this high, so it and its caption fit on one page with room to spare. */
const MAX_BEELD_HOOGTE = (A4.hoogte - MARGE - ONDER) * 0.7;
/** Pixels to points at 96 dpi. */
const PUNT_PER_PIXEL = 0.75;

type Pdf = PDFKit.PDFDocument;

/**
 * The verslag as an A4 PDF set in the fonts shipped with the project (no
 * system fonts, nothing fetched), with page numbers in the footer and tables
 * that repeat their header row on a new page.
 */
export function naarPdf(
  document: Document,
  opties: { lettertypen: PdfLettertypen; voettekst: string; gemaaktOp?: number; taal?: string; afbeeldingen?: Afbeeldingen },
): Promise<Uint8Array> {
  const d = mapTeksten(document, drukbaar);
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGE, bottom: ONDER, left: MARGE, right: MARGE },
    bufferPages: true,
    lang: opties.taal ?? 'nl-NL',
    displayTitle: true,
    // No built-in Helvetica: every glyph comes from the shipped fonts.
    font: null as unknown as string,
    info: {
      Title: d.titel,
      Author: 'Leerbord',
      Creator: 'Leerbord',
      ...(opties.gemaaktOp !== undefined ? { CreationDate: new Date(opties.gemaaktOp) } : {}),
    },
  });
  const delen: Uint8Array[] = [];
  const klaar = new Promise<Uint8Array>((resolve, reject) => {
    pdf.on('data', (deel: Uint8Array) => delen.push(deel));
    pdf.on('end', () => resolve(samenvoegen(delen)));
    pdf.on('error', reject);
  });
  pdf.registerFont('gewoon', opties.lettertypen.gewoon);
  pdf.registerFont('vet', opties.lettertypen.vet);
  pdf.registerFont('cursief', opties.lettertypen.cursief);
  pdf.registerFont('vetCursief', opties.lettertypen.vetCursief);
  pdf.font('gewoon').fontSize(MAAT.tekst).fillColor(KLEUR.tekst);

  d.blokken.forEach((b, i) => teken(pdf, b, i === 0, opties.afbeeldingen));
  voetteksten(pdf, drukbaar(opties.voettekst));
  pdf.end();
  return klaar;
}

function samenvoegen(delen: readonly Uint8Array[]): Uint8Array {
  const uit = new Uint8Array(delen.reduce((n, d) => n + d.length, 0));
  let pos = 0;
  for (const d of delen) {
    uit.set(d, pos);
    pos += d.length;
  }
  return uit;
}

const letter = (s: { vet?: boolean; cursief?: boolean }) => (s.vet ? (s.cursief ? 'vetCursief' : 'vet') : s.cursief ? 'cursief' : 'gewoon');

/** Starts a new page when less than `nodig` points are left on this one. */
function ruimte(pdf: Pdf, nodig: number): void {
  if (pdf.y + nodig > MAX_Y && pdf.y > MARGE + 1) pdf.addPage();
}

function teken(pdf: Pdf, b: Blok, eerste: boolean, afbeeldingen: Afbeeldingen | undefined): void {
  switch (b.soort) {
    case 'kop': {
      const maat = MAAT.kop[b.niveau];
      if (!eerste) pdf.y += RUIMTE_BOVEN_KOP[b.niveau];
      pdf.font('vet').fontSize(maat);
      // Keep a heading with at least three lines of what follows.
      ruimte(pdf, pdf.heightOfString(b.tekst, { width: TEKSTBREEDTE }) + 2 * (MAAT.tekst + 4));
      pdf.fillColor(KLEUR.kop).text(b.tekst, MARGE, pdf.y, { width: TEKSTBREEDTE });
      pdf.fillColor(KLEUR.tekst).font('gewoon').fontSize(MAAT.tekst);
      pdf.y += b.niveau === 1 ? 6 : 3;
      return;
    }
    case 'alinea':
      regels(pdf, b.spans, MARGE, TEKSTBREEDTE);
      pdf.y += 5;
      return;
    case 'lijst':
      b.items.forEach((item, i) => {
        ruimte(pdf, MAAT.tekst + 4);
        const y = pdf.y;
        pdf.font('gewoon').fontSize(MAAT.tekst).text(b.genummerd ? `${i + 1}.` : '•', MARGE + 4, y, { width: 16, lineBreak: false });
        pdf.y = y;
        regels(pdf, item, MARGE + 18, TEKSTBREEDTE - 18);
        pdf.y += 2;
      });
      pdf.y += 4;
      return;
    case 'tabel':
      tabel(pdf, b.kolommen, b.rijen);
      return;
    case 'afbeelding':
      beeld(pdf, b, afbeeldingen);
      return;
    case 'paginaEinde':
      if (pdf.y > MARGE + 1) pdf.addPage();
      return;
    default:
      assertNever(b);
  }
}

/** One paragraph of styled spans, wrapped to `breedte`. */
function regels(pdf: Pdf, spans: readonly Span[], x: number, breedte: number): void {
  const delen = spans.filter((s) => s.tekst.length > 0);
  if (delen.length === 0) return;
  pdf.fontSize(MAAT.tekst).fillColor(KLEUR.tekst);
  delen.forEach((s, i) => {
    const opties = { width: breedte, lineGap: REGELAFSTAND, continued: i < delen.length - 1 };
    pdf.font(letter(s));
    if (i === 0) pdf.text(s.tekst, x, pdf.y, opties);
    else pdf.text(s.tekst, opties);
  });
  pdf.font('gewoon');
}

/**
 * An image scaled into the text width (never enlarged), kept on one page with
 * its caption. A PNG pdfkit cannot read becomes its alt text: a download
 * never fails on it.
 */
function beeld(pdf: Pdf, b: Extract<Blok, { soort: 'afbeelding' }>, afbeeldingen: Afbeeldingen | undefined): void {
  const png = afbeeldingVan(b.bron, afbeeldingen);
  const maat = png ? passend({ breedte: png.breedte * PUNT_PER_PIXEL, hoogte: png.hoogte * PUNT_PER_PIXEL }, TEKSTBREEDTE, MAX_BEELD_HOOGTE) : null;
  pdf.font('cursief').fontSize(MAAT.tabel);
  const bijschrift = pdf.heightOfString(b.bijschrift || ' ', { width: TEKSTBREEDTE });
  if (png && maat) {
    ruimte(pdf, maat.hoogte + bijschrift + 10);
    const y = pdf.y + 2;
    try {
      const bytes = png.png.buffer.slice(png.png.byteOffset, png.png.byteOffset + png.png.byteLength) as ArrayBuffer;
      pdf.image(bytes, MARGE, y, { width: maat.breedte, height: maat.hoogte });
      pdf.y = y + maat.hoogte + 4;
    } catch (err) {
      console.error('[verslag] afbeelding niet te tekenen in de PDF:', err);
      regels(pdf, [{ tekst: nlVerslag.afbeelding.ontbreekt(b.alt), cursief: true }], MARGE, TEKSTBREEDTE);
    }
  } else regels(pdf, [{ tekst: nlVerslag.afbeelding.ontbreekt(b.alt), cursief: true }], MARGE, TEKSTBREEDTE);
  if (b.bijschrift) {
    pdf.font('cursief').fontSize(MAAT.tabel).fillColor(KLEUR.voet).text(b.bijschrift, MARGE, pdf.y, { width: TEKSTBREEDTE });
  }
  pdf.font('gewoon').fontSize(MAAT.tekst).fillColor(KLEUR.tekst);
  pdf.x = MARGE;
  pdf.y += 8;
}

const CEL = 3;

function tabel(pdf: Pdf, kolommen: readonly string[], rijen: readonly (readonly string[])[]): void {
  const breedtes = kolombreedtes(kolommen, rijen).map((f) => f * TEKSTBREEDTE);
  const hoogte = (cellen: readonly string[], vet: boolean) => {
    pdf.font(vet ? 'vet' : 'gewoon').fontSize(MAAT.tabel);
    return Math.max(...breedtes.map((w, i) => pdf.heightOfString(cellen[i] || ' ', { width: w - 2 * CEL, lineGap: 1 }))) + 2 * CEL;
  };
  const kopHoogte = hoogte(kolommen, true);
  const maxRij = MAX_Y - MARGE - kopHoogte - 4;

  const rij = (cellen: readonly string[], y: number, h: number, kopregel: boolean) => {
    let x = MARGE;
    if (kopregel) pdf.rect(MARGE, y, TEKSTBREEDTE, h).fill(KLEUR.kopregel);
    pdf.font(kopregel ? 'vet' : 'gewoon').fontSize(MAAT.tabel).fillColor(KLEUR.tekst);
    breedtes.forEach((w, i) => {
      pdf.text(cellen[i] ?? '', x + CEL, y + CEL, { width: w - 2 * CEL, height: h - 2 * CEL + 1, lineGap: 1, ellipsis: true });
      x += w;
    });
    pdf.lineWidth(0.5).strokeColor(KLEUR.rand);
    x = MARGE;
    for (const w of breedtes) {
      pdf.rect(x, y, w, h).stroke();
      x += w;
    }
  };

  ruimte(pdf, kopHoogte + Math.min(maxRij, hoogte(rijen[0] ?? [], false)));
  let y = pdf.y;
  rij(kolommen, y, kopHoogte, true);
  y += kopHoogte;
  for (const r of rijen) {
    const h = Math.min(maxRij, hoogte(r, false));
    if (y + h > MAX_Y) {
      pdf.addPage();
      y = pdf.y;
      rij(kolommen, y, kopHoogte, true);
      y += kopHoogte;
    }
    rij(r, y, h, false);
    y += h;
  }
  pdf.font('gewoon').fontSize(MAAT.tekst).fillColor(KLEUR.tekst);
  pdf.x = MARGE;
  pdf.y = y + 8;
}

/** "titel · pagina 1 van 2" at the foot of every page, written once all pages exist. */
function voetteksten(pdf: Pdf, tekst: string): void {
  const { start, count } = pdf.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    pdf.switchToPage(i);
    // Writing below the bottom margin would make pdfkit start a new page.
    const marge = pdf.page.margins.bottom;
    pdf.page.margins.bottom = 0;
    pdf.font('gewoon').fontSize(MAAT.voet).fillColor(KLEUR.voet);
    pdf.text(`${tekst} · pagina ${i - start + 1} van ${count}`, MARGE, A4.hoogte - 32, { width: TEKSTBREEDTE, align: 'right', lineBreak: false });
    pdf.page.margins.bottom = marge;
  }
}

function assertNever(x: never): never {
  throw new Error(`Onbekend blok: ${JSON.stringify(x)}`);
}
