import { spanTekst, type Blok, type Document, type KopNiveau } from './document';
import { leesInline } from './inline';

/**
 * Reads the begeleider's Markdown into the document model: headings (#, ##,
 * ###; deeper ones count as ###), paragraphs, bullet and numbered lists, pipe
 * tables, `---` as a page break and an image alone on its line,
 * `![alt](bron "bijschrift")`. Anything else is text, so no edit can break a
 * download.
 */
export function leesMarkdown(md: string, titel = ''): Document {
  const regels = md.replace(/\r\n?/g, '\n').split('\n');
  const blokken: Blok[] = [];
  let alinea: string[] = [];
  let lijst: { genummerd: boolean; items: string[] } | null = null;

  const sluitAlinea = () => {
    if (alinea.length) blokken.push({ soort: 'alinea', spans: leesInline(alinea.join(' ')) });
    alinea = [];
  };
  const sluitLijst = () => {
    if (lijst) blokken.push({ soort: 'lijst', genummerd: lijst.genummerd, items: lijst.items.map((i) => leesInline(i)) });
    lijst = null;
  };
  const sluitAlles = () => {
    sluitAlinea();
    sluitLijst();
  };

  for (let i = 0; i < regels.length; i++) {
    const regel = regels[i] ?? '';
    if (/^\s*$/.test(regel)) {
      sluitAlles();
      continue;
    }
    const beeld = AFBEELDING.exec(regel);
    if (beeld) {
      sluitAlles();
      blokken.push({ soort: 'afbeelding', bron: beeld[2] ?? '', alt: ontsnap(beeld[1] ?? ''), bijschrift: ontsnap(beeld[3] ?? '') });
      continue;
    }
    const kop = /^\s{0,3}(#{1,6})\s+(.*?)(\s+#+)?\s*$/.exec(regel) ?? /^\s{0,3}(#{1,6})$/.exec(regel);
    if (kop) {
      sluitAlles();
      const niveau = Math.min(3, kop[1]!.length) as KopNiveau;
      blokken.push({ soort: 'kop', niveau, tekst: spanTekst(leesInline(kop[2] ?? '')) });
      continue;
    }
    if (/^\s{0,3}(-{3,}|\*{3,}|_{3,})\s*$/.test(regel)) {
      sluitAlles();
      blokken.push({ soort: 'paginaEinde' });
      continue;
    }
    if (/^\s*\|/.test(regel) && isScheiding(regels[i + 1] ?? '')) {
      sluitAlles();
      const kolommen = cellen(regel);
      const rijen: string[][] = [];
      i += 2;
      while (i < regels.length && /^\s*\|/.test(regels[i] ?? '')) {
        const r = cellen(regels[i] ?? '');
        rijen.push(kolommen.map((_, k) => r[k] ?? ''));
        i++;
      }
      i--;
      blokken.push({ soort: 'tabel', kolommen, rijen });
      continue;
    }
    const opsomming = /^\s{0,3}[-*+]\s+(.*)$/.exec(regel);
    const nummer = /^\s{0,3}\d{1,9}[.)]\s+(.*)$/.exec(regel);
    const item = opsomming ?? nummer;
    if (item) {
      sluitAlinea();
      const genummerd = item === nummer;
      if (!lijst || lijst.genummerd !== genummerd) {
        sluitLijst();
        lijst = { genummerd, items: [] };
      }
      lijst.items.push(item[1] ?? '');
      continue;
    }
    if (lijst) {
      // A line right under an item continues it.
      const items: string[] = (lijst as { items: string[] }).items;
      items[items.length - 1] = `${items[items.length - 1] ?? ''} ${regel.trim()}`;
      continue;
    }
    alinea.push(regel.trim());
  }
  sluitAlles();
  const eersteKop = blokken.find((b): b is Extract<Blok, { soort: 'kop' }> => b.soort === 'kop');
  return { titel: titel || eersteKop?.tekst || '', blokken };
}

/** `![alt](bron "bijschrift")` alone on a line; backslash escapes in alt and title. */
const AFBEELDING = /^\s{0,3}!\[((?:[^\]\\]|\\.)*)\]\(\s*([^\s()]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\)\s*$/;

const ontsnap = (tekst: string) => tekst.replace(/\\(.)/g, '$1');

function isScheiding(regel: string): boolean {
  return /^\s*\|?\s*:?-{1,}:?\s*(\|\s*:?-{1,}:?\s*)*\|?\s*$/.test(regel) && regel.includes('-');
}

/** The cells of a pipe-table row; `\|` is a literal bar, inline markup is dropped. */
function cellen(regel: string): string[] {
  const uit: string[] = [];
  let cel = '';
  const r = regel.trim().replace(/^\|/, '');
  for (let i = 0; i < r.length; i++) {
    const c = r[i];
    if (c === '\\' && i + 1 < r.length) {
      cel += c + r[i + 1];
      i++;
    } else if (c === '|') {
      uit.push(cel);
      cel = '';
    } else cel += c;
  }
  if (cel.trim()) uit.push(cel);
  return uit.map((c) => spanTekst(leesInline(c.trim())));
}
