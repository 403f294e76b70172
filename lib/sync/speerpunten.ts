import type * as Y from 'yjs';
import { z } from 'zod';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, leesRecords } from './leesMap';
import { ORIGIN } from './origins';
import { TRAJECT_MAPS } from './trajectDoc';

/** Lifecycle of a speerpunt; `stoppen` in Check and Act may lead to `gestopt`. */
export const SpeerpuntStatus = z.enum(['actief', 'afgerond', 'gestopt']);
export type SpeerpuntStatus = z.infer<typeof SpeerpuntStatus>;

/** A chosen priority of the traject, `speerpunten.<id>`. */
export const SpeerpuntVelden = z.object({
  titel: z.string().min(1).max(500),
  /** What result counts as success, so the Check of PDCA measures something. */
  doelstelling: z.string().max(2000),
  trekker: z.string().max(200),
  eersteStap: z.string().max(1000),
  status: SpeerpuntStatus,
  /** Epoch ms; optional so speerpunten written without it still read. */
  aangemaakt: z.number().optional(),
});
export type Speerpunt = { id: string } & z.infer<typeof SpeerpuntVelden>;

export const SpeerpuntInvoer = z.object({
  titel: z.string().trim().min(1).max(500),
  doelstelling: z.string().trim().max(2000).default(''),
  trekker: z.string().trim().max(200).default(''),
  eersteStap: z.string().trim().max(1000).default(''),
});
export type SpeerpuntInvoer = z.input<typeof SpeerpuntInvoer>;

/** All valid speerpunten, in the order they were chosen. */
export function readSpeerpunten(doc: Y.Doc): Speerpunt[] {
  return leesRecords(doc.getMap<unknown>(TRAJECT_MAPS.speerpunten), SpeerpuntVelden).sort(
    (a, b) => (a.aangemaakt ?? 0) - (b.aangemaakt ?? 0) || a.id.localeCompare(b.id),
  );
}

/** Adds an `actief` speerpunt (used by the Speerpunten werkvorm and tests). */
export function addSpeerpunt(
  doc: Y.Doc,
  input: SpeerpuntInvoer,
  ctx: SchrijfContext,
): Schrijfuitkomst<{ id: string }> {
  const geparsed = SpeerpuntInvoer.safeParse(input);
  if (!geparsed.success) return { ok: false, reden: 'ongeldig-speerpunt' };
  const id = ctx.newId();
  doc.transact(() => {
    doc
      .getMap<unknown>(TRAJECT_MAPS.speerpunten)
      .set(id, alsYMap({ ...geparsed.data, status: 'actief', aangemaakt: ctx.now() }));
  }, ORIGIN.speerpunten);
  return { ok: true, id };
}
