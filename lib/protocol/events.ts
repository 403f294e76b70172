import { z } from 'zod';
import { Werkvorm, Soort, BijeenkomstStatus } from './werkvorm';

/**
 * The socket.io facilitation protocol (DESIGN §5). Every client→server payload
 * has a schema here; the server validates each one before it reaches a handler.
 */

const MAX_TEKST = 10_000;
const rondeId = z.string().min(1).max(64);

export const clientEvents = {
  'werkvorm:kies': z.object({ werkvorm: Werkvorm, stap: z.number().int().min(0).max(50).optional() }),
  'timer:start': z.object({ seconden: z.number().int().min(1).max(4 * 3600).optional() }),
  'timer:pauzeer': z.object({}).passthrough(),
  'timer:verleng': z.object({ seconden: z.number().int().min(1).max(3600) }),
  'timer:stop': z.object({}).passthrough(),
  'ronde:open': z.object({
    soort: z.enum(['prive', 'stemmen']),
    titel: z.string().trim().min(1).max(300),
    opties: z.array(z.string().trim().min(1).max(500)).min(1).max(200).optional(),
    budget: z.number().int().min(1).max(50).optional(),
    /** Reveal answers without names. */
    anoniem: z.boolean().optional(),
    /** Each person chooses whether their answer is shown (the quiet reflectie). */
    delenOptioneel: z.boolean().optional(),
  }),
  'ronde:inzending': z.object({ rondeId, tekst: z.string().max(MAX_TEKST), delen: z.boolean().optional() }),
  'ronde:stem': z.object({ rondeId, optie: z.number().int().min(0).max(199), aantal: z.number().int().min(0).max(50) }),
  'ronde:sluit': z.object({ rondeId }),
  'ronde:onthul': z.object({ rondeId }),
  'hand:op': z.object({}).passthrough(),
  'hand:neer': z.object({}).passthrough(),
  'klaar:zet': z.object({ klaar: z.boolean() }),
  /** Extra: what the begeleider decides within a werkvorm (schema per werkvorm in lib/werkvormen/registry). */
  'werkvorm:zet': z.object({ werkvorm: Werkvorm, waarden: z.record(z.string().max(64), z.unknown()) }),
  /** Extra: switch "volg mij" on or off (facilitator). */
  'volg:zet': z.object({ aan: z.boolean() }),
  /** Extra: pick people at random from who is online (facilitator). */
  'loting:trek': z.object({ aantal: z.number().int().min(1).max(20).default(1) }),
} as const;

export type ClientEventName = keyof typeof clientEvents;
export type ClientEvent = {
  [K in ClientEventName]: { type: K; body: z.infer<(typeof clientEvents)[K]> };
}[ClientEventName];

export const RondeSoort = z.enum(['prive', 'stemmen']);
export const RondeStatus = z.enum(['open', 'gesloten', 'onthuld']);

export const PubliekeRonde = z.object({
  id: z.string(),
  soort: RondeSoort,
  titel: z.string(),
  status: RondeStatus,
  aantalInzendingen: z.number(),
  opties: z.array(z.string()).optional(),
  budget: z.number().optional(),
  anoniem: z.boolean().optional(),
  delenOptioneel: z.boolean().optional(),
});
export type PubliekeRonde = z.infer<typeof PubliekeRonde>;

export const Aanwezige = z.object({
  id: z.string(),
  naam: z.string(),
  organisatie: z.string(),
  /** Rol in de keten, or "begeleider". */
  rol: z.string(),
  soort: Soort,
  online: z.boolean(),
});
export type Aanwezige = z.infer<typeof Aanwezige>;

/** `kamer:toestand`: the whole server-decided state of a room. */
export const KamerToestand = z.object({
  status: BijeenkomstStatus,
  werkvorm: Werkvorm.nullable(),
  stap: z.number(),
  volgMij: z.boolean(),
  timer: z.object({ eindeOp: z.number().nullable(), gepauzeerdMetResterend: z.number().nullable() }),
  rondes: z.array(PubliekeRonde),
  aanwezigen: z.array(Aanwezige),
  handen: z.array(z.string()),
  klaar: z.array(z.string()),
  loting: z.object({ ids: z.array(z.string()), op: z.number() }).nullable(),
  /** Per werkvorm what the begeleider decided in it (see lib/werkvormen/registry). */
  werkvormen: z.record(z.string(), z.record(z.string(), z.unknown())),
  serverTijd: z.number(),
  /**
   * Only for clients that connected with `auth.delta`: the number of the last
   * `kamer:wijziging` this state contains, so the next one can be applied.
   */
  versie: z.number().int().optional(),
});
export type KamerToestand = z.infer<typeof KamerToestand>;

/** Ids that left a list and ids appended to it, in order (`handen` is a queue). */
export const IdLijstWijziging = z.object({ weg: z.array(z.string()), bij: z.array(z.string()) });
export type IdLijstWijziging = z.infer<typeof IdLijstWijziging>;

/**
 * `kamer:wijziging`: what changed in `kamer:toestand` since version `basis`,
 * sent instead of the whole state to clients that connected with
 * `auth: {bijeenkomstId, delta: true}`. With 200 people the whole state is
 * about 30 KB (the `aanwezigen`), and one `klaar:zet` would send it to all
 * 200; a change is a few hundred bytes. `velden` holds changed top-level
 * fields whole; `aanwezigen` changes by id (`zet` replaces or appends,
 * `weg` removes); `handen` and `klaar` as id changes unless `velden` has
 * them whole. A client whose version is not `basis` missed one and asks
 * for the whole state again (`kamer:opnieuw`).
 */
export const KamerWijziging = z.object({
  versie: z.number().int(),
  basis: z.number().int(),
  serverTijd: z.number(),
  velden: KamerToestand.omit({ serverTijd: true, versie: true }).partial(),
  aanwezigen: z.object({ zet: z.array(Aanwezige), weg: z.array(z.string()) }).optional(),
  handen: IdLijstWijziging.optional(),
  klaar: IdLijstWijziging.optional(),
});
export type KamerWijziging = z.infer<typeof KamerWijziging>;

/**
 * Client→server events outside the room's state machine: `kamer:opnieuw`
 * asks for the whole `kamer:toestand` again (a delta client that missed a
 * version). Validated like every other event; the ack is `{ok:true}`.
 */
export const syncEvents = {
  'kamer:opnieuw': z.object({}).passthrough(),
} as const;

/** Server→client events besides `kamer:toestand`. */
export type ServerEvents = {
  'kamer:toestand': (t: KamerToestand) => void;
  /** Only to clients that connected with `auth.delta`: what changed since the last version. */
  'kamer:wijziging': (w: KamerWijziging) => void;
  /** Who this connection is, sent once on connect. */
  'kamer:ik': (ik: { id: string; soort: Soort; naam: string }) => void;
  'ronde:onthuld': (b: { rondeId: string; inzendingen: { auteur: string; naam: string; tekst: string }[] }) => void;
  'ronde:uitslag': (b: { rondeId: string; stemmen: Record<string, number> }) => void;
  /** Your own private answer and votes, echoed back to you only (also after a reconnect). */
  'ronde:mijn': (b: { rondeId: string; tekst?: string; delen?: boolean; stemmen?: Record<string, number> }) => void;
};

export type Ack = { ok: true; [k: string]: unknown } | { error: string };
