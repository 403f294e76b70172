import type * as Y from 'yjs';
import { z } from 'zod';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, leesRecords } from './leesMap';
import { ORIGIN } from './origins';
import { TRAJECT_MAPS } from './trajectDoc';

/** A small win of the traject (seed 002: "successen vieren"), `successen.<id>`. */
export const SuccesVelden = z.object({
  tekst: z.string().min(1).max(1000),
  bijeenkomstId: z.string().max(100).nullable(),
  /** Epoch ms. */
  aangemaakt: z.number(),
});
export type Succes = { id: string } & z.infer<typeof SuccesVelden>;

export const SuccesInvoer = z.object({
  tekst: z.string().trim().min(1).max(1000),
  bijeenkomstId: z.string().max(100).nullable().default(null),
});
export type SuccesInvoer = z.input<typeof SuccesInvoer>;

/** All valid successen, oldest first. */
export function readSuccessen(doc: Y.Doc): Succes[] {
  return leesRecords(doc.getMap<unknown>(TRAJECT_MAPS.successen), SuccesVelden).sort(
    (a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id),
  );
}

/** Adds a succes; returns its id or why not. */
export function addSucces(
  doc: Y.Doc,
  input: SuccesInvoer,
  ctx: SchrijfContext,
): Schrijfuitkomst<{ id: string }> {
  const geparsed = SuccesInvoer.safeParse(input);
  if (!geparsed.success) return { ok: false, reden: 'ongeldig-succes' };
  const id = ctx.newId();
  doc.transact(() => {
    doc
      .getMap<unknown>(TRAJECT_MAPS.successen)
      .set(id, alsYMap({ ...geparsed.data, aangemaakt: ctx.now() }));
  }, ORIGIN.successen);
  return { ok: true, id };
}
