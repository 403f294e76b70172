import {
  AlignmentType,
  BorderStyle,
  Document as DocxDocument,
  Footer,
  ImageRun,
  LevelFormat,
  Packer,
  PageBreak,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { nlVerslag } from '../i18n/nl-verslag';
import { afbeeldingVan, passend, type Afbeeldingen } from './afbeelding';
import type { Blok, Document, Span } from './document';
import { kolombreedtes } from './kolombreedtes';
import { drukbaar } from './tekst';

/* A4 with 2 cm margins, in twentieths of a point. */
const PAGINA = { breedte: 11906, hoogte: 16838, marge: 1134 };
const TEKSTBREEDTE = PAGINA.breedte - 2 * PAGINA.marge;
const LETTER = 'Arial';
const KLEUR_KOP = '1F3A5F';
const KLEUR_RAND = 'B8C2CC';
const KLEUR_KOPREGEL = 'E8EEF5';
/* Images in pixels at 96 dpi (how docx sizes an ImageRun): the text width, and at most ~15 cm high. */
const BEELD_BREEDTE = Math.floor((TEKSTBREEDTE / 1440) * 96);
const BEELD_HOOGTE = 560;

/**
 * The verslag as a Word document: real heading styles (Kop 1–3), a named
 * table-text style and numbering, so a gemeente can restyle it with its own
 * template, and tables with a repeating header row for the actielijst.
 */
export async function naarDocx(d: Document, opties: { voettekst: string; taal?: string; afbeeldingen?: Afbeeldingen }): Promise<Uint8Array> {
  const taal = { value: opties.taal ?? 'nl-NL' };
  let lijstNummer = 0;
  const kinderen: (Paragraph | Table)[] = [];
  for (const b of d.blokken) {
    if (b.soort === 'lijst' && b.genummerd) lijstNummer++;
    kinderen.push(...blok(b, lijstNummer, opties.afbeeldingen));
  }
  const docx = new DocxDocument({
    title: drukbaar(d.titel),
    creator: 'Leerbord',
    description: drukbaar(d.titel),
    styles: {
      default: {
        document: { run: { font: LETTER, size: 21, language: taal }, paragraph: { spacing: { after: 100, line: 264 } } },
        heading1: { run: { font: LETTER, size: 34, bold: true, color: KLEUR_KOP }, paragraph: { spacing: { after: 160 }, keepNext: true } },
        heading2: { run: { font: LETTER, size: 26, bold: true, color: KLEUR_KOP }, paragraph: { spacing: { before: 240, after: 80 }, keepNext: true } },
        heading3: { run: { font: LETTER, size: 22, bold: true, color: KLEUR_KOP }, paragraph: { spacing: { before: 160, after: 60 }, keepNext: true } },
      },
      paragraphStyles: [
        { id: 'Tabeltekst', name: 'Tabeltekst', basedOn: 'Normal', quickFormat: true, run: { size: 19 }, paragraph: { spacing: { before: 20, after: 20, line: 240 } } },
        { id: 'Bijschrift', name: 'Bijschrift', basedOn: 'Normal', quickFormat: true, run: { size: 18, italics: true, color: '444444' }, paragraph: { spacing: { before: 40, after: 160 } } },
        { id: 'Voettekst', name: 'Voettekst', basedOn: 'Normal', run: { size: 16, color: '555555' }, paragraph: { spacing: { after: 0 } } },
      ],
    },
    numbering: {
      config: [
        {
          reference: 'genummerd',
          levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', alignment: AlignmentType.LEFT, style: { paragraph: { indent: { left: 400, hanging: 300 } } } }],
        },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGINA.breedte, height: PAGINA.hoogte },
            margin: { top: PAGINA.marge, bottom: PAGINA.marge, left: PAGINA.marge, right: PAGINA.marge, footer: 567 },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                style: 'Voettekst',
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${drukbaar(opties.voettekst)} · pagina `, PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES] })],
              }),
            ],
          }),
        },
        children: kinderen,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(docx));
}

function runs(spans: readonly Span[]): ParagraphChild[] {
  return spans.map((s) => new TextRun({ text: drukbaar(s.tekst), bold: s.vet, italics: s.cursief }));
}

const HEADINGS = { 1: 'Heading1', 2: 'Heading2', 3: 'Heading3' } as const;

function blok(b: Blok, lijstNummer: number, afbeeldingen: Afbeeldingen | undefined): (Paragraph | Table)[] {
  switch (b.soort) {
    case 'kop':
      return [new Paragraph({ heading: HEADINGS[b.niveau], children: [new TextRun(drukbaar(b.tekst))] })];
    case 'alinea':
      return [new Paragraph({ children: runs(b.spans) })];
    case 'lijst':
      return b.items.map((item) =>
        b.genummerd
          ? new Paragraph({ numbering: { reference: 'genummerd', level: 0, instance: lijstNummer }, children: runs(item), spacing: { after: 40 } })
          : new Paragraph({ bullet: { level: 0 }, children: runs(item), spacing: { after: 40 } }),
      );
    case 'tabel':
      return [tabel(b.kolommen, b.rijen), new Paragraph({ spacing: { after: 60 }, children: [] })];
    case 'afbeelding': {
      const bijschrift = new Paragraph({ style: 'Bijschrift', children: [new TextRun(drukbaar(b.bijschrift))] });
      const png = afbeeldingVan(b.bron, afbeeldingen);
      if (!png) return [new Paragraph({ children: [new TextRun({ text: drukbaar(nlVerslag.afbeelding.ontbreekt(b.alt)), italics: true })] })];
      const maat = passend(png, BEELD_BREEDTE, BEELD_HOOGTE);
      const beeld = new ImageRun({
        type: 'png',
        data: png.png,
        transformation: { width: Math.round(maat.breedte), height: Math.round(maat.hoogte) },
        // Word reads the description aloud and shows it in "Alternatieve tekst".
        altText: { name: drukbaar(b.bijschrift), title: drukbaar(b.bijschrift), description: drukbaar(b.alt) },
      });
      return [new Paragraph({ keepNext: true, spacing: { before: 80, after: 0 }, children: [beeld] }), bijschrift];
    }
    case 'paginaEinde':
      return [new Paragraph({ children: [new PageBreak()] })];
    default:
      return assertNever(b);
  }
}

function tabel(kolommen: readonly string[], rijen: readonly (readonly string[])[]): Table {
  const breedtes = kolombreedtes(kolommen, rijen).map((f) => Math.round(f * TEKSTBREEDTE));
  const rand = { style: BorderStyle.SINGLE, size: 4, color: KLEUR_RAND };
  const cel = (tekst: string, i: number, kopregel: boolean) =>
    new TableCell({
      width: { size: breedtes[i] ?? 0, type: WidthType.DXA },
      margins: { top: 40, bottom: 40, left: 80, right: 80 },
      ...(kopregel ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: KLEUR_KOPREGEL } } : {}),
      children: [new Paragraph({ style: 'Tabeltekst', children: [new TextRun({ text: drukbaar(tekst), bold: kopregel })] })],
    });
  return new Table({
    width: { size: TEKSTBREEDTE, type: WidthType.DXA },
    columnWidths: breedtes,
    layout: TableLayoutType.FIXED,
    borders: { top: rand, bottom: rand, left: rand, right: rand, insideHorizontal: rand, insideVertical: rand },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: kolommen.map((k, i) => cel(k, i, true)) }),
      ...rijen.map((r) => new TableRow({ cantSplit: true, children: kolommen.map((_, i) => cel(r[i] ?? '', i, false)) })),
    ],
  });
}

function assertNever(x: never): never {
  throw new Error(`Onbekend blok: ${JSON.stringify(x)}`);
}
