import { nlVerslag as t } from '../i18n/nl-verslag';
import { spanTekst, type Blok } from './document';
import { leesMarkdown } from './leesMarkdown';
import { kort } from './tekst';

/**
 * Three lines for the next Opening (DESIGN §3, seed 002: "bij een volgende
 * bijeenkomst wordt een deel van het gesprek opnieuw gedaan"): last time's
 * intentie, its new actions and its successen. Read from the verslag as
 * shared, so the begeleider's edits count; sections that were removed are skipped.
 */
export function terugblik(verslag: string): string[] {
  const blokken = leesMarkdown(verslag).blokken;
  const intentie = sectie(blokken, (k) => k === t.document.intentie)
    .filter((b) => b.soort === 'alinea')
    .map((b) => spanTekst(b.spans))
    .join(' ');
  const nieuweActies = sectie(blokken, (k) => k.startsWith(t.acties.nieuw(0).replace(/\s*\(0\)$/, '')))
    .flatMap((b) => (b.soort === 'tabel' ? b.rijen.map((r) => r[0] ?? '') : []))
    .filter((x) => x.trim());
  const successen = sectie(blokken, (k) => k === t.successen.kop).flatMap((b) => (b.soort === 'lijst' ? b.items.map(spanTekst) : []));
  const oudeIntentie = /^Intentie: (.*)$/m.exec(verslag)?.[1];
  return [
    intentie || oudeIntentie ? t.terugblik.intentie(kort(intentie || oudeIntentie || '', 200)) : null,
    nieuweActies.length ? t.terugblik.acties(nieuweActies.length, nieuweActies.slice(0, 2).map((a) => kort(a, 80)).join('; ')) : null,
    successen.length ? t.terugblik.successen(successen.slice(0, 3).map((s) => kort(s, 80)).join('; ')) : null,
  ].filter((r): r is string => r !== null);
}

/** The blocks under the first heading that matches, up to the next heading of the same or a higher level. */
function sectie(blokken: readonly Blok[], past: (kop: string) => boolean): Blok[] {
  const start = blokken.findIndex((b) => b.soort === 'kop' && past(b.tekst));
  const kop = blokken[start];
  if (start < 0 || !kop || kop.soort !== 'kop') return [];
  const uit: Blok[] = [];
  for (const b of blokken.slice(start + 1)) {
    if (b.soort === 'kop' && b.niveau <= kop.niveau) break;
    uit.push(b);
  }
  return uit;
}
