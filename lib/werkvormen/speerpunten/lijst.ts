import type { Ontwikkelpunt } from './schema';

/** One line of the long list: an item and the duplicates merged into it. */
export type LijstItem = { punt: Ontwikkelpunt; samengevoegd: Ontwikkelpunt[] };

/**
 * The item an ontwikkelpunt ends up under after merges. Follows
 * `samengevoegdIn` to the top; an unknown target counts as no merge. Two
 * people may merge A into B and B into A at the same moment: in such a loop
 * the item with the smallest id is the one that stays, on every screen alike.
 */
export function wortel(id: string, punten: ReadonlyMap<string, Ontwikkelpunt>): string {
  const pad: string[] = [];
  let huidig = id;
  for (;;) {
    const punt = punten.get(huidig);
    const volgende = punt?.samengevoegdIn ?? null;
    if (volgende === null || !punten.has(volgende)) return huidig;
    pad.push(huidig);
    const lus = pad.indexOf(volgende);
    if (lus >= 0) return [...pad.slice(lus)].sort()[0] as string;
    huidig = volgende;
  }
}

/** The long list: items that were not merged away, oldest first, each with its merged duplicates. */
export function langeLijst(punten: readonly Ontwikkelpunt[]): LijstItem[] {
  const perId = new Map(punten.map((p) => [p.id, p]));
  const items = new Map<string, LijstItem>();
  const gesorteerd = [...punten].sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id));
  for (const p of gesorteerd) if (wortel(p.id, perId) === p.id) items.set(p.id, { punt: p, samengevoegd: [] });
  for (const p of gesorteerd) {
    const w = wortel(p.id, perId);
    if (w !== p.id) items.get(w)?.samengevoegd.push(p);
  }
  return [...items.values()];
}

/** Why a merge is refused, or null when it is fine. */
export function samenvoegProbleem(
  doelId: string,
  bronId: string,
  punten: readonly Ontwikkelpunt[],
): 'zelfde' | 'onbekend' | null {
  const perId = new Map(punten.map((p) => [p.id, p]));
  if (!perId.has(doelId) || !perId.has(bronId)) return 'onbekend';
  if (wortel(doelId, perId) === wortel(bronId, perId)) return 'zelfde';
  return null;
}

/** Text as compared for duplicates: lower case, no punctuation, single spaces. */
export function vergelijkTekst(tekst: string): string {
  return tekst
    .toLocaleLowerCase('nl')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const STOPWOORDEN = new Set(['de', 'het', 'een', 'en', 'van', 'voor', 'bij', 'in', 'op', 'met', 'te', 'naar', 'aan', 'is', 'er', 'om', 'of', 'door', 'die', 'dat']);

/** A rough Dutch stem: "warme" and "warm", "wachtlijsten" and "wachtlijst" count as one word. */
function stam(w: string): string {
  if (w.length > 5 && w.endsWith('en')) return w.slice(0, -2);
  if (w.length > 4 && (w.endsWith('e') || w.endsWith('s'))) return w.slice(0, -1);
  return w;
}

function woorden(tekst: string): Set<string> {
  return new Set(
    vergelijkTekst(tekst)
      .split(' ')
      .filter((w) => w.length > 1 && !STOPWOORDEN.has(w))
      .map(stam),
  );
}

/**
 * Pairs on the long list that look like duplicates: the same words, or one
 * item's words nearly all in the other. A hint for the group; merging stays
 * a human decision.
 */
export function mogelijkeDubbelen(items: readonly LijstItem[]): Array<[string, string]> {
  const paren: Array<[string, string]> = [];
  const sets = items.map((i) => ({ id: i.punt.id, w: woorden(i.punt.titel) }));
  for (let i = 0; i < sets.length; i++) {
    for (let j = i + 1; j < sets.length; j++) {
      const a = sets[i]!;
      const b = sets[j]!;
      if (a.w.size === 0 || b.w.size === 0) continue;
      let gedeeld = 0;
      for (const w of a.w) if (b.w.has(w)) gedeeld++;
      const kleinste = Math.min(a.w.size, b.w.size);
      const grootste = Math.max(a.w.size, b.w.size);
      if (gedeeld === grootste || (kleinste >= 2 && gedeeld / kleinste >= 0.8)) paren.push([a.id, b.id]);
    }
  }
  return paren;
}
