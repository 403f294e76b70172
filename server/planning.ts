import { z } from 'zod';
import { planSerie, type Planning } from '../lib/planning/planning';
import { Werkvorm } from '../lib/protocol';
import type { Services } from './services';
import type { TrajectRij } from './db/trajecten';
import { bijeenkomstenVan, type BijeenkomstRij } from './db/bijeenkomsten';

export function vandaag(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}

/** The planning of a traject's series as it stands today. */
export async function planningVan(s: Services, t: TrajectRij, bijeenkomsten?: readonly BijeenkomstRij[]): Promise<Planning> {
  const serie = bijeenkomsten ?? (await bijeenkomstenVan(s.db, t.id));
  return planSerie({
    type: t.type,
    einddatum: t.einddatum,
    geplandAantal: t.geplandAantal,
    bestaand: serie.map((b) => b.datum.slice(0, 10)),
    vandaag: vandaag(s.now()),
  });
}

export const STANDAARD_AGENDA: Werkvorm[] = ['opening', 'afsluiting'];

/** A bijeenkomst's stored agenda; unreadable JSON falls back to the default. */
export function leesAgenda(json: string): Werkvorm[] {
  try {
    const r = z.array(Werkvorm).safeParse(JSON.parse(json));
    return r.success ? r.data : STANDAARD_AGENDA;
  } catch {
    return STANDAARD_AGENDA;
  }
}
