import * as Y from 'yjs';
import { z } from 'zod';
import { Werkvorm } from '../protocol/werkvorm';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, geneste, leesRecords } from './leesMap';
import { ORIGIN } from './origins';
import { TRAJECT_MAPS } from './trajectDoc';

/** Status of an actie on the traject's actielijst (PDCA: reviewed at the next bijeenkomst). */
export const ActieStatus = z.enum(['open', 'bezig', 'gedaan', 'vervallen']);
export type ActieStatus = z.infer<typeof ActieStatus>;

/** An actie as stored in the traject doc (`acties.<id>`). */
export const ActieVelden = z.object({
  wat: z.string().min(1).max(1000),
  /** Trekker of the actie; free text. */
  wie: z.string().max(200),
  /** Deadline, `YYYY-MM-DD` from the form, or free text; empty when unknown. */
  wanneer: z.string().max(100),
  status: ActieStatus,
  /** The bijeenkomst it came from; null when added on the traject page. */
  bijeenkomstId: z.string().max(100).nullable(),
  werkvorm: Werkvorm.nullable(),
  /** Epoch ms. */
  aangemaakt: z.number(),
  /** Optional: the speerpunt it is ranked under. */
  speerpuntId: z.string().max(100).nullable().optional(),
});
export type Actie = { id: string } & z.infer<typeof ActieVelden>;

/** What a person types to add an actie. */
export const ActieInvoer = z.object({
  wat: z.string().trim().min(1).max(1000),
  wie: z.string().trim().max(200).default(''),
  wanneer: z.string().trim().max(100).default(''),
  bijeenkomstId: z.string().max(100).nullable().default(null),
  werkvorm: Werkvorm.nullable().default(null),
  speerpuntId: z.string().max(100).nullable().default(null),
});
export type ActieInvoer = z.input<typeof ActieInvoer>;

function actiesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRAJECT_MAPS.acties);
}

/** All valid acties, oldest first; malformed entries are skipped. */
export function readActies(doc: Y.Doc): Actie[] {
  return leesRecords(actiesMap(doc), ActieVelden).sort(
    (a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id),
  );
}

/** Adds an actie with status `open`; returns its id or why not. */
export function addActie(
  doc: Y.Doc,
  input: ActieInvoer,
  ctx: SchrijfContext,
): Schrijfuitkomst<{ id: string }> {
  const geparsed = ActieInvoer.safeParse(input);
  if (!geparsed.success) return { ok: false, reden: 'ongeldige-actie' };
  const { speerpuntId, ...rest } = geparsed.data;
  const id = ctx.newId();
  const velden = { ...rest, status: 'open' as const, aangemaakt: ctx.now() };
  doc.transact(() => {
    const map = alsYMap(velden);
    if (speerpuntId !== null) map.set('speerpuntId', speerpuntId);
    actiesMap(doc).set(id, map);
  }, ORIGIN.acties);
  return { ok: true, id };
}

/** Sets the status of one actie; a no-op write is skipped. */
export function setActieStatus(doc: Y.Doc, id: string, status: ActieStatus): Schrijfuitkomst {
  if (!ActieStatus.safeParse(status).success) return { ok: false, reden: 'ongeldige-status' };
  const actie = geneste(actiesMap(doc), id);
  if (!actie) return { ok: false, reden: 'onbekende-actie' };
  if (actie.get('status') === status) return { ok: true };
  doc.transact(() => actie.set('status', status), ORIGIN.acties);
  return { ok: true };
}

/**
 * Open acties from earlier bijeenkomsten (status open or bezig, and not made
 * in `bijeenkomstId`): what the Opening reviews.
 */
export function openActiesVanEerder(acties: readonly Actie[], bijeenkomstId: string): Actie[] {
  return acties.filter(
    (a) => a.bijeenkomstId !== bijeenkomstId && (a.status === 'open' || a.status === 'bezig'),
  );
}
