import { z } from 'zod';
import { Rol, TrajectType, Werkvorm } from './werkvorm';

/** Body schemas of the HTTP API (docs/api.md). Pages and server share them. */

const tekst = (max: number) => z.string().trim().min(1, 'Vul dit veld in.').max(max, `Maximaal ${max} tekens.`);
const optioneleTekst = (max: number) => z.string().trim().max(max, `Maximaal ${max} tekens.`);
const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Gebruik een datum als JJJJ-MM-DD.').refine((d) => !Number.isNaN(Date.parse(d)), 'Dit is geen bestaande datum.');
const email = z.string().trim().toLowerCase().max(254).email('Dit is geen geldig e-mailadres.');

export const SetupBody = z.object({
  naam: tekst(120),
  email,
  wachtwoord: z.string().min(10, 'Kies een wachtwoord van minstens 10 tekens.').max(200, 'Maximaal 200 tekens.'),
});

export const LoginBody = z.object({ email, wachtwoord: z.string().min(1, 'Vul je wachtwoord in.').max(200) });

export const NieuwTrajectBody = z.object({
  type: TrajectType,
  titel: tekst(200),
  thema: tekst(200),
  vraagstuk: tekst(4000),
  einddoel: tekst(4000),
  einddatum: datum.optional().nullable(),
  trekker: optioneleTekst(200).optional(),
});

export const WijzigTrajectBody = z
  .object({
    titel: tekst(200),
    thema: tekst(200),
    vraagstuk: tekst(4000),
    einddoel: tekst(4000),
    einddatum: datum.nullable(),
    trekker: optioneleTekst(200),
    geplandAantal: z.number().int().min(1).max(50).nullable(),
  })
  .partial()
  .strict();

export const NieuweBijeenkomstBody = z.object({
  datum: z.iso.datetime({ offset: true, local: true, message: 'Gebruik een datum en tijd (ISO 8601).' }),
  intentie: tekst(2000),
  agenda: z.array(Werkvorm).max(20).optional(),
});

export const WijzigBijeenkomstBody = NieuweBijeenkomstBody.partial().strict();

export const JoinBody = z.object({
  naam: tekst(120),
  organisatie: tekst(200),
  rol: Rol.optional(),
});

export const UitnodigingBody = z.union([SetupBody, z.object({}).strict()]);

export const DelenBody = z.object({ gedeeld: z.boolean() });


export const RoteerBody = z.object({ soort: z.enum(['deelnemer', 'waarnemer']).default('deelnemer') });

/** Routes without fields still take a JSON object (or nothing), never another kind of value. */
export const LeegBody = z.object({}).passthrough();

export const AfsluitenBody = LeegBody;
