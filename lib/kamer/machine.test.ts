import { describe, expect, it } from 'vitest';
import { nieuweKamer, type KamerState } from './schema';
import { transition, type Actor, type KamerContext } from './machine';
import { mijnInbreng, onthulling, publiekeToestand, uitslag } from './projectie';
import type { ClientEvent } from '../protocol';

const begeleider: Actor = { id: 'g1', soort: 'begeleider' };
const anna: Actor = { id: 'p1', soort: 'deelnemer' };
const bram: Actor = { id: 'p2', soort: 'deelnemer' };
const waarnemer: Actor = { id: 'w1', soort: 'waarnemer' };

function ctx(now = 1_000, online: string[] = ['p1', 'p2']): KamerContext {
  let n = 0;
  return { now, newId: () => `r${++n}`, random: () => 0.99, online };
}

function run(state: KamerState, event: ClientEvent, actor: Actor, c = ctx()): KamerState {
  const uit = transition(state, event, actor, c);
  if (!uit.ok) throw new Error(uit.reden);
  return uit.state;
}

describe('roles', () => {
  it('refuses facilitator events from participants and everything from observers', () => {
    const s = nieuweKamer();
    expect(transition(s, { type: 'werkvorm:kies', body: { werkvorm: 'opening' } }, anna, ctx())).toMatchObject({ ok: false });
    expect(transition(s, { type: 'ronde:onthul', body: { rondeId: 'x' } }, anna, ctx())).toMatchObject({ ok: false });
    expect(transition(s, { type: 'hand:op', body: {} }, waarnemer, ctx())).toMatchObject({ ok: false });
    expect(transition(s, { type: 'hand:op', body: {} }, anna, ctx())).toMatchObject({ ok: true });
  });
});

describe('werkvorm and steps', () => {
  it('keeps the step when the same werkvorm is chosen again and resets klaar on a change', () => {
    let s = run(nieuweKamer(), { type: 'werkvorm:kies', body: { werkvorm: 'actieleren', stap: 3 } }, begeleider);
    s = run(s, { type: 'klaar:zet', body: { klaar: true } }, anna);
    expect(s.klaar).toEqual(['p1']);
    s = run(s, { type: 'werkvorm:kies', body: { werkvorm: 'actieleren' } }, begeleider);
    expect(s.stap).toBe(3);
    expect(s.klaar).toEqual(['p1']);
    s = run(s, { type: 'werkvorm:kies', body: { werkvorm: 'actieleren', stap: 4 } }, begeleider);
    expect(s.klaar).toEqual([]);
  });
});

describe('timer on server time', () => {
  it('starts, pauses with the rest, resumes, extends and stops', () => {
    let s = run(nieuweKamer(), { type: 'timer:start', body: { seconden: 60 } }, begeleider, ctx(1_000));
    expect(s.timer).toEqual({ eindeOp: 61_000, gepauzeerdMetResterend: null });
    s = run(s, { type: 'timer:pauzeer', body: {} }, begeleider, ctx(11_000));
    expect(s.timer).toEqual({ eindeOp: null, gepauzeerdMetResterend: 50_000 });
    s = run(s, { type: 'timer:verleng', body: { seconden: 60 } }, begeleider, ctx(12_000));
    expect(s.timer.gepauzeerdMetResterend).toBe(110_000);
    s = run(s, { type: 'timer:start', body: {} }, begeleider, ctx(20_000));
    expect(s.timer).toEqual({ eindeOp: 130_000, gepauzeerdMetResterend: null });
    s = run(s, { type: 'timer:stop', body: {} }, begeleider);
    expect(s.timer).toEqual({ eindeOp: null, gepauzeerdMetResterend: null });
    expect(transition(s, { type: 'timer:pauzeer', body: {} }, begeleider, ctx())).toMatchObject({ ok: false });
  });
});

describe('private rounds', () => {
  it('holds answers until reveal and never shows them in the public state', () => {
    const c = ctx();
    const open = transition(nieuweKamer(), { type: 'ronde:open', body: { soort: 'prive', titel: 'Ideeën' } }, begeleider, c);
    if (!open.ok || !open.rondeId) throw new Error('open failed');
    const id = open.rondeId;
    let s = run(open.state, { type: 'ronde:inzending', body: { rondeId: id, tekst: 'geheim-anna' } }, anna, c);
    s = run(s, { type: 'ronde:inzending', body: { rondeId: id, tekst: 'geheim-bram' } }, bram, ctx(2_000));
    const publiek = JSON.stringify(publiekeToestand(s, 'live', [], 5));
    expect(publiek).not.toContain('geheim');
    expect(publiek).toContain('"aantalInzendingen":2');
    expect(mijnInbreng(s.rondes[0]!, 'p1')).toEqual({ rondeId: id, tekst: 'geheim-anna', delen: true });
    s = run(s, { type: 'ronde:onthul', body: { rondeId: id } }, begeleider);
    expect(onthulling(s.rondes[0]!, (x) => x.toUpperCase()).inzendingen).toEqual([
      { auteur: 'p1', naam: 'P1', tekst: 'geheim-anna' },
      { auteur: 'p2', naam: 'P2', tekst: 'geheim-bram' },
    ]);
    expect(transition(s, { type: 'ronde:inzending', body: { rondeId: id, tekst: 'te laat' } }, anna, c)).toMatchObject({ ok: false });
  });
});

