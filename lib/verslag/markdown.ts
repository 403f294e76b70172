import { afbeeldingVan, alsDataUri, type Afbeeldingen } from './afbeelding';
import type { Blok, Document } from './document';
import { escapeInline, spansNaarMarkdown } from './inline';

/**
 * The verslag as Markdown: the download, and the text the begeleider edits.
 * `leesMarkdown` reads it back into the same model. An image is one line,
 * `![alt](bron "bijschrift")`: in the edited text `bron` is the short
 * `afbeelding:<naam>`; given `afbeeldingen` (the download) it becomes the
 * PNG itself as a `data:` URI, so the .md file needs nothing beside it.
 */
export function naarMarkdown(d: Document, opties: { afbeeldingen?: Afbeeldingen } = {}): string {
  return `${d.blokken.map((b) => blokNaarMarkdown(b, opties.afbeeldingen)).join('\n\n')}\n`;
}

/** Escapes what would end an image's alt text or title early. */
const escapeAfbeelding = (tekst: string, teken: string) =>
  tekst
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/\\/g, '\\\\')
    .replace(new RegExp(`[${teken}]`, 'g'), (c) => `\\${c}`);

/** A line that starts like a block marker gets that marker escaped. */
function beschermRegelbegin(regel: string): string {
  if (/^(#{1,6}(\s|$)|[-+>|]|={3,}|!\[)/.test(regel)) return `\\${regel}`;
  const genummerd = /^(\d{1,9})([.)])(\s|$)/.exec(regel);
  if (genummerd) return `${genummerd[1]}\\${regel.slice(genummerd[1]!.length)}`;
  return regel;
}

function blokNaarMarkdown(b: Blok, afbeeldingen: Afbeeldingen | undefined): string {
  switch (b.soort) {
    case 'kop':
      return `${'#'.repeat(b.niveau)} ${escapeInline(b.tekst.replace(/\s+/g, ' ').trim())}`;
    case 'alinea':
      return beschermRegelbegin(spansNaarMarkdown(b.spans).replace(/\s*\n\s*/g, ' '));
    case 'lijst':
      return b.items
        .map((item, i) => `${b.genummerd ? `${i + 1}.` : '-'} ${spansNaarMarkdown(item).replace(/\s*\n\s*/g, ' ')}`)
        .join('\n');
    case 'tabel': {
      const cel = (c: string) => escapeInline(c.replace(/\s+/g, ' ').trim(), true) || ' ';
      const rij = (cellen: readonly string[]) => `| ${cellen.map(cel).join(' | ')} |`;
      const breedte = b.kolommen.length;
      const passend = (r: readonly string[]) => Array.from({ length: breedte }, (_, i) => r[i] ?? '');
      return [rij(b.kolommen), `|${b.kolommen.map(() => ' --- ').join('|')}|`, ...b.rijen.map((r) => rij(passend(r)))].join('\n');
    }
    case 'afbeelding': {
      const png = afbeeldingen ? afbeeldingVan(b.bron, afbeeldingen) : null;
      const bron = png ? alsDataUri(png.png) : b.bron.replace(/\s/g, '');
      return `![${escapeAfbeelding(b.alt, '\\[\\]')}](${bron} "${escapeAfbeelding(b.bijschrift, '"')}")`;
    }
    case 'paginaEinde':
      return '---';
    default:
      return assertNever(b);
  }
}

function assertNever(x: never): never {
  throw new Error(`Onbekend blok: ${JSON.stringify(x)}`);
}
