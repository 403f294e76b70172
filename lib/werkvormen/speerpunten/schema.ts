import { z } from 'zod';
import { KaartLaan } from '../klantreis/schema';

/**
 * Speerpunten (DESIGN §3, seed 001 ch. 4: "start met een lange lijst
 * ontwikkelpunten … prioritering … een beperkt aantal speerpunten"): four
 * steps, Verzamelen, Stemmen, Wegen, Kiezen. The steps are the room's `stap`.
 */
export const SPEERPUNTEN_STAPPEN = ['verzamelen', 'stemmen', 'wegen', 'kiezen'] as const;
export type SpeerpuntenStap = (typeof SPEERPUNTEN_STAPPEN)[number];

const id = z.string().min(1).max(100);

export const MAX_ONTWIKKELPUNT = 500;

/** Where an ontwikkelpunt came from; stored once, never changed. */
export const Bron = z.discriminatedUnion('soort', [
  z.object({
    soort: z.literal('klantreis'),
    klantreisId: id,
    kaartId: id,
    /** Persona name and phase name at the moment of promotion (the board may change later). */
    persona: z.string().max(120),
    fase: z.string().max(100),
    laan: KaartLaan,
  }),
  z.object({ soort: z.literal('actieleren'), bijeenkomstId: id.nullable() }),
  z.object({ soort: z.literal('vrij') }),
]);
export type Bron = z.infer<typeof Bron>;

/** An item of the traject's long list (`ontwikkelpunten.<id>` in the traject doc). */
export const Ontwikkelpunt = z.object({
  id,
  titel: z.string().min(1).max(MAX_ONTWIKKELPUNT),
  bron: Bron,
  bijeenkomstId: id.nullable(),
  /** Set when merged into another item as its duplicate; the long list shows it under that one. */
  samengevoegdIn: id.nullable(),
  aangemaakt: z.number(),
});
export type Ontwikkelpunt = z.infer<typeof Ontwikkelpunt>;

/** Position on the impact × haalbaarheid matrix, 0..100 each (100 = high impact, easy to do). */
export const MatrixPositie = z.object({
  impact: z.number().min(0).max(100),
  haalbaarheid: z.number().min(0).max(100),
});
export type MatrixPositie = z.infer<typeof MatrixPositie>;

export const STANDAARD_BUDGET = 3;
export const STANDAARD_TOP = 6;
export const STANDAARD_MAX_SPEERPUNTEN = 3;
/** Above this many speerpunten the warning gets stronger (seed 002: "niet te veel"). */
export const VEEL_TE_VEEL = 5;

/**
 * What the begeleider decides in Speerpunten (server state, `werkvorm:zet`):
 * the vote round and which ontwikkelpunt each of its options is, and how many
 * of the top items go onto the matrix.
 */
export const SpeerpuntenInstellingen = z
  .object({
    stemRonde: z.string().max(64).nullable(),
    /** Ontwikkelpunt id per option index of the vote round. */
    stemOpties: z.array(id).max(200),
    topAantal: z.number().int().min(1).max(20),
  })
  .partial()
  .strict();
export type SpeerpuntenInstellingen = z.infer<typeof SpeerpuntenInstellingen>;
