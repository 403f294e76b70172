import { describe, expect, it } from 'vitest';
import type { Aanwezige, KamerToestand, KamerWijziging } from '../protocol';
import { kamerWijziging, pasWijzigingToe, volgendeToestand } from './delta';
import { transition, type Actor } from './machine';
import { publiekeToestand } from './projectie';
import { nieuweKamer, type KamerState } from './schema';

const persoon = (i: number, online = true): Aanwezige => ({
  id: `p${i}`,
  naam: `Persoon ${i}`,
  organisatie: 'Gemeente',
  rol: 'schuldhulpverlener',
  soort: 'deelnemer',
  online,
});

function toestand(aanwezigen: Aanwezige[], state: KamerState = nieuweKamer(), serverTijd = 1_000): KamerToestand {
  return publiekeToestand(state, 'live', aanwezigen, serverTijd);
}

/** Numbers a change the way the server does. */
function genummerd(w: NonNullable<ReturnType<typeof kamerWijziging>>, versie: number): KamerWijziging {
  return { ...w, versie, basis: versie - 1 };
}

describe('kamerWijziging', () => {
  const groep = Array.from({ length: 50 }, (_, i) => persoon(i));

  it('is null when only the server time moved', () => {
    expect(kamerWijziging(toestand(groep), toestand(groep, nieuweKamer(), 9_999))).toBeNull();
  });

  it('sends one klaar id, not the list of people', () => {
    const state = { ...nieuweKamer(), klaar: ['p1', 'p2', 'p3'] };
    const w = kamerWijziging(toestand(groep, state), toestand(groep, { ...state, klaar: ['p1', 'p2', 'p3', 'p4'] }, 2_000));
    expect(w).toEqual({ serverTijd: 2_000, velden: {}, klaar: { weg: [], bij: ['p4'] } });
    expect(JSON.stringify(w).length).toBeLessThan(100);
  });

  it('sends a join and a leave as the one person who changed', () => {
    const erbij = kamerWijziging(toestand(groep), toestand([...groep, persoon(50)]));
    expect(erbij?.aanwezigen).toEqual({ zet: [persoon(50)], weg: [] });
    const wegOnline = groep.map((a) => (a.id === 'p7' ? { ...a, online: false } : a));
    expect(kamerWijziging(toestand(groep), toestand(wegOnline))?.aanwezigen).toEqual({ zet: [{ ...persoon(7), online: false }], weg: [] });
  });

  it('sends a list whole when that is smaller or the change would reorder it', () => {
    const state = { ...nieuweKamer(), handen: ['p1', 'p2', 'p3'] };
    const leeg = kamerWijziging(toestand(groep, state), toestand(groep, { ...state, handen: [] }));
    expect(leeg?.velden.handen).toEqual([]);
    const anders = kamerWijziging(toestand(groep, state), toestand(groep, { ...state, handen: ['p3', 'p1', 'p2', 'p4', 'p5', 'p6', 'p7'] }));
    expect(anders?.velden.handen).toEqual(['p3', 'p1', 'p2', 'p4', 'p5', 'p6', 'p7']);
    expect(anders?.handen).toBeUndefined();
  });

  it('rebuilds exactly the same state over a random sequence of changes', () => {
    let seed = 42;
    const rnd = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    let mensen = groep.slice(0, 10);
    let state = nieuweKamer();
    let vol = toestand(mensen, state);
    let delta: KamerToestand = { ...vol, versie: 0 };
    for (let versie = 1; versie <= 400; versie++) {
      const id = `p${rnd(60)}`;
      switch (rnd(7)) {
        case 0:
          if (!mensen.some((a) => a.id === id)) mensen = [...mensen, persoon(Number(id.slice(1)))];
          break;
        case 1:
          mensen = mensen.map((a) => (a.id === id ? { ...a, online: !a.online } : a));
          break;
        case 2:
          state = { ...state, klaar: state.klaar.includes(id) ? state.klaar.filter((k) => k !== id) : [...state.klaar, id] };
          break;
        case 3:
          state = { ...state, handen: state.handen.includes(id) ? state.handen.filter((k) => k !== id) : [...state.handen, id] };
          break;
        case 4:
          state = { ...state, handen: [...state.handen].reverse() };
          break;
        case 5:
          state = { ...state, stap: rnd(5), timer: { eindeOp: rnd(2) ? versie * 1_000 : null, gepauzeerdMetResterend: null } };
          break;
        default:
          state = { ...state, werkvorm: rnd(2) ? 'opening' : 'actieleren', klaar: [] };
      }
      const nieuw = toestand(mensen, state, 1_000 + versie);
      const w = kamerWijziging(vol, nieuw);
      vol = nieuw;
      if (w === null) continue;
      const volgende = volgendeToestand(delta, genummerd(w, (delta.versie ?? 0) + 1));
      expect(volgende).not.toBeNull();
      delta = volgende!;
      const { versie: _v, ...zonderVersie } = delta;
      expect(zonderVersie).toEqual(vol);
    }
  });
});

describe('volgendeToestand', () => {
  it('refuses a change that does not follow the version it has', () => {
    const t: KamerToestand = { ...toestand([persoon(1)]), versie: 3 };
    const w = kamerWijziging(t, toestand([persoon(1), persoon(2)]))!;
    expect(volgendeToestand(t, genummerd(w, 5))).toBeNull();
    expect(volgendeToestand(null, genummerd(w, 4))).toBeNull();
    expect(volgendeToestand(t, genummerd(w, 4))?.aanwezigen.map((a) => a.id)).toEqual(['p1', 'p2']);
    expect(pasWijzigingToe(t, genummerd(w, 4)).versie).toBe(4);
  });
});

describe('privacy', () => {
  it('carries no private answer, only the count, until the reveal', () => {
    const begeleider: Actor = { id: 'g1', soort: 'begeleider' };
    const anna: Actor = { id: 'p1', soort: 'deelnemer' };
    const ctx = { now: 1_000, newId: () => 'r1', random: () => 0.5, online: ['p1'] };
    const open = transition(nieuweKamer(), { type: 'ronde:open', body: { soort: 'prive', titel: 'Vraag' } }, begeleider, ctx);
    if (!open.ok) throw new Error(open.reden);
    const ingezonden = transition(open.state, { type: 'ronde:inzending', body: { rondeId: 'r1', tekst: 'GEHEIM-ANTWOORD' } }, anna, ctx);
    if (!ingezonden.ok) throw new Error(ingezonden.reden);
    const w = kamerWijziging(toestand([persoon(1)], open.state), toestand([persoon(1)], ingezonden.state));
    expect(JSON.stringify(w)).not.toContain('GEHEIM-ANTWOORD');
    expect(w?.velden.rondes?.[0]?.aantalInzendingen).toBe(1);
  });
});
