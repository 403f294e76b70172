import { SCORES, type Score } from './schema';

/**
 * Geometry of the dot plot (DESIGN §3): one row per meting, x from score 1 to
 * 4, one dot per score stacked upwards when scores coincide, and the median
 * as a tick. Pure numbers, so the SVG view and the tests share them.
 */
export type PlotMaat = {
  breedte: number;
  /** Left and right margin inside the row, for the axis labels. */
  marge: number;
  straal: number;
  /** Height of one row (one meting). */
  rijHoogte: number;
};

export const STANDAARD_MAAT: PlotMaat = { breedte: 360, marge: 28, straal: 7, rijHoogte: 70 };

/** x of a score (1–4) or a median (may be x.5) on the axis. */
export function xVan(waarde: number, maat: PlotMaat = STANDAARD_MAAT): number {
  const binnen = maat.breedte - 2 * maat.marge;
  return maat.marge + ((waarde - 1) / (SCORES.length - 1)) * binnen;
}

export type Stip = { score: Score; x: number; y: number };

/** Room at the top of a row for its label. */
export const LABEL_HOOGTE = 20;

/** y of the centre of the lowest dot in a row. */
export function basislijn(rijY: number, maat: PlotMaat = STANDAARD_MAAT): number {
  return rijY + maat.rijHoogte - maat.straal - 6;
}

/**
 * One dot per score. Equal scores stack upwards from the row's baseline; when
 * a stack would leave the row, dots spread sideways instead, so 200
 * participants still fit.
 */
export function stippen(scores: readonly Score[], rijY: number, maat: PlotMaat = STANDAARD_MAAT): Stip[] {
  const basis = basislijn(rijY, maat);
  const stap = maat.straal * 2 + 1;
  const perKolom = Math.max(1, Math.floor((maat.rijHoogte - LABEL_HOOGTE - 8) / stap));
  const geteld = new Map<Score, number>();
  return scores.map((score) => {
    const i = geteld.get(score) ?? 0;
    geteld.set(score, i + 1);
    const laag = i % perKolom;
    const kolom = Math.floor(i / perKolom);
    // Extra columns alternate right and left of the score: 0, +1, −1, +2, …
    const zij = kolom === 0 ? 0 : (kolom % 2 === 1 ? 1 : -1) * Math.ceil(kolom / 2);
    return { score, x: xVan(score, maat) + zij * (maat.straal + 1), y: basis - laag * stap };
  });
}
