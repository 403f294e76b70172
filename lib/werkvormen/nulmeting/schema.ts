import { z } from 'zod';

/**
 * Nulmeting (DESIGN §3; seed 001 ch. 4 "inventariseer als leerteam waar je als
 * organisatie staat"): each participant privately scores 1–4 the five
 * kenmerken of a lerende organisatie and the four conditions weten, willen,
 * kunnen, mogen (seed 001 ch. 2), with an optional comment.
 */

/** The five kenmerken, then the four conditions; the order of the form and the plot. */
export const NULMETING_ITEMS = [
  'pdca',
  'weten-willen-kunnen-mogen',
  'evidence-informed',
  'meerdere-niveaus',
  'drieslagleren',
  'weten',
  'willen',
  'kunnen',
  'mogen',
] as const;
export const NulmetingItem = z.enum(NULMETING_ITEMS);
export type NulmetingItem = z.infer<typeof NulmetingItem>;

/** Which group an item belongs to, for headings in the form and the plot. */
export const NULMETING_GROEPEN = {
  kenmerken: ['pdca', 'weten-willen-kunnen-mogen', 'evidence-informed', 'meerdere-niveaus', 'drieslagleren'],
  voorwaarden: ['weten', 'willen', 'kunnen', 'mogen'],
} as const satisfies Record<string, readonly NulmetingItem[]>;

export const SCORES = [1, 2, 3, 4] as const;
export const Score = z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]);
export type Score = z.infer<typeof Score>;

export const MAX_OPMERKING = 1000;

/**
 * One participant's answer as sent in `ronde:inzending.tekst` (versioned JSON).
 * An item may stay unscored ("weet ik niet"); at least one must be scored.
 */
export const NulmetingAntwoord = z.object({
  versie: z.literal(1),
  scores: z.partialRecord(NulmetingItem, Score).refine((s) => Object.keys(s).length > 0, { message: 'Geef minstens één score.' }),
  opmerking: z.string().trim().max(MAX_OPMERKING).default(''),
});
export type NulmetingAntwoord = z.infer<typeof NulmetingAntwoord>;

/** What the plot needs of one answer. */
export type NulmetingScores = { scores: Partial<Record<NulmetingItem, Score>>; opmerking: string };

export function schrijfNulmetingAntwoord(a: NulmetingScores): string {
  return JSON.stringify({ versie: 1, scores: a.scores, opmerking: a.opmerking.trim() });
}

/** Reads a submitted answer; invalid ones (hand-made packets) read as null and are skipped. */
export function leesNulmetingAntwoord(tekst: string): NulmetingScores | null {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    return null;
  }
  const r = NulmetingAntwoord.safeParse(json);
  return r.success ? { scores: r.data.scores, opmerking: r.data.opmerking } : null;
}

/**
 * What the begeleider decides in the Nulmeting (`werkvorm:zet`): the private
 * round of this bijeenkomst and the item the group discusses now (null: all).
 */
export const NulmetingInstellingen = z
  .object({
    ronde: z.string().min(1).max(64).nullable(),
    focus: NulmetingItem.nullable(),
  })
  .partial()
  .strict();
export type NulmetingInstellingen = z.infer<typeof NulmetingInstellingen>;

/** Body of `POST /api/bijeenkomsten/:id/nulmeting`: keep this revealed round's result on the traject. */
export const BewaarNulmetingBody = z.object({ rondeId: z.string().trim().min(1).max(64) }).strict();

/**
 * A revealed nulmeting as the traject keeps it (`nulmetingen.antwoorden`):
 * the scores and comments without names (the round is anonymous).
 */
export const OpgeslagenNulmeting = z.object({
  versie: z.literal(1),
  antwoorden: z.array(z.object({ scores: z.partialRecord(NulmetingItem, Score), opmerking: z.string() })),
});
export type OpgeslagenNulmeting = z.infer<typeof OpgeslagenNulmeting>;

/** One kept nulmeting, as `GET /api/trajecten/:id/nulmetingen` returns it. */
export const Nulmeting = z.object({
  id: z.string(),
  bijeenkomstId: z.string(),
  rondeId: z.string(),
  nummer: z.number().int(),
  /** ISO 8601 date-time of the bijeenkomst. */
  datum: z.string(),
  antwoorden: z.array(z.object({ scores: z.partialRecord(NulmetingItem, Score), opmerking: z.string() })),
});
export type Nulmeting = z.infer<typeof Nulmeting>;
