import { z } from 'zod';
import { Werkvorm, RondeSoort, RondeStatus } from '../protocol';

/**
 * The server-decided state of one bijeenkomst room, stored as versioned JSON
 * (kamers.toestand). It holds private answers and votes, so it never goes to
 * a client as is: `publiekeToestand` projects it.
 */
export const Ronde = z.object({
  id: z.string(),
  soort: RondeSoort,
  titel: z.string(),
  status: RondeStatus,
  opties: z.array(z.string()).optional(),
  budget: z.number().optional(),
  anoniem: z.boolean().default(false),
  delenOptioneel: z.boolean().default(false),
  werkvorm: Werkvorm.nullable(),
  stap: z.number(),
  geopendOp: z.number(),
  /** persoonId → private answer. */
  inzendingen: z.record(z.string(), z.object({ tekst: z.string(), op: z.number(), delen: z.boolean().default(true) })),
  /** persoonId → (optie index → dots). */
  stemmen: z.record(z.string(), z.record(z.string(), z.number())),
});
export type Ronde = z.infer<typeof Ronde>;

export const KamerState = z.object({
  versie: z.literal(1),
  werkvorm: Werkvorm.nullable(),
  stap: z.number(),
  volgMij: z.boolean(),
  timer: z.object({ eindeOp: z.number().nullable(), gepauzeerdMetResterend: z.number().nullable() }),
  rondes: z.array(Ronde),
  handen: z.array(z.string()),
  klaar: z.array(z.string()),
  loting: z.object({ ids: z.array(z.string()), op: z.number() }).nullable(),
  werkvormen: z.record(z.string(), z.record(z.string(), z.unknown())).default({}),
});
export type KamerState = z.infer<typeof KamerState>;

export function nieuweKamer(): KamerState {
  return {
    versie: 1,
    werkvorm: null,
    stap: 0,
    volgMij: true,
    timer: { eindeOp: null, gepauzeerdMetResterend: null },
    rondes: [],
    handen: [],
    klaar: [],
    loting: null,
    werkvormen: {},
  };
}

/** Reads stored JSON, migrating older versions; unknown or broken data gives a fresh room. */
export function leesKamer(json: unknown): KamerState {
  const parsed = KamerState.safeParse(json);
  return parsed.success ? parsed.data : nieuweKamer();
}
