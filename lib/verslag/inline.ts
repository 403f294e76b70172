import type { Span } from './document';

/**
 * Inline Markdown of the verslag: only **vet** and *cursief*, with backslash
 * escapes. Everything else a person types stays literal text.
 */

const PUNCTUATIE = /[!-/:-@[-`{-~]/;

/** Escapes the characters the reader would take as markup. */
export function escapeInline(tekst: string, inTabel = false): string {
  let uit = tekst.replace(/\\/g, '\\\\').replace(/\*/g, '\\*');
  if (inTabel) uit = uit.replace(/\|/g, '\\|');
  return uit;
}

/** Spans as Markdown; whitespace at the edges of a styled span moves outside its markers. */
export function spansNaarMarkdown(spans: readonly Span[], inTabel = false): string {
  return spans
    .map((s) => {
      const tekst = escapeInline(s.tekst, inTabel);
      const teken = (s.vet ? '**' : '') + (s.cursief ? '*' : '');
      if (!teken) return tekst;
      const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(tekst);
      const [voor = '', kern = '', na = ''] = m ? m.slice(1) : [];
      if (!kern) return tekst;
      const sluit = (s.cursief ? '*' : '') + (s.vet ? '**' : '');
      return `${voor}${teken}${kern}${sluit}${na}`;
    })
    .join('');
}

type Token = { soort: 'tekst'; tekst: string } | { soort: 'teken'; teken: '**' | '*' };

function tokens(regel: string): Token[] {
  const uit: Token[] = [];
  let tekst = '';
  for (let i = 0; i < regel.length; i++) {
    const c = regel[i] ?? '';
    const volgende = regel[i + 1] ?? '';
    if (c === '\\' && PUNCTUATIE.test(volgende)) {
      tekst += volgende;
      i++;
    } else if (c === '*') {
      if (tekst) uit.push({ soort: 'tekst', tekst });
      tekst = '';
      if (volgende === '*') {
        uit.push({ soort: 'teken', teken: '**' });
        i++;
      } else uit.push({ soort: 'teken', teken: '*' });
    } else tekst += c;
  }
  if (tekst) uit.push({ soort: 'tekst', tekst });
  return uit;
}

/**
 * Reads inline Markdown into spans. Markers pair up left to right per kind;
 * an odd one out stays a literal asterisk.
 */
export function leesInline(regel: string): Span[] {
  const lijst = tokens(regel);
  const paren = new Set<number>();
  for (const teken of ['**', '*'] as const) {
    const posities = lijst.flatMap((tk, i) => (tk.soort === 'teken' && tk.teken === teken ? [i] : []));
    const bruikbaar = posities.length - (posities.length % 2);
    posities.slice(0, bruikbaar).forEach((p) => paren.add(p));
  }
  const spans: Span[] = [];
  let isVet = false;
  let isCursief = false;
  const voegToe = (tekst: string) => {
    const laatste = spans[spans.length - 1];
    if (laatste && Boolean(laatste.vet) === isVet && Boolean(laatste.cursief) === isCursief) laatste.tekst += tekst;
    else spans.push({ tekst, ...(isVet ? { vet: true } : {}), ...(isCursief ? { cursief: true } : {}) });
  };
  lijst.forEach((tk, i) => {
    if (tk.soort === 'tekst') voegToe(tk.tekst);
    else if (!paren.has(i)) voegToe(tk.teken);
    else if (tk.teken === '**') isVet = !isVet;
    else isCursief = !isCursief;
  });
  return spans;
}
