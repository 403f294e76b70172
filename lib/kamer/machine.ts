import type { ClientEvent, Soort } from '../protocol';
import type { KamerState, Ronde } from './schema';
import { INSTELLINGEN } from '../werkvormen/registry';

export interface Actor {
  readonly id: string;
  readonly soort: Soort;
}

export interface KamerContext {
  readonly now: number;
  readonly newId: () => string;
  /** Uniform in [0, 1). */
  readonly random: () => number;
  /** Ids of the participants online now (for the random picker). */
  readonly online: readonly string[];
}

export type Transition = { ok: true; state: KamerState; rondeId?: string } | { ok: false; reden: string };

const ALLEEN_BEGELEIDER: ReadonlySet<ClientEvent['type']> = new Set([
  'werkvorm:kies',
  'timer:start',
  'timer:pauzeer',
  'timer:verleng',
  'timer:stop',
  'ronde:open',
  'ronde:sluit',
  'ronde:onthul',
  'volg:zet',
  'loting:trek',
  'werkvorm:zet',
]);

function fout(reden: string): Transition {
  return { ok: false, reden };
}

function assertNever(x: never): never {
  throw new Error(`Onbekende gebeurtenis: ${JSON.stringify(x)}`);
}

/**
 * The facilitation protocol as a pure function: who may do what, and what the
 * room looks like afterwards. The server persists the new state, then broadcasts.
 */
