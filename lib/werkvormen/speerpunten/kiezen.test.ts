import { describe, expect, it } from 'vitest';
import { aantalWaarschuwing, geordendeActies, speerpuntIdVoor, verschuifInVolgorde } from './kiezen';

describe('kiezen', () => {
  it('warns above the advice of 3 and more strongly above 5', () => {
    expect([0, 1, 3, 4, 5, 6, 9].map((n) => aantalWaarschuwing(n))).toEqual([
      'geen',
      'geen',
      'geen',
      'boven-advies',
      'boven-advies',
      'veel-te-veel',
      'veel-te-veel',
    ]);
    expect(aantalWaarschuwing(2, 1)).toBe('boven-advies');
  });

  it('derives one speerpunt id per ontwikkelpunt', () => {
    expect(speerpuntIdVoor('kr-abc')).toBe('sp-kr-abc');
    expect(speerpuntIdVoor('x'.repeat(200))).toHaveLength(100);
  });

  it('ranks acties by the stored order, the rest oldest first', () => {
    const acties = [
      { id: 'a', aangemaakt: 1 },
      { id: 'b', aangemaakt: 2 },
      { id: 'c', aangemaakt: 3 },
      { id: 'd', aangemaakt: 0 },
    ];
    expect(geordendeActies(acties, ['c', 'weg', 'a']).map((x) => x.id)).toEqual(['c', 'a', 'd', 'b']);
  });

  it('moves one actie up or down, not past the ends', () => {
    expect(verschuifInVolgorde(['a', 'b', 'c'], 'c', -1)).toEqual(['a', 'c', 'b']);
    expect(verschuifInVolgorde(['a', 'b', 'c'], 'a', -1)).toEqual(['a', 'b', 'c']);
    expect(verschuifInVolgorde(['a', 'b', 'c'], 'x', 1)).toEqual(['a', 'b', 'c']);
  });
});
