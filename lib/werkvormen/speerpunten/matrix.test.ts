import { describe, expect, it } from 'vitest';
import { begrens, GROTE_STAP, kwadrant, MIDDEN, uitPunt, verschuif, voorKeuze } from './matrix';

describe('matrix placement', () => {
  it('maps a pointer position to haalbaarheid (x) and impact (y, upwards), clamped', () => {
    expect(uitPunt(0, 0, 400, 300)).toEqual({ haalbaarheid: 0, impact: 100 });
    expect(uitPunt(400, 300, 400, 300)).toEqual({ haalbaarheid: 100, impact: 0 });
    expect(uitPunt(100, 75, 400, 300)).toEqual({ haalbaarheid: 25, impact: 75 });
    expect(uitPunt(-50, 900, 400, 300)).toEqual({ haalbaarheid: 0, impact: 0 });
    expect(uitPunt(10, 10, 0, 0)).toEqual(MIDDEN);
  });

  it('moves by arrow keys and stays inside', () => {
    expect(verschuif(MIDDEN, 'ArrowUp')).toEqual({ impact: 55, haalbaarheid: 50 });
    expect(verschuif(MIDDEN, 'ArrowLeft', GROTE_STAP)).toEqual({ impact: 50, haalbaarheid: 30 });
    expect(verschuif({ impact: 98, haalbaarheid: 2 }, 'ArrowUp')).toEqual({ impact: 100, haalbaarheid: 2 });
    expect(verschuif({ impact: 3, haalbaarheid: 2 }, 'ArrowLeft')).toEqual({ impact: 3, haalbaarheid: 0 });
    expect(begrens({ impact: Number.NaN, haalbaarheid: 50.4 })).toEqual({ impact: 50, haalbaarheid: 50 });
  });

  it('names the quadrant; the middle lines count to the higher side', () => {
    expect(kwadrant({ impact: 80, haalbaarheid: 80 })).toBe('snel-resultaat');
    expect(kwadrant({ impact: 80, haalbaarheid: 20 })).toBe('grote-stap');
    expect(kwadrant({ impact: 20, haalbaarheid: 80 })).toBe('klein-klusje');
    expect(kwadrant({ impact: 20, haalbaarheid: 20 })).toBe('niet-nu');
    expect(kwadrant(MIDDEN)).toBe('snel-resultaat');
  });

  it('orders candidates: quick wins first, then by impact plus haalbaarheid, unplaced last', () => {
    const items = [{ id: 'niet' }, { id: 'groot' }, { id: 'snel' }, { id: 'los' }, { id: 'sneller' }];
    const posities = {
      niet: { impact: 10, haalbaarheid: 10 },
      groot: { impact: 95, haalbaarheid: 10 },
      snel: { impact: 60, haalbaarheid: 60 },
      sneller: { impact: 90, haalbaarheid: 80 },
    };
    expect(voorKeuze(items, posities).map((i) => i.id)).toEqual(['sneller', 'snel', 'groot', 'niet', 'los']);
  });
});