export function transition(state: KamerState, event: ClientEvent, actor: Actor, ctx: KamerContext): Transition {
  if (actor.soort === 'waarnemer') return fout('Als waarnemer kun je alleen meekijken.');
  if (ALLEEN_BEGELEIDER.has(event.type) && actor.soort !== 'begeleider') {
    return fout('Alleen de begeleider kan dit doen.');
  }
  switch (event.type) {
    case 'werkvorm:kies': {
      const stap = event.body.stap ?? (event.body.werkvorm === state.werkvorm ? state.stap : 0);
      const wissel = event.body.werkvorm !== state.werkvorm || stap !== state.stap;
      return { ok: true, state: { ...state, werkvorm: event.body.werkvorm, stap, klaar: wissel ? [] : state.klaar } };
    }
    case 'timer:start': {
      const { seconden } = event.body;
      if (seconden !== undefined) {
        return { ok: true, state: { ...state, timer: { eindeOp: ctx.now + seconden * 1000, gepauzeerdMetResterend: null } } };
      }
      const rest = state.timer.gepauzeerdMetResterend;
      if (rest === null) return fout('Geef op hoeveel seconden de timer moet lopen.');
      return { ok: true, state: { ...state, timer: { eindeOp: ctx.now + rest, gepauzeerdMetResterend: null } } };
    }
    case 'timer:pauzeer': {
      const { eindeOp } = state.timer;
      if (eindeOp === null) return fout('Er loopt geen timer.');
      return {
        ok: true,
        state: { ...state, timer: { eindeOp: null, gepauzeerdMetResterend: Math.max(0, eindeOp - ctx.now) } },
      };
    }
    case 'timer:verleng': {
      const extra = event.body.seconden * 1000;
      const { eindeOp, gepauzeerdMetResterend: rest } = state.timer;
      if (eindeOp !== null) {
        return { ok: true, state: { ...state, timer: { eindeOp: Math.max(eindeOp, ctx.now) + extra, gepauzeerdMetResterend: null } } };
      }
      if (rest !== null) return { ok: true, state: { ...state, timer: { eindeOp: null, gepauzeerdMetResterend: rest + extra } } };
      return fout('Er loopt geen timer.');
    }
    case 'timer:stop':
      return { ok: true, state: { ...state, timer: { eindeOp: null, gepauzeerdMetResterend: null } } };
    case 'ronde:open': {
      const { soort, titel, opties, budget, anoniem, delenOptioneel } = event.body;
      if (soort === 'stemmen' && (!opties || opties.length === 0)) return fout('Een stemronde heeft opties nodig.');
      const ronde: Ronde = {
        id: ctx.newId(),
        soort,
        titel,
        status: 'open',
        ...(soort === 'stemmen' ? { opties, budget: budget ?? 3 } : {}),
        anoniem: anoniem ?? false,
        delenOptioneel: soort === 'prive' && (delenOptioneel ?? false),
        werkvorm: state.werkvorm,
        stap: state.stap,
        geopendOp: ctx.now,
        inzendingen: {},
        stemmen: {},
      };
      return { ok: true, state: { ...state, rondes: [...state.rondes, ronde] }, rondeId: ronde.id };
    }
    case 'ronde:inzending':
      return wijzigRonde(state, event.body.rondeId, (r) => {
        if (r.soort !== 'prive') return 'Dit is geen ronde voor antwoorden.';
        if (r.status !== 'open') return 'Deze ronde is gesloten.';
        const delen = r.delenOptioneel ? (event.body.delen ?? false) : true;
        return { ...r, inzendingen: { ...r.inzendingen, [actor.id]: { tekst: event.body.tekst, op: ctx.now, delen } } };
      });
    case 'ronde:stem':
      return wijzigRonde(state, event.body.rondeId, (r) => {
        if (r.soort !== 'stemmen' || !r.opties) return 'Dit is geen stemronde.';
        if (r.status !== 'open') return 'Deze stemronde is gesloten.';
        const { optie, aantal } = event.body;
        if (optie >= r.opties.length) return 'Deze optie bestaat niet.';
        const mijn = { ...(r.stemmen[actor.id] ?? {}), [String(optie)]: aantal };
        const totaal = Object.values(mijn).reduce((a, b) => a + b, 0);
        const budget = r.budget ?? 3;
        if (totaal > budget) return `Je hebt maar ${budget} stemmen; je hebt er al ${totaal - aantal} uitgedeeld.`;
        if (aantal === 0) delete mijn[String(optie)];
        return { ...r, stemmen: { ...r.stemmen, [actor.id]: mijn } };
      });
    case 'ronde:sluit':
      return wijzigRonde(state, event.body.rondeId, (r) =>
        r.status === 'open' ? { ...r, status: 'gesloten' } : 'Deze ronde is al gesloten.',
      );
    case 'ronde:onthul':
      return wijzigRonde(state, event.body.rondeId, (r) => {
        if (r.soort !== 'prive') return 'Een stemronde toon je door hem te sluiten.';
        if (r.status === 'onthuld') return 'Deze ronde is al getoond.';
        return { ...r, status: 'onthuld' };
      });
    case 'hand:op':
      return { ok: true, state: { ...state, handen: zetIn(state.handen, actor.id, true) } };
    case 'hand:neer':
      return { ok: true, state: { ...state, handen: zetIn(state.handen, actor.id, false) } };
    case 'klaar:zet':
      return { ok: true, state: { ...state, klaar: zetIn(state.klaar, actor.id, event.body.klaar) } };
    case 'werkvorm:zet': {
      const schema = INSTELLINGEN[event.body.werkvorm];
      if (!schema) return fout('Deze werkvorm heeft geen instellingen.');
      const parsed = schema.safeParse(event.body.waarden);
      if (!parsed.success) return fout('Deze instelling klopt niet.');
      const huidig = state.werkvormen[event.body.werkvorm] ?? {};
      return {
        ok: true,
        state: { ...state, werkvormen: { ...state.werkvormen, [event.body.werkvorm]: { ...huidig, ...parsed.data } } },
      };
    }
    case 'volg:zet':
      return { ok: true, state: { ...state, volgMij: event.body.aan } };
    case 'loting:trek': {
      const pot = [...ctx.online];
      if (pot.length === 0) return fout('Er is niemand online om uit te loten.');
      const ids: string[] = [];
      while (ids.length < event.body.aantal && pot.length > 0) {
        const i = Math.floor(ctx.random() * pot.length);
        ids.push(...pot.splice(i, 1));
      }
      return { ok: true, state: { ...state, loting: { ids, op: ctx.now } } };
    }
    default:
      return assertNever(event);
  }
}

function wijzigRonde(state: KamerState, rondeId: string, f: (r: Ronde) => Ronde | string): Transition {
  const index = state.rondes.findIndex((r) => r.id === rondeId);
  const ronde = state.rondes[index];
  if (!ronde) return fout('Deze ronde bestaat niet.');
  const uit = f(ronde);
  if (typeof uit === 'string') return fout(uit);
  const rondes = state.rondes.slice();
  rondes[index] = uit;
  return { ok: true, state: { ...state, rondes }, rondeId };
}

function zetIn(lijst: readonly string[], id: string, aan: boolean): string[] {
  const zonder = lijst.filter((x) => x !== id);
  return aan ? [...zonder, id] : zonder;
}
