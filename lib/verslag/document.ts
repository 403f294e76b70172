import { z } from 'zod';

/**
 * The verslag as a small document model: headings, paragraphs, lists, tables,
 * images and page breaks. The builder makes one, the Markdown reader makes one from
 * the begeleider's edited text, and every renderer (Markdown, DOCX, PDF, the
 * web page) draws one. Nothing richer, so all formats stay alike.
 */
export const Span = z.object({
  tekst: z.string(),
  vet: z.boolean().optional(),
  cursief: z.boolean().optional(),
});
export type Span = z.infer<typeof Span>;

export const Blok = z.discriminatedUnion('soort', [
  z.object({ soort: z.literal('kop'), niveau: z.union([z.literal(1), z.literal(2), z.literal(3)]), tekst: z.string() }),
  z.object({ soort: z.literal('alinea'), spans: z.array(Span) }),
  z.object({ soort: z.literal('lijst'), genummerd: z.boolean(), items: z.array(z.array(Span)) }),
  z.object({ soort: z.literal('tabel'), kolommen: z.array(z.string()), rijen: z.array(z.array(z.string())) }),
  z.object({
    soort: z.literal('afbeelding'),
    /** `afbeelding:<naam>` for a stored image of this verslag (see afbeelding.ts), or a `data:image/png;base64,` URI. */
    bron: z.string(),
    /** Dutch text alternative: what the image shows, for screen readers and when it cannot be drawn. */
    alt: z.string(),
    /** Dutch caption printed under the image. */
    bijschrift: z.string(),
  }),
  z.object({ soort: z.literal('paginaEinde') }),
]);
export type Blok = z.infer<typeof Blok>;
export type KopNiveau = Extract<Blok, { soort: 'kop' }>['niveau'];

export const Document = z.object({
  /** Title for the file's metadata and the page footer. */
  titel: z.string(),
  blokken: z.array(Blok),
});
export type Document = z.infer<typeof Document>;

/* Small constructors, so builders read like the text they make. */

export const kop = (niveau: KopNiveau, tekst: string): Blok => ({ soort: 'kop', niveau, tekst });
export const gewoon = (tekst: string): Span => ({ tekst });
export const vet = (tekst: string): Span => ({ tekst, vet: true });
export const cursief = (tekst: string): Span => ({ tekst, cursief: true });
export const alinea = (...spans: Span[]): Blok => ({ soort: 'alinea', spans });
/** "**Label:** waarde" on one line. */
export const metLabel = (label: string, waarde: string): Blok => alinea(vet(`${label}:`), gewoon(` ${waarde}`));
export const lijst = (items: readonly (string | Span[])[], genummerd = false): Blok => ({
  soort: 'lijst',
  genummerd,
  items: items.map((i) => (typeof i === 'string' ? [gewoon(i)] : i)),
});
export const tabel = (kolommen: readonly string[], rijen: readonly (readonly string[])[]): Blok => ({
  soort: 'tabel',
  kolommen: [...kolommen],
  rijen: rijen.map((r) => [...r]),
});

/** An image with its text alternative and caption (both Dutch, both required). */
export const afbeelding = (bron: string, alt: string, bijschrift: string): Blok => ({ soort: 'afbeelding', bron, alt, bijschrift });

/** The plain text of some spans. */
export function spanTekst(spans: readonly Span[]): string {
  return spans.map((s) => s.tekst).join('');
}

/** The document with `schoon` applied to every text (for renderers that must drop unprintable characters). */
export function mapTeksten(d: Document, schoon: (tekst: string) => string): Document {
  const spans = (s: readonly Span[]) => s.map((x) => ({ ...x, tekst: schoon(x.tekst) }));
  return {
    titel: schoon(d.titel),
    blokken: d.blokken.map((b): Blok => {
      switch (b.soort) {
        case 'kop':
          return { ...b, tekst: schoon(b.tekst) };
        case 'alinea':
          return { ...b, spans: spans(b.spans) };
        case 'lijst':
          return { ...b, items: b.items.map(spans) };
        case 'tabel':
          return { ...b, kolommen: b.kolommen.map(schoon), rijen: b.rijen.map((r) => r.map(schoon)) };
        case 'afbeelding':
          return { ...b, alt: schoon(b.alt), bijschrift: schoon(b.bijschrift) };
        case 'paginaEinde':
          return b;
      }
    }),
  };
}
