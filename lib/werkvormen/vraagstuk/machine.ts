import type { Soort, TrajectType } from '../../protocol/werkvorm';
import { priveZet, type PriveFase, type PriveZet } from '../rondeFase';
import { leesVraagstukAntwoord, type VraagstukTekst } from './schema';

/**
 * The Vraagstuk as a small stepper: write privately, see them side by side,
 * then record them (werkplaats: one gezamenlijk vraagstuk; leernetwerk: each
 * keeps an own card). Pure rules only; the round itself is the facilitation
 * protocol's private round.
 */
export const VRAAGSTUK_STAPPEN = ['schrijven', 'naast-elkaar', 'vastleggen'] as const;
export type VraagstukStap = (typeof VRAAGSTUK_STAPPEN)[number];

/** The step at index `stap`, clamped to the three that exist. */
export function vraagstukStap(stap: number): VraagstukStap {
  const i = Math.min(Math.max(Math.trunc(stap), 0), VRAAGSTUK_STAPPEN.length - 1);
  return VRAAGSTUK_STAPPEN[i] ?? 'schrijven';
}

/** What "vastleggen" means for this kind of traject (DESIGN §2). */
export function vastleggen(type: TrajectType): 'gezamenlijk' | 'eigen-kaarten' {
  return type === 'werkplaats' ? 'gezamenlijk' : 'eigen-kaarten';
}

/** The facilitator's next move in the writing step, from where the round stands. */
export type BegeleiderZet = PriveZet<{ soort: 'naar-naast-elkaar' }>;

export function begeleiderZet(fase: PriveFase): BegeleiderZet {
  return priveZet(fase, () => ({ soort: 'naar-naast-elkaar' }));
}

/** Only a participant may write an answer; observers watch and the begeleider leads. */
export function magSchrijven(soort: Soort, fase: PriveFase): boolean {
  return soort === 'deelnemer' && fase.soort === 'open';
}

/**
 * Only the owner edits a card: not the begeleider, not an observer, not
 * another participant (the server enforces the same rule on every write).
 */
export function magKaartBewerken(kaart: { persoonId: string }, persoon: { id: string; soort: Soort }): boolean {
  return persoon.soort === 'deelnemer' && persoon.id === kaart.persoonId;
}

/** A revealed answer that parses, with its author. */
export type OnthuldVraagstuk = { auteur: string; naam: string; vraagstuk: VraagstukTekst };

/**
 * The revealed answers that are valid vraagstukken, in reveal order; anything
 * else (a hand-made packet, an empty answer) is left out.
 */
export function onthuldeVraagstukken(inzendingen: readonly { auteur: string; naam: string; tekst: string }[]): OnthuldVraagstuk[] {
  const uit: OnthuldVraagstuk[] = [];
  for (const i of inzendingen) {
    const vraagstuk = leesVraagstukAntwoord(i.tekst);
    if (vraagstuk) uit.push({ auteur: i.auteur, naam: i.naam, vraagstuk });
  }
  return uit;
}

/**
 * Which revealed answers become a new card: one per author, only for authors
 * who are participants and have no card yet (a card, once made, belongs to its
 * owner, who sharpens it; a later round never overwrites it).
 */
export function nieuweKaarten(
  inzendingen: readonly { auteur: string; tekst: string }[],
  deelnemers: ReadonlySet<string>,
  metKaart: ReadonlySet<string>,
): { persoonId: string; vraagstuk: VraagstukTekst }[] {
  const gezien = new Set<string>();
  const uit: { persoonId: string; vraagstuk: VraagstukTekst }[] = [];
  for (const i of inzendingen) {
    if (!i.auteur || gezien.has(i.auteur) || metKaart.has(i.auteur) || !deelnemers.has(i.auteur)) continue;
    const vraagstuk = leesVraagstukAntwoord(i.tekst);
    if (!vraagstuk) continue;
    gezien.add(i.auteur);
    uit.push({ persoonId: i.auteur, vraagstuk });
  }
  return uit;
}

