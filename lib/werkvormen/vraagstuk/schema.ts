import { z } from 'zod';

/**
 * Vraagstuk (DESIGN §3, seed 002 "eerst het waarom, dan het hoe"): each
 * participant privately writes what the problem is, why it matters and what
 * they want to reach. The answer travels as JSON in the `tekst` of
 * `ronde:inzending`; every reader parses it with `leesVraagstukAntwoord`.
 */

export const MAX_VRAAGSTUK_VELD = 2000;

const veld = z.string().trim().max(MAX_VRAAGSTUK_VELD);

/** The three questions, in the order they are asked. */
export const VRAAGSTUK_VELDEN = ['probleem', 'waarom', 'doel'] as const;
export type VraagstukVeld = (typeof VRAAGSTUK_VELDEN)[number];

/** The three answers; at least one must say something. */
export const VraagstukTekst = z
  .object({ probleem: veld, waarom: veld, doel: veld })
  .refine((v) => VRAAGSTUK_VELDEN.some((k) => v[k].length > 0), { message: 'Vul minstens één vraag in.' });
export type VraagstukTekst = z.infer<typeof VraagstukTekst>;

/** A private answer as sent in `ronde:inzending.tekst` (versioned JSON). */
export const VraagstukAntwoord = z.object({
  versie: z.literal(1),
  probleem: veld,
  waarom: veld,
  doel: veld,
});
export type VraagstukAntwoord = z.infer<typeof VraagstukAntwoord>;

/** The answer as the JSON text of a round submission. */
export function schrijfVraagstukAntwoord(v: VraagstukTekst): string {
  const antwoord: VraagstukAntwoord = { versie: 1, probleem: v.probleem.trim(), waarom: v.waarom.trim(), doel: v.doel.trim() };
  return JSON.stringify(antwoord);
}

/**
 * Reads a submitted answer; anything that is not a valid version-1 answer with
 * some content (a hand-made packet, an older client) reads as null and is skipped.
 */
export function leesVraagstukAntwoord(tekst: string): VraagstukTekst | null {
  let json: unknown;
  try {
    json = JSON.parse(tekst);
  } catch {
    return null;
  }
  const r = VraagstukAntwoord.safeParse(json);
  if (!r.success) return null;
  const { probleem, waarom, doel } = r.data;
  const v = { probleem, waarom, doel };
  return VraagstukTekst.safeParse(v).success ? v : null;
}

/**
 * What the begeleider decides in the Vraagstuk (`werkvorm:zet`): which private
 * round holds the answers of this bijeenkomst.
 */
export const VraagstukInstellingen = z
  .object({
    ronde: z.string().min(1).max(64).nullable(),
  })
  .partial()
  .strict();
export type VraagstukInstellingen = z.infer<typeof VraagstukInstellingen>;

/* ------------------------------------------------------------------ the leernetwerk's own cards (HTTP API) */

/** Body of `POST /api/trajecten/:id/vraagstukken/mijn` and `PATCH /api/vraagstukken/:id`. */
export const VraagstukkaartBody = z
  .object({
    probleem: veld,
    waarom: veld,
    doel: veld,
  })
  .strict();

export const WijzigVraagstukkaartBody = VraagstukkaartBody.partial().strict();

/** Body of `POST /api/bijeenkomsten/:id/vraagstuk/kaarten`: the revealed round to make cards from. */
export const KaartenUitRondeBody = z.object({ rondeId: z.string().trim().min(1).max(64) }).strict();

/** What one Afsluiting decided about a card (lib/sync/afsluiting.ts). */
export const KaartMarkering = z.object({
  bijeenkomstId: z.string(),
  nummer: z.number().int(),
  datum: z.string(),
  keuze: z.enum(['aan-de-slag', 'uitdiepen']),
});
export type KaartMarkering = z.infer<typeof KaartMarkering>;

/** A participant's own vraagstuk card on the traject, as the API returns it. */
export const Vraagstukkaart = z.object({
  id: z.string(),
  persoonId: z.string(),
  naam: z.string(),
  organisatie: z.string(),
  rol: z.string(),
  probleem: z.string(),
  waarom: z.string(),
  doel: z.string(),
  /** Epoch ms of the last change. */
  bijgewerkt: z.number(),
  /** True only for the card's owner: nobody else may change it. */
  magBewerken: z.boolean(),
  /** Every Afsluiting's choice about this card, oldest first. */
  markeringen: z.array(KaartMarkering),
});
export type Vraagstukkaart = z.infer<typeof Vraagstukkaart>;
