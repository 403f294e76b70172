import type { Huishouden, Persona } from './schema';

/** What the set of personas still lacks (seed 001: "een diverse groep … qua problematiek, leeftijd, wel/geen kinderen"). */
export type DiversiteitsTip = 'eerste' | 'tweede' | 'leeftijd' | 'kinderen' | 'problematiek' | 'ervaringsdeskundige';

const MET_KINDEREN: ReadonlySet<Huishouden> = new Set(['alleenstaande-ouder', 'gezin-met-kinderen']);

/**
 * Tips to make the set of klantreizen diverse. Only what was filled in counts:
 * an empty age band neither proves nor breaks diversity.
 */
export function diversiteitsTips(personas: readonly Persona[]): DiversiteitsTip[] {
  if (personas.length === 0) return ['eerste'];
  const tips: DiversiteitsTip[] = [];
  if (personas.length === 1) tips.push('tweede');
  else {
    const leeftijden = new Set(personas.map((p) => p.leeftijdsklasse).filter(Boolean));
    if (leeftijden.size === 1) tips.push('leeftijd');
    const kinderen = new Set(personas.filter((p) => p.huishouden !== '').map((p) => MET_KINDEREN.has(p.huishouden)));
    if (kinderen.size === 1) tips.push('kinderen');
    const problemen = new Set(personas.map((p) => p.problematiek.trim().toLocaleLowerCase('nl')).filter(Boolean));
    if (problemen.size === 1 && personas.filter((p) => p.problematiek.trim()).length > 1) tips.push('problematiek');
  }
  if (!personas.some((p) => p.ervaringsdeskundige)) tips.push('ervaringsdeskundige');
  return tips;
}
