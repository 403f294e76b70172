import { describe, expect, it } from 'vitest';
import { planSerie, plusDagen, waarschuwing } from './planning';

describe('planSerie', () => {
  it('plans a leernetwerk of six backwards from the einddatum, four weeks apart', () => {
    const p = planSerie({ type: 'leernetwerk', einddatum: '2027-06-30', geplandAantal: null, bestaand: [], vandaag: '2026-11-23' });
    expect(p.geplandAantal).toBe(6);
    expect(p.voorstel).toEqual(['2027-01-13', '2027-02-10', '2027-03-10', '2027-04-07', '2027-05-05', '2027-06-02'].map((d) => plusDagen(d, 28)));
    expect(p.voorstel.at(-1)).toBe('2027-06-30');
    expect(p.waarschuwing).toBeNull();
  });

  it('never proposes dates in the past or before an existing bijeenkomst', () => {
    const p = planSerie({ type: 'werkplaats', einddatum: '2027-01-31', geplandAantal: 6, bestaand: ['2026-12-10'], vandaag: '2026-11-23' });
    expect(p.voorstel).toEqual(['2027-01-03', '2027-01-31']);
  });

  it('warns when a leernetwerk has fewer than 6 or a werkplaats more than 8', () => {
    expect(planSerie({ type: 'leernetwerk', einddatum: null, geplandAantal: 4, bestaand: [], vandaag: '2026-11-23' }).waarschuwing).toMatch(/minstens 6/);
    expect(waarschuwing('werkplaats', 9)).toMatch(/hoogstens 8/);
    expect(waarschuwing('werkplaats', 8)).toBeNull();
    expect(waarschuwing('leernetwerk', 6)).toBeNull();
  });

  it('counts existing bijeenkomsten when more were planned than intended', () => {
    const p = planSerie({ type: 'werkplaats', einddatum: null, geplandAantal: 2, bestaand: ['2027-01-01', '2027-02-01', '2027-03-01'], vandaag: '2026-11-23' });
    expect(p.geplandAantal).toBe(3);
    expect(p.voorstel).toEqual([]);
  });
});
