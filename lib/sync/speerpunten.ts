import * as Y from 'yjs';
import { z } from 'zod';
import { speerpuntIdVoor } from '../werkvormen/speerpunten/kiezen';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, geneste, leesRecords } from './leesMap';
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
  /** Chosen in the Speerpunten werkvorm: from which ontwikkelpunt, in which bijeenkomst, with how many dots. */
  ontwikkelpuntId: z.string().max(100).nullable().optional(),
  bijeenkomstId: z.string().max(100).nullable().optional(),
  stemmen: z.number().int().min(0).nullable().optional(),
  /** Ids of the acties ranked under it, highest first (seed 002: "onder de speerpunten … rangschikken"). */
  actieVolgorde: z.array(z.string().max(100)).max(500).optional(),
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

/** What the Speerpunten werkvorm knows when an ontwikkelpunt is chosen. */
export const KeuzeInvoer = z.object({
  ontwikkelpuntId: z.string().min(1).max(100),
  titel: z.string().trim().min(1).max(500),
  bijeenkomstId: z.string().min(1).max(100).nullable(),
  stemmen: z.number().int().min(0).nullable(),
});
export type KeuzeInvoer = z.input<typeof KeuzeInvoer>;

function speerpuntenMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>(TRAJECT_MAPS.speerpunten);
}

/**
 * Makes an ontwikkelpunt a speerpunt of the traject. The id follows from the
 * ontwikkelpunt, so two people choosing it at once make one speerpunt; choosing
 * one that exists changes nothing (its trekker and stap stay).
 */
export function kiesSpeerpunt(doc: Y.Doc, input: KeuzeInvoer, ctx: SchrijfContext): Schrijfuitkomst<{ id: string }> {
  const geparsed = KeuzeInvoer.safeParse(input);
  if (!geparsed.success) return { ok: false, reden: 'ongeldig-speerpunt' };
  const id = speerpuntIdVoor(geparsed.data.ontwikkelpuntId);
  if (speerpuntenMap(doc).get(id) instanceof Y.Map) return { ok: true, id };
  doc.transact(() => {
    speerpuntenMap(doc).set(
      id,
      alsYMap({
        titel: geparsed.data.titel,
        doelstelling: '',
        trekker: '',
        eersteStap: '',
        status: 'actief',
        aangemaakt: ctx.now(),
        ontwikkelpuntId: geparsed.data.ontwikkelpuntId,
        bijeenkomstId: geparsed.data.bijeenkomstId,
        stemmen: geparsed.data.stemmen,
      }),
    );
  }, ORIGIN.speerpunten);
  return { ok: true, id };
}

const Wijziging = SpeerpuntVelden.pick({ titel: true, doelstelling: true, trekker: true, eersteStap: true }).partial();
export type SpeerpuntWijziging = z.infer<typeof Wijziging>;

/** Changes the text fields of a speerpunt; only changed fields are written. */
export function wijzigSpeerpunt(doc: Y.Doc, id: string, wijziging: SpeerpuntWijziging): Schrijfuitkomst {
  const geparsed = Wijziging.safeParse(wijziging);
  if (!geparsed.success) return { ok: false, reden: 'ongeldig-speerpunt' };
  const map = geneste(speerpuntenMap(doc), id);
  if (!map) return { ok: false, reden: 'onbekend-speerpunt' };
  doc.transact(() => {
    for (const [veld, waarde] of Object.entries(geparsed.data)) {
      if (waarde !== undefined && map.get(veld) !== waarde) map.set(veld, waarde);
    }
  }, ORIGIN.speerpunten);
  return { ok: true };
}

/** Takes back a speerpunt chosen by mistake (the view offers this only in the bijeenkomst it was chosen in). */
export function verwijderSpeerpunt(doc: Y.Doc, id: string): Schrijfuitkomst {
  if (!speerpuntenMap(doc).has(id)) return { ok: false, reden: 'onbekend-speerpunt' };
  doc.transact(() => speerpuntenMap(doc).delete(id), ORIGIN.speerpunten);
  return { ok: true };
}

/** Stores the ranking of the acties under a speerpunt (one value: the last ranking wins as a whole). */
export function zetActieVolgorde(doc: Y.Doc, id: string, actieIds: readonly string[]): Schrijfuitkomst {
  const map = geneste(speerpuntenMap(doc), id);
  if (!map) return { ok: false, reden: 'onbekend-speerpunt' };
  const geparsed = SpeerpuntVelden.shape.actieVolgorde.safeParse([...actieIds]);
  if (!geparsed.success) return { ok: false, reden: 'ongeldig-speerpunt' };
  doc.transact(() => map.set('actieVolgorde', geparsed.data ?? []), ORIGIN.speerpunten);
  return { ok: true };
}
