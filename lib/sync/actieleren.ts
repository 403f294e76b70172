import * as Y from 'yjs';
import { z } from 'zod';
import { ACTIELEREN_TEKSTEN, type ActielerenTekstVeld } from './bijeenkomstDoc';
import type { SchrijfContext, Schrijfuitkomst } from './context';
import { alsYMap, geneste, leesRecords } from './leesMap';
import { ORIGIN } from './origins';
import { pasDeltaToe, type TekstDelta } from './tekstDiff';

/**
 * Longest text per field. The verslag keeps at most 20 000 characters of any
 * text; a casus is a page, the other fields a paragraph or two.
 */
export const MAX_ACTIELEREN_TEKST: Readonly<Record<ActielerenTekstVeld, number>> = {
  casusTitel: 200,
  casus: 10_000,
  reflectievraag: 1_000,
  dialoog: 10_000,
  samenvatting: 5_000,
};

/** A sharpening or addition to the chosen idea (step 8), `actieleren.aanscherpingen.<id>`. */
export const AanscherpingVelden = z.object({
  tekst: z.string().min(1).max(2_000),
  auteurId: z.string().max(100),
  /** The author's name as it was when they wrote it. */
  auteur: z.string().max(200),
  /** Epoch ms. */
  aangemaakt: z.number(),
});
export type Aanscherping = { id: string } & z.infer<typeof AanscherpingVelden>;

export const AanscherpingInvoer = z.object({
  tekst: z.string().trim().min(1).max(2_000),
  auteurId: z.string().min(1).max(100),
  auteur: z.string().trim().max(200),
});
export type AanscherpingInvoer = z.input<typeof AanscherpingInvoer>;

/** Everything of actieleren in the bijeenkomst doc, as plain data. */
export type ActielerenBord = Readonly<Record<ActielerenTekstVeld, string>> & {
  readonly aanscherpingen: readonly Aanscherping[];
};

function actieleren(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap<unknown>('actieleren');
}

/** One shared text; a missing or malformed field reads as empty. */
export function leesActielerenTekst(doc: Y.Doc, veld: ActielerenTekstVeld): string {
  const waarde = actieleren(doc).get(veld);
  return waarde instanceof Y.Text ? waarde.toString() : '';
}

/**
 * Applies one edit (from a text field, see `tekstDiff`) to a shared text.
 * Offsets are clamped to the current text, since a remote edit may have
 * shortened it in between; an edit that would make it too long is refused.
 */
export function wijzigActielerenTekst(doc: Y.Doc, veld: ActielerenTekstVeld, delta: TekstDelta): Schrijfuitkomst {
  if (!(ACTIELEREN_TEKSTEN as readonly string[]).includes(veld)) return { ok: false, reden: 'onbekend-veld' };
  const huidig = leesActielerenTekst(doc, veld);
  if (pasDeltaToe(huidig, delta).length > MAX_ACTIELEREN_TEKST[veld]) return { ok: false, reden: 'te-lang' };
  doc.transact(() => {
    let tekst = actieleren(doc).get(veld);
    // The server creates the texts when it loads the room (layout v2); this
    // fallback only runs against a server that does not.
    if (!(tekst instanceof Y.Text)) {
      tekst = new Y.Text();
      actieleren(doc).set(veld, tekst);
    }
    const t = tekst as Y.Text;
    const index = Math.min(Math.max(delta.index, 0), t.length);
    const verwijder = Math.min(Math.max(delta.verwijder, 0), t.length - index);
    if (verwijder > 0) t.delete(index, verwijder);
    if (delta.invoeg) t.insert(index, delta.invoeg);
  }, ORIGIN.actieleren);
  return { ok: true };
}

function aanscherpingenMap(doc: Y.Doc, maak: boolean): Y.Map<unknown> | undefined {
  const bestaand = geneste(actieleren(doc), 'aanscherpingen');
  if (bestaand || !maak) return bestaand;
  const nieuw = new Y.Map<unknown>();
  actieleren(doc).set('aanscherpingen', nieuw);
  return nieuw;
}

/** All valid sharpenings, oldest first. */
export function readAanscherpingen(doc: Y.Doc): Aanscherping[] {
  const map = aanscherpingenMap(doc, false);
  if (!map) return [];
  return leesRecords(map, AanscherpingVelden).sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id));
}

/** Adds a sharpening to the chosen idea; returns its id or why not. */
export function addAanscherping(doc: Y.Doc, input: AanscherpingInvoer, ctx: SchrijfContext): Schrijfuitkomst<{ id: string }> {
  const geparsed = AanscherpingInvoer.safeParse(input);
  if (!geparsed.success) return { ok: false, reden: 'ongeldige-aanscherping' };
  const id = ctx.newId();
  doc.transact(() => {
    aanscherpingenMap(doc, true)?.set(id, alsYMap({ ...geparsed.data, aangemaakt: ctx.now() }));
  }, ORIGIN.actieleren);
  return { ok: true, id };
}

/** Removes a sharpening; only its author may (the view offers it to them only). */
export function verwijderAanscherping(doc: Y.Doc, id: string, auteurId: string): Schrijfuitkomst {
  const map = aanscherpingenMap(doc, false);
  const item = map ? geneste(map, id) : undefined;
  if (!map || !item) return { ok: false, reden: 'onbekende-aanscherping' };
  if (item.get('auteurId') !== auteurId) return { ok: false, reden: 'niet-van-jou' };
  doc.transact(() => map.delete(id), ORIGIN.actieleren);
  return { ok: true };
}

/** The whole actieleren board as plain data. */
export function readActieleren(doc: Y.Doc): ActielerenBord {
  const teksten = Object.fromEntries(ACTIELEREN_TEKSTEN.map((veld) => [veld, leesActielerenTekst(doc, veld)])) as Record<
    ActielerenTekstVeld,
    string
  >;
  return { ...teksten, aanscherpingen: readAanscherpingen(doc) };
}
