import { KAART_LANEN, type Fase, type Kaart, type KaartLaan, type Klantreis, type Plek } from './schema';

/** The phases left to right: by `volgorde`, ties by id (two people may reorder at once). */
export function gesorteerdeFasen(fasen: readonly Fase[]): Fase[] {
  return [...fasen].sort((a, b) => a.volgorde - b.volgorde || a.id.localeCompare(b.id));
}

/** Key of one cell. */
export function celSleutel(faseId: string, laan: KaartLaan): string {
  return `${faseId}|${laan}`;
}

/** The grid as it is drawn: phases in order and the cards of every cell in order. */
export type Indeling = {
  fasen: Fase[];
  /** celSleutel → cards, top to bottom. */
  cellen: ReadonlyMap<string, Kaart[]>;
};

/**
 * Where every card is shown. A card whose phase no longer exists (someone
 * removed the phase while someone else moved the card into it) is shown in
 * the first phase of its lane, so nothing on the board is ever lost.
 */
export function indeling(reis: Pick<Klantreis, 'fasen' | 'kaarten'>): Indeling {
  const fasen = gesorteerdeFasen(reis.fasen);
  const bekend = new Set(fasen.map((f) => f.id));
  const cellen = new Map<string, Kaart[]>();
  for (const f of fasen) for (const laan of KAART_LANEN) cellen.set(celSleutel(f.id, laan), []);
  const eerste = fasen[0];
  if (!eerste) return { fasen, cellen };
  for (const kaart of reis.kaarten) {
    const faseId = bekend.has(kaart.plek.faseId) ? kaart.plek.faseId : eerste.id;
    cellen.get(celSleutel(faseId, kaart.plek.laan))?.push(kaart);
  }
  for (const lijst of cellen.values()) lijst.sort(opVolgorde);
  return { fasen, cellen };
}

function opVolgorde(a: Kaart, b: Kaart): number {
  return a.plek.volgorde - b.plek.volgorde || a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id);
}

/** The phase a card is shown in (see `indeling`), or null on a board without phases. */
export function getoondeFase(reis: Pick<Klantreis, 'fasen'>, plek: Plek): Fase | null {
  const fasen = gesorteerdeFasen(reis.fasen);
  return fasen.find((f) => f.id === plek.faseId) ?? fasen[0] ?? null;
}

export type Richting = 'links' | 'rechts' | 'omhoog' | 'omlaag';

/**
 * The neighbouring cell for a keyboard move: left/right is the previous or
 * next phase, up/down the previous or next card lane (the Emotie lane holds
 * no cards and is skipped). Null at the edge of the board.
 */
export function buurCel(reis: Pick<Klantreis, 'fasen'>, plek: Plek, richting: Richting): { faseId: string; laan: KaartLaan } | null {
  const fasen = gesorteerdeFasen(reis.fasen);
  const huidig = getoondeFase(reis, plek);
  if (!huidig) return null;
  const fi = fasen.findIndex((f) => f.id === huidig.id);
  const li = KAART_LANEN.indexOf(plek.laan);
  switch (richting) {
    case 'links':
    case 'rechts': {
      const f = fasen[fi + (richting === 'links' ? -1 : 1)];
      return f ? { faseId: f.id, laan: plek.laan } : null;
    }
    case 'omhoog':
    case 'omlaag': {
      const laan = KAART_LANEN[li + (richting === 'omhoog' ? -1 : 1)];
      return laan ? { faseId: huidig.id, laan } : null;
    }
    default:
      return assertNever(richting);
  }
}

/** A sort key after every card of a cell. */
export function volgordeAchteraan(kaarten: readonly Kaart[], faseId: string, laan: KaartLaan): number {
  let max = 0;
  for (const k of kaarten) if (k.plek.faseId === faseId && k.plek.laan === laan) max = Math.max(max, k.plek.volgorde);
  return max + 1;
}

function assertNever(x: never): never {
  throw new Error(`onbekende richting: ${String(x)}`);
}
