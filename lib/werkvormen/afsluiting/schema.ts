import { z } from 'zod';

/** What the begeleider decides in the Afsluiting: the reflectie round. */
export const AfsluitingInstellingen = z
  .object({
    reflectieRonde: z.string().max(64).nullable(),
  })
  .partial()
  .strict();
export type AfsluitingInstellingen = z.infer<typeof AfsluitingInstellingen>;
