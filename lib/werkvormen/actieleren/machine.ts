import type { PubliekeRonde, Werkvorm } from '../../protocol';
import { priveFase, type Inzending, type PriveFase } from '../rondeFase';
import { ideeenUitAntwoorden, winnendIdee, type Idee } from './ideeen';
import { ActielerenInstellingen } from './schema';
import { AANTAL_ACTIELEREN_STAPPEN } from './stappen';

/**
 * Actieleren as the board sees it: which step is shown, where the facilitator
 * can go, and what each step's round is doing. Pure: the view passes in what
 * the server told it (kamer:toestand, ronde:onthuld, ronde:uitslag).
 */

export type { Inzending };

/** What the view knows of the room's server state. */
export interface ActielerenStaat {
  readonly instellingen: ActielerenInstellingen;
  readonly rondes: readonly PubliekeRonde[];
  readonly onthuld: Readonly<Record<string, readonly Inzending[]>>;
  readonly uitslagen: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

/** Reads `kamer:toestand.werkvormen.actieleren`; anything malformed counts as nothing decided. */
export function leesInstellingen(ruw: unknown): ActielerenInstellingen {
  const r = ActielerenInstellingen.safeParse(ruw ?? {});
  return r.success ? r.data : {};
}

/**
 * The step to show, 1..9. The room starts a werkvorm at step 0 (the control
 * bar's werkvorm buttons); actieleren counts its steps from 1, as the seed does.
 */
export function geldigeStap(stap: number): number {
  if (!Number.isFinite(stap)) return 1;
  return Math.min(Math.max(Math.trunc(stap), 1), AANTAL_ACTIELEREN_STAPPEN);
}

/** The facilitator's moves through the steps. */
export type StapActie =
  | { readonly type: 'vorige' }
  | { readonly type: 'volgende' }
  | { readonly type: 'naar'; readonly stap: number }
  /** End early: on to the next werkvorm of the agenda (the Afsluiting when none follows). */
  | { readonly type: 'afronden'; readonly agenda: readonly Werkvorm[] };

export type Navigatie =
  | { readonly ok: true; readonly werkvorm: Werkvorm; readonly stap: number }
  | { readonly ok: false; readonly reden: 'eerste-stap' | 'laatste-stap' | 'onbekende-stap' };

/** Where a move leads, as the arguments of `werkvorm:kies`. */
export function navigeer(huidig: number, actie: StapActie): Navigatie {
  const stap = geldigeStap(huidig);
  switch (actie.type) {
    case 'vorige':
      return stap <= 1 ? { ok: false, reden: 'eerste-stap' } : { ok: true, werkvorm: 'actieleren', stap: stap - 1 };
    case 'volgende':
      return stap >= AANTAL_ACTIELEREN_STAPPEN
        ? { ok: false, reden: 'laatste-stap' }
        : { ok: true, werkvorm: 'actieleren', stap: stap + 1 };
    case 'naar':
      return Number.isInteger(actie.stap) && actie.stap >= 1 && actie.stap <= AANTAL_ACTIELEREN_STAPPEN
        ? { ok: true, werkvorm: 'actieleren', stap: actie.stap }
        : { ok: false, reden: 'onbekende-stap' };
    case 'afronden': {
      const hier = actie.agenda.indexOf('actieleren');
      const volgende = hier >= 0 ? actie.agenda.slice(hier + 1).find((w) => w !== 'actieleren') : undefined;
      return { ok: true, werkvorm: volgende ?? 'afsluiting', stap: 0 };
    }
    default:
      return assertNever(actie);
  }
}

/** Step 3's private round, as far as this screen may know it. */
export type AntwoordFase = PriveFase;

function ronde(staat: ActielerenStaat, id: string | null | undefined): PubliekeRonde | undefined {
  return id ? staat.rondes.find((r) => r.id === id) : undefined;
}

export function antwoordFase(staat: ActielerenStaat): AntwoordFase {
  return priveFase(staat.instellingen.antwoordRonde, staat.rondes, staat.onthuld);
}

/** Step 5's vote round. */
export type StemFase =
  | { readonly soort: 'geen' }
  | { readonly soort: 'open'; readonly rondeId: string; readonly opties: readonly string[]; readonly budget: number; readonly aantal: number }
  /** Closed, the result has not reached this screen yet. */
  | { readonly soort: 'tellen'; readonly rondeId: string; readonly opties: readonly string[] }
  | {
      readonly soort: 'uitslag';
      readonly rondeId: string;
      /** Options with their dots, most first (ties in the original order). */
      readonly uitslag: readonly { readonly optie: number; readonly tekst: string; readonly stemmen: number }[];
      readonly winnaar: { readonly tekst: string; readonly stemmen: number } | null;
    };

/** Dots per participant unless the facilitator chose otherwise (DESIGN §2). */
export const STANDAARD_BUDGET = 3;

export function stemFase(staat: ActielerenStaat): StemFase {
  const r = ronde(staat, staat.instellingen.stemRonde);
  if (!r || r.soort !== 'stemmen' || !r.opties) return { soort: 'geen' };
  const opties = r.opties;
  if (r.status === 'open') {
    return { soort: 'open', rondeId: r.id, opties, budget: r.budget ?? STANDAARD_BUDGET, aantal: r.aantalInzendingen };
  }
  const stemmen = staat.uitslagen[r.id];
  if (!stemmen) return { soort: 'tellen', rondeId: r.id, opties };
  const uitslag = opties
    .map((tekst, optie) => ({ optie, tekst, stemmen: stemmen[String(optie)] ?? 0 }))
    .sort((a, b) => b.stemmen - a.stemmen || a.optie - b.optie);
  return { soort: 'uitslag', rondeId: r.id, uitslag, winnaar: winnendIdee(opties, stemmen) };
}

/** Most options a vote round takes (lib/protocol `ronde:open`). */
export const MAX_OPTIES = 200;

/** The ideas of step 5: the revealed answers of step 3, one per line. */
export function ideeenVan(staat: ActielerenStaat): Idee[] {
  const fase = antwoordFase(staat);
  return fase.soort === 'onthuld' ? ideeenUitAntwoorden(fase.inzendingen).slice(0, MAX_OPTIES) : [];
}

/** How many dots a person has placed. */
export function verdeeld(mijn: Readonly<Record<string, number>> | undefined): number {
  return Object.values(mijn ?? {}).reduce((a, b) => a + b, 0);
}

/**
 * One dot more (+1) or less (−1) on an option: the new count for that option
 * (the body of `ronde:stem`), or why not. The server enforces the same budget.
 */
export function stemWijziging(
  mijn: Readonly<Record<string, number>> | undefined,
  optie: number,
  richting: 1 | -1,
  budget: number,
): { ok: true; aantal: number } | { ok: false; reden: 'budget-op' | 'geen-stem' } {
  const nu = mijn?.[String(optie)] ?? 0;
  if (richting === 1 && verdeeld(mijn) >= budget) return { ok: false, reden: 'budget-op' };
  if (richting === -1 && nu === 0) return { ok: false, reden: 'geen-stem' };
  return { ok: true, aantal: nu + richting };
}

/** Revealed answers with the two tellers' first, marked so the view can highlight them. */
export function metVertellers(
  inzendingen: readonly Inzending[],
  vertellers: readonly string[] | undefined,
): { inzending: Inzending; verteller: boolean }[] {
  const v = new Set(vertellers ?? []);
  const gemarkeerd = inzendingen.map((inzending) => ({ inzending, verteller: v.has(inzending.auteur) }));
  return [...gemarkeerd.filter((x) => x.verteller), ...gemarkeerd.filter((x) => !x.verteller)];
}

/** The shared content a step may be waiting for (the view passes it in). */
export interface BordStand {
  readonly casus: string;
  readonly reflectievraag: string;
  readonly dialoog: string;
  readonly samenvatting: string;
  readonly aanscherpingen: number;
  readonly vervolgacties: number;
}

/** Something a step still waits for; shown to the facilitator next to "Volgende stap". */
export type Ontbrekend =
  | 'casusinbrenger'
  | 'casus'
  | 'reflectievraag'
  | 'antwoordronde'
  | 'antwoorden'
  | 'vertellers'
  | 'onthulling'
  | 'stemronde'
  | 'uitslag'
  | 'gekozen-idee'
  | 'dialoog'
  | 'samenvatter'
  | 'samenvatting'
  | 'aanscherping'
  | 'vervolgactie';

/** What step `stap` still lacks; empty when it is done. Never a block: the facilitator may skip. */
export function ontbreekt(stap: number, staat: ActielerenStaat, bord: BordStand): Ontbrekend[] {
  const i = staat.instellingen;
  const uit: Ontbrekend[] = [];
  const leeg = (t: string) => t.trim() === '';
  switch (geldigeStap(stap)) {
    case 1:
      if (!i.casusinbrenger) uit.push('casusinbrenger');
      if (leeg(bord.casus)) uit.push('casus');
      break;
    case 2:
      if (leeg(bord.reflectievraag)) uit.push('reflectievraag');
      break;
    case 3: {
      const fase = antwoordFase(staat);
      if (fase.soort === 'geen') uit.push('antwoordronde');
      else if ((fase.soort === 'open' || fase.soort === 'gesloten') && fase.aantal === 0) uit.push('antwoorden');
      break;
    }
    case 4: {
      if ((i.vertellers ?? []).length === 0) uit.push('vertellers');
      const fase = antwoordFase(staat);
      if (fase.soort !== 'onthuld' && fase.soort !== 'onthullen') uit.push('onthulling');
      break;
    }
    case 5: {
      const fase = stemFase(staat);
      if (fase.soort === 'geen') uit.push('stemronde');
      else if (fase.soort === 'open') uit.push('uitslag');
      if (!i.gekozenIdee) uit.push('gekozen-idee');
      break;
    }
    case 6:
      if (leeg(bord.dialoog)) uit.push('dialoog');
      break;
    case 7:
      if (!i.samenvatter) uit.push('samenvatter');
      if (leeg(bord.samenvatting)) uit.push('samenvatting');
      break;
    case 8:
      if (bord.aanscherpingen === 0) uit.push('aanscherping');
      break;
    default:
      if (bord.vervolgacties === 0) uit.push('vervolgactie');
  }
  return uit;
}

function assertNever(x: never): never {
  throw new Error(`onbekende stapactie: ${JSON.stringify(x)}`);
}