describe('vote rounds', () => {
  it('enforces the budget across options and counts after closing', () => {
    const c = ctx();
    const open = transition(
      nieuweKamer(),
      { type: 'ronde:open', body: { soort: 'stemmen', titel: 'Kies', opties: ['a', 'b', 'c'], budget: 3 } },
      begeleider,
      c,
    );
    if (!open.ok || !open.rondeId) throw new Error('open failed');
    const id = open.rondeId;
    let s = run(open.state, { type: 'ronde:stem', body: { rondeId: id, optie: 0, aantal: 2 } }, anna, c);
    s = run(s, { type: 'ronde:stem', body: { rondeId: id, optie: 1, aantal: 1 } }, anna, c);
    expect(transition(s, { type: 'ronde:stem', body: { rondeId: id, optie: 2, aantal: 1 } }, anna, c)).toMatchObject({ ok: false });
    expect(transition(s, { type: 'ronde:stem', body: { rondeId: id, optie: 5, aantal: 1 } }, anna, c)).toMatchObject({ ok: false });
    s = run(s, { type: 'ronde:stem', body: { rondeId: id, optie: 0, aantal: 1 } }, anna, c);
    s = run(s, { type: 'ronde:stem', body: { rondeId: id, optie: 2, aantal: 1 } }, anna, c);
    s = run(s, { type: 'ronde:stem', body: { rondeId: id, optie: 2, aantal: 3 } }, bram, c);
    s = run(s, { type: 'ronde:sluit', body: { rondeId: id } }, begeleider);
    expect(uitslag(s.rondes[0]!).stemmen).toEqual({ '0': 1, '1': 1, '2': 4 });
    expect(transition(s, { type: 'ronde:stem', body: { rondeId: id, optie: 0, aantal: 1 } }, bram, c)).toMatchObject({ ok: false });
  });
});

describe('random picker', () => {
  it('draws distinct people from who is online', () => {
    const s = run(nieuweKamer(), { type: 'loting:trek', body: { aantal: 2 } }, begeleider, ctx(1, ['p1', 'p2', 'p3']));
    expect(new Set(s.loting?.ids).size).toBe(2);
    expect(transition(nieuweKamer(), { type: 'loting:trek', body: { aantal: 1 } }, begeleider, ctx(1, []))).toMatchObject({ ok: false });
  });
});

describe('reflectie and anonymous rounds', () => {
  it('reveals only what each person chose to share, and no names when anonymous', () => {
    const c = ctx();
    const open = transition(
      nieuweKamer(),
      { type: 'ronde:open', body: { soort: 'prive', titel: 'Reflectie', delenOptioneel: true, anoniem: true } },
      begeleider,
      c,
    );
    if (!open.ok || !open.rondeId) throw new Error('open failed');
    const id = open.rondeId;
    let s = run(open.state, { type: 'ronde:inzending', body: { rondeId: id, tekst: 'deel ik', delen: true } }, anna, c);
    s = run(s, { type: 'ronde:inzending', body: { rondeId: id, tekst: 'houd ik voor mij' } }, bram, c);
    s = run(s, { type: 'ronde:onthul', body: { rondeId: id } }, begeleider);
    expect(onthulling(s.rondes[0]!, (x) => x).inzendingen).toEqual([{ auteur: '', naam: '', tekst: 'deel ik' }]);
  });
});

describe('werkvorm settings', () => {
  it('lets the begeleider set validated settings of a werkvorm, and no one else', () => {
    const zet = (waarden: Record<string, unknown>, actor = begeleider) =>
      transition(nieuweKamer(), { type: 'werkvorm:zet', body: { werkvorm: 'actieleren', waarden } }, actor, ctx());
    const ok = zet({ casusinbrenger: 'p1', vertellers: ['p1', 'p2'] });
    expect(ok.ok && ok.state.werkvormen.actieleren).toEqual({ casusinbrenger: 'p1', vertellers: ['p1', 'p2'] });
    expect(zet({ vertellers: ['a', 'b', 'c'] })).toMatchObject({ ok: false });
    expect(zet({ onbekend: 1 })).toMatchObject({ ok: false });
    expect(zet({ casusinbrenger: 'p1' }, anna)).toMatchObject({ ok: false });
    expect(transition(nieuweKamer(), { type: 'werkvorm:zet', body: { werkvorm: 'opening', waarden: {} } }, begeleider, ctx())).toMatchObject({ ok: false });
  });
});
