import type { PubliekeRonde } from '../../protocol';
import { priveFase, type Inzending, type PriveFase } from '../rondeFase';
import { AfsluitingInstellingen } from './schema';

/** Reads `kamer:toestand.werkvormen.afsluiting`; anything malformed counts as nothing decided. */
export function leesAfsluitingInstellingen(ruw: unknown): AfsluitingInstellingen {
  const r = AfsluitingInstellingen.safeParse(ruw ?? {});
  return r.success ? r.data : {};
}

/** Where the quiet reflectie stands. */
export function reflectieFase(
  instellingen: AfsluitingInstellingen,
  rondes: readonly PubliekeRonde[],
  onthuld: Readonly<Record<string, readonly Inzending[]>>,
): PriveFase {
  return priveFase(instellingen.reflectieRonde, rondes, onthuld);
}

/** A short reflectie: two minutes unless the facilitator chooses otherwise (seed 004, "vertragen"). */
export const STANDAARD_REFLECTIE_SECONDEN = 120;

/** The bijeenkomst that follows number `nummer` in the traject's plan, or null. */
export function volgendeBijeenkomst<B extends { readonly nummer: number; readonly status: string }>(
  bijeenkomsten: readonly B[],
  nummer: number,
): B | null {
  return [...bijeenkomsten].filter((b) => b.nummer > nummer).sort((a, b) => a.nummer - b.nummer)[0] ?? null;
}

/**
 * A `datetime-local` value ("2026-04-07T13:30") as the API's ISO date-time in
 * the browser's zone; null when it is not a date. `offsetMinuten` is what
 * `Date#getTimezoneOffset` gives for that moment.
 */
export function lokaalNaarIso(lokaal: string, offsetMinuten: number): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(lokaal);
  if (!m) return null;
  const [, j, mnd, d, u, min] = m.map(Number) as [number, number, number, number, number, number];
  const utc = Date.UTC(j, mnd - 1, d, u, min) + offsetMinuten * 60_000;
  const datum = new Date(utc);
  return Number.isNaN(datum.getTime()) ? null : datum.toISOString();
}
