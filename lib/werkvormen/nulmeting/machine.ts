import { priveZet, type PriveFase, type PriveZet } from '../rondeFase';
import { leesNulmetingAntwoord, type Nulmeting, type NulmetingScores } from './schema';

/**
 * The Nulmeting as a two-step werkvorm: fill in privately, then the dot plot.
 * Pure rules: where the round stands, what the begeleider does next, and which
 * earlier meting the plot shows beside this one.
 */
export const NULMETING_STAPPEN = ['invullen', 'uitslag'] as const;
export type NulmetingStap = (typeof NULMETING_STAPPEN)[number];

export function nulmetingStap(stap: number): NulmetingStap {
  return stap >= 1 ? 'uitslag' : 'invullen';
}

export type NulmetingZet = PriveZet<{ soort: 'naar-uitslag'; rondeId: string }>;

export function nulmetingZet(fase: PriveFase): NulmetingZet {
  return priveZet(fase, (rondeId) => ({ soort: 'naar-uitslag', rondeId }));
}

/** The answers of a revealed round that parse; the rest is skipped. */
export function geldigeAntwoorden(inzendingen: readonly { tekst: string }[]): NulmetingScores[] {
  return inzendingen.map((i) => leesNulmetingAntwoord(i.tekst)).filter((a): a is NulmetingScores => a !== null);
}

/**
 * The meting to show beside this round: the most recent kept one of an
 * earlier bijeenkomst (by bijeenkomst number), never this round itself.
 */
export function eerdereMeting(metingen: readonly Nulmeting[], huidig: { rondeId: string | null; nummer: number }): Nulmeting | null {
  const eerder = metingen.filter((m) => m.rondeId !== huidig.rondeId && m.nummer < huidig.nummer);
  if (eerder.length === 0) return null;
  return eerder.reduce((a, b) => (b.nummer > a.nummer ? b : a));
}

