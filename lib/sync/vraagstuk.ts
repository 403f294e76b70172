import * as Y from 'yjs';
import type { Schrijfuitkomst } from './context';
import { ORIGIN } from './origins';
import { pasDeltaToe, type TekstDelta } from './tekstDiff';

/**
 * The werkplaats's gezamenlijk vraagstuk and doel, co-edited live in the
 * bijeenkomst doc (DESIGN §3 Vraagstuk). Each is a top-level Y.Text: a named
 * root that every client resolves to the same type, so it needs no layout step
 * and no two clients can race to create it.
 */
export const GEZAMENLIJK_TEKSTEN = { vraagstuk: 'vraagstukGezamenlijk', doel: 'vraagstukDoel' } as const;
export type GezamenlijkVeld = keyof typeof GEZAMENLIJK_TEKSTEN;

/** The traject's vraagstuk and einddoel hold at most this many characters (lib/protocol/api.ts). */
export const MAX_GEZAMENLIJK = 4000;

export type GezamenlijkVraagstuk = { vraagstuk: string; doel: string };

/** The Y.Text of a field, or null when the root holds something else (a hostile client). */
function tekst(doc: Y.Doc, veld: GezamenlijkVeld): Y.Text | null {
  const naam = GEZAMENLIJK_TEKSTEN[veld];
  const bestaand = doc.share.get(naam);
  if (bestaand !== undefined && bestaand.constructor !== Y.AbstractType && !(bestaand instanceof Y.Text)) return null;
  return doc.getText(naam);
}

/** Both texts; a missing one reads as empty. */
export function readGezamenlijkVraagstuk(doc: Y.Doc): GezamenlijkVraagstuk {
  const lees = (veld: GezamenlijkVeld) => (doc.share.has(GEZAMENLIJK_TEKSTEN[veld]) ? (tekst(doc, veld)?.toString() ?? '') : '');
  return { vraagstuk: lees('vraagstuk'), doel: lees('doel') };
}

/**
 * Applies one edit of a text field (see `tekstDiff`). Offsets are clamped to
 * the current text, since a remote edit may have shortened it in between; an
 * edit that would make it longer than the traject can hold is refused.
 */
export function wijzigGezamenlijkVraagstuk(doc: Y.Doc, veld: GezamenlijkVeld, delta: TekstDelta): Schrijfuitkomst {
  if (!(veld in GEZAMENLIJK_TEKSTEN)) return { ok: false, reden: 'onbekend-veld' };
  const t = tekst(doc, veld);
  if (!t) return { ok: false, reden: 'ongeldig-bord' };
  if (pasDeltaToe(t.toString(), delta).length > MAX_GEZAMENLIJK) return { ok: false, reden: 'te-lang' };
  doc.transact(() => {
    const index = Math.min(Math.max(delta.index, 0), t.length);
    const verwijder = Math.min(Math.max(delta.verwijder, 0), t.length - index);
    if (verwijder > 0) t.delete(index, verwijder);
    if (delta.invoeg) t.insert(index, delta.invoeg);
  }, ORIGIN.vraagstuk);
  return { ok: true };
}
