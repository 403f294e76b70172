import { z } from 'zod';

const persoonId = z.string().min(1).max(64);

/**
 * What the begeleider decides in actieleren (server state, `werkvorm:zet`):
 * who brings the case, who tells, who summarises, which rounds belong to the
 * steps, and the chosen idea. The texts themselves are shared Yjs content.
 */
export const ActielerenInstellingen = z
  .object({
    casusinbrenger: persoonId.nullable(),
    vertellers: z.array(persoonId).max(2),
    samenvatter: persoonId.nullable(),
    /** The private round of step 3 and the vote round of step 5. */
    antwoordRonde: z.string().max(64).nullable(),
    stemRonde: z.string().max(64).nullable(),
    gekozenIdee: z.object({ tekst: z.string().min(1).max(2000), stemmen: z.number().int().min(0).max(10_000) }).nullable(),
  })
  .partial()
  .strict();
export type ActielerenInstellingen = z.infer<typeof ActielerenInstellingen>;
