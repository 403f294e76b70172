/**
 * The smallest edit between two versions of a text, as one replaced range.
 * Shared text fields send this to Yjs instead of the whole text, so two people
 * typing in different places of the same Y.Text both keep their words.
 */
export type TekstDelta = {
  /** UTF-16 offset where the change starts. */
  index: number;
  /** How many UTF-16 code units are removed at `index`. */
  verwijder: number;
  /** What is inserted at `index`. */
  invoeg: string;
};

const isHoog = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLaag = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/**
 * Common prefix and suffix of `oud` and `nieuw`; null when they are equal.
 * Never cuts a surrogate pair in two: Yjs stores text as UTF-8, where half an
 * emoji would turn into a replacement character.
 */
export function tekstDiff(oud: string, nieuw: string): TekstDelta | null {
  if (oud === nieuw) return null;
  const max = Math.min(oud.length, nieuw.length);
  let begin = 0;
  while (begin < max && oud.charCodeAt(begin) === nieuw.charCodeAt(begin)) begin++;
  if (begin > 0 && isHoog(oud.charCodeAt(begin - 1))) begin--;
  let eind = 0;
  while (
    eind < max - begin &&
    oud.charCodeAt(oud.length - 1 - eind) === nieuw.charCodeAt(nieuw.length - 1 - eind)
  ) {
    eind++;
  }
  if (eind > 0 && isLaag(oud.charCodeAt(oud.length - eind))) eind--;
  return {
    index: begin,
    verwijder: oud.length - eind - begin,
    invoeg: nieuw.slice(begin, nieuw.length - eind),
  };
}

/**
 * Where a cursor at `positie` in the old text lands after `delta`: before the
 * change it stays, after it it shifts, inside the replaced range it moves to
 * the end of the insertion.
 */
export function verschuifPositie(delta: TekstDelta, positie: number): number {
  if (positie <= delta.index) return positie;
  if (positie >= delta.index + delta.verwijder) return positie - delta.verwijder + delta.invoeg.length;
  return delta.index + delta.invoeg.length;
}

/** Applies `delta` to a plain string (what Y.Text does with the same delta). */
export function pasDeltaToe(tekst: string, delta: TekstDelta): string {
  const index = Math.min(Math.max(delta.index, 0), tekst.length);
  return tekst.slice(0, index) + delta.invoeg + tekst.slice(Math.min(index + delta.verwijder, tekst.length));
}
