import { z } from 'zod';

/**
 * What the begeleider decides in the Afsluiting (`werkvorm:zet`): the quiet
 * reflectie round, and the next bijeenkomst once it is planned, so every
 * screen shows it at once.
 */
export const AfsluitingInstellingen = z
  .object({
    reflectieRonde: z.string().max(64).nullable(),
    volgendeBijeenkomst: z
      .object({
        id: z.string().min(1).max(64),
        /** ISO 8601 date-time. */
        datum: z.string().min(1).max(64),
        intentie: z.string().max(2000),
      })
      .nullable(),
  })
  .partial()
  .strict();
export type AfsluitingInstellingen = z.infer<typeof AfsluitingInstellingen>;
