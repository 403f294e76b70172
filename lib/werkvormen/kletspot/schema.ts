import { z } from 'zod';

/**
 * The kletspot (DESIGN §3, seed 004): an anonymous question box of the
 * traject. The server keeps the question and the day it came in, never who
 * asked; in a bijeenkomst the begeleider draws one blind.
 */

export const MAX_KLETSVRAAG = 500;

/** Body of `POST /api/trajecten/:id/kletspot`. */
export const KletsvraagBody = z
  .object({
    vraag: z.string().trim().min(3, 'Schrijf een vraag van minstens 3 tekens.').max(MAX_KLETSVRAAG, `Maximaal ${MAX_KLETSVRAAG} tekens.`),
  })
  .strict();

/** Where a drawn question goes: today's agenda, or the ontwikkelpunten long list. */
export const KletsBestemming = z.enum(['agenda', 'ontwikkelpunt']);
export type KletsBestemming = z.infer<typeof KletsBestemming>;

/** Body of `POST /api/bijeenkomsten/:id/kletspot/:vraagId`. */
export const KletsBestemmingBody = z.object({ bestemming: KletsBestemming }).strict();

export const KletsStatus = z.enum(['open', 'getrokken']);
export type KletsStatus = z.infer<typeof KletsStatus>;

/** A drawn question as shown in the room. */
export const GetrokkenVraag = z.object({ id: z.string(), tekst: z.string() });
export type GetrokkenVraag = z.infer<typeof GetrokkenVraag>;

/**
 * The kletspot's part of `kamer:toestand.werkvormen.kletspot`, written only by
 * the server (it is not a werkvorm, so `werkvorm:zet` cannot reach it): the
 * question on screen now, and today's agenda items from the kletspot.
 */
export const KletspotStand = z.object({
  vraag: GetrokkenVraag.nullable().default(null),
  agenda: z.array(GetrokkenVraag).max(100).default([]),
});
export type KletspotStand = z.infer<typeof KletspotStand>;

/** Reads the server's kletspot state; anything unexpected reads as empty. */
export function leesKletspotStand(waarde: unknown): KletspotStand {
  const r = KletspotStand.safeParse(waarde ?? {});
  return r.success ? r.data : { vraag: null, agenda: [] };
}

/** One drawn question of the traject, as `GET /api/trajecten/:id/kletspot` lists it. */
export const GetrokkenKletsvraag = z.object({
  id: z.string(),
  vraag: z.string(),
  /** YYYY-MM-DD the question came in: the only time the server keeps. */
  dag: z.string(),
  bijeenkomstId: z.string().nullable(),
  nummer: z.number().int().nullable(),
  bestemming: KletsBestemming.nullable(),
});
export type GetrokkenKletsvraag = z.infer<typeof GetrokkenKletsvraag>;

export const KletspotOverzicht = z.object({
  /** How many questions wait in the pot (their text stays hidden until drawn). */
  open: z.number().int().min(0),
  getrokken: z.array(GetrokkenKletsvraag),
});
export type KletspotOverzicht = z.infer<typeof KletspotOverzicht>;
