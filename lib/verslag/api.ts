import { z } from 'zod';

/** The longest verslag text a begeleider may save (well inside the 1 MB body limit). */
export const MAX_VERSLAG_TEKST = 200_000;

/** `PUT /api/bijeenkomsten/:id/verslag/tekst`: the begeleider's edited Markdown. */
export const VerslagTekstBody = z
  .object({
    tekst: z
      .string()
      .max(MAX_VERSLAG_TEKST, `Het verslag mag hooguit ${MAX_VERSLAG_TEKST.toLocaleString('nl-NL')} tekens hebben.`)
      .refine((t) => t.trim().length > 0, 'Het verslag mag niet leeg zijn.'),
  })
  .strict();
export type VerslagTekstBody = z.infer<typeof VerslagTekstBody>;

/** Answer of the verslag text routes. */
export type VerslagTekst = {
  tekst: string;
  bewerkt: boolean;
  bewerktOp: number | null;
  gedeeld: boolean;
  /** The begeleider took the vrij bord into this verslag (issue 10). */
  vrijBord: boolean;
};
