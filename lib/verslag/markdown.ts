import type { Blok, Document } from './document';
import { escapeInline, spansNaarMarkdown } from './inline';

/**
 * The verslag as Markdown: the download, and the text the begeleider edits.
 * `leesMarkdown` reads it back into the same model.
 */
export function naarMarkdown(d: Document): string {
  return `${d.blokken.map(blokNaarMarkdown).join('\n\n')}\n`;
}

/** A line that starts like a block marker gets that marker escaped. */
function beschermRegelbegin(regel: string): string {
  if (/^(#{1,6}(\s|$)|[-+>|]|={3,})/.test(regel)) return `\\${regel}`;
  const genummerd = /^(\d{1,9})([.)])(\s|$)/.exec(regel);
  if (genummerd) return `${genummerd[1]}\\${regel.slice(genummerd[1]!.length)}`;
  return regel;
}

function blokNaarMarkdown(b: Blok): string {
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
    case 'paginaEinde':
      return '---';
    default:
      return assertNever(b);
  }
}

function assertNever(x: never): never {
  throw new Error(`Onbekend blok: ${JSON.stringify(x)}`);
}
