import type { MatrixPositie } from './schema';

/** Where an item lands when it is first moved by keyboard: the middle. */
export const MIDDEN: MatrixPositie = { impact: 50, haalbaarheid: 50 };

/** Step of one arrow key press; with Shift a bigger one. */
export const STAP = 5;
export const GROTE_STAP = 20;

/** The four fields of the matrix, named after what to do with an item there. */
export type Kwadrant = 'snel-resultaat' | 'grote-stap' | 'klein-klusje' | 'niet-nu';

/** Rounds to whole numbers and keeps a position inside the matrix. */
export function begrens(p: MatrixPositie): MatrixPositie {
  const klem = (x: number) => Math.min(100, Math.max(0, Math.round(Number.isFinite(x) ? x : 50)));
  return { impact: klem(p.impact), haalbaarheid: klem(p.haalbaarheid) };
}

export type Pijl = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';

/** Up is more impact, right is easier to do (haalbaarheid on the x axis). */
export function verschuif(p: MatrixPositie, pijl: Pijl, stap = STAP): MatrixPositie {
  switch (pijl) {
    case 'ArrowUp':
      return begrens({ ...p, impact: p.impact + stap });
    case 'ArrowDown':
      return begrens({ ...p, impact: p.impact - stap });
    case 'ArrowRight':
      return begrens({ ...p, haalbaarheid: p.haalbaarheid + stap });
    case 'ArrowLeft':
      return begrens({ ...p, haalbaarheid: p.haalbaarheid - stap });
    default:
      return assertNever(pijl);
  }
}

/**
 * A pointer position inside the matrix box (pixels from its top-left corner)
 * as a matrix position: x is haalbaarheid, y is impact upwards.
 */
export function uitPunt(x: number, y: number, breedte: number, hoogte: number): MatrixPositie {
  if (breedte <= 0 || hoogte <= 0) return MIDDEN;
  return begrens({ haalbaarheid: (x / breedte) * 100, impact: 100 - (y / hoogte) * 100 });
}

/** The field of the matrix a position is in; the middle lines count to the higher side. */
export function kwadrant(p: MatrixPositie): Kwadrant {
  const hoog = p.impact >= 50;
  const haalbaar = p.haalbaarheid >= 50;
  if (hoog) return haalbaar ? 'snel-resultaat' : 'grote-stap';
  return haalbaar ? 'klein-klusje' : 'niet-nu';
}

const KWADRANT_RANG: Record<Kwadrant, number> = { 'snel-resultaat': 0, 'grote-stap': 1, 'klein-klusje': 2, 'niet-nu': 3 };

/**
 * Order for choosing: seed 001 advises to start with a relatively small
 * change, so quick wins come first, then by impact plus haalbaarheid.
 * Items without a position come last, in their given order.
 */
export function voorKeuze<T extends { id: string }>(items: readonly T[], posities: Readonly<Record<string, MatrixPositie>>): T[] {
  return items
    .map((item, i) => ({ item, i, p: posities[item.id] }))
    .sort((a, b) => {
      if (!a.p || !b.p) return (a.p ? 0 : 1) - (b.p ? 0 : 1) || a.i - b.i;
      return (
        KWADRANT_RANG[kwadrant(a.p)] - KWADRANT_RANG[kwadrant(b.p)] ||
        b.p.impact + b.p.haalbaarheid - (a.p.impact + a.p.haalbaarheid) ||
        a.i - b.i
      );
    })
    .map((x) => x.item);
}

function assertNever(x: never): never {
  throw new Error(`onbekende pijl: ${String(x)}`);
}
