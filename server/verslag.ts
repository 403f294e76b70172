import * as Y from 'yjs';
import type { Services } from './services';
import type { BijeenkomstRij } from './db/bijeenkomsten';
import { aanwezigIds } from './db/bijeenkomsten';
import { deelnemersVan, trajectMetId } from './db/trajecten';

/**
 * The first, short verslag written when a bijeenkomst closes (Markdown): who
 * was there, the intentie, the actions and successen of this bijeenkomst.
 */
export function maakVerslag(s: Services, b: BijeenkomstRij): string {
  const t = trajectMetId(s.db, b.trajectId);
  if (!t) return '';
  const ids = new Set(aanwezigIds(s.db, b.id));
  const aanwezigen = deelnemersVan(s.db, t.id).filter((d) => d.soort === 'deelnemer' && ids.has(d.id));
  const doc = s.rooms.read(`traject:${t.id}`);
  const acties = leesMap(doc.getMap('acties')).filter((a) => a.bijeenkomstId === b.id);
  const successen = leesMap(doc.getMap('successen')).filter((x) => x.bijeenkomstId === b.id);
  const regels = [
    `# ${t.titel}: bijeenkomst ${b.nummer}`,
    '',
    `Datum: ${b.datum.slice(0, 10)}`,
    '',
    `Intentie: ${b.intentie}`,
    '',
    '## Aanwezig',
    ...(aanwezigen.length ? aanwezigen.map((d) => `- ${d.naam} (${d.organisatie})`) : ['- (niemand aangemeld)']),
    '',
    '## Nieuwe acties',
    ...(acties.length ? acties.map((a) => `- ${a.wat ?? ''}, ${a.wie ?? ''}, ${a.wanneer ?? ''}`) : ['- geen']),
    '',
    '## Successen',
    ...(successen.length ? successen.map((x) => `- ${x.tekst ?? ''}`) : ['- geen']),
    '',
  ];
  return regels.join('\n');
}

function leesMap(map: Y.Map<unknown>): Record<string, string>[] {
  const uit: Record<string, string>[] = [];
  for (const waarde of map.values()) {
    if (!(waarde instanceof Y.Map)) continue;
    const rij: Record<string, string> = {};
    for (const [k, v] of waarde.entries()) if (typeof v === 'string') rij[k] = v;
    uit.push(rij);
  }
  return uit;
}

/** Three lines for the next Opening: the intentie, the actions and the successen of last time. */
export function terugblik(verslag: string): string[] {
  const intentie = /^Intentie: (.*)$/m.exec(verslag)?.[1];
  const sectie = (kop: string) => {
    const deel = verslag.split(`## ${kop}\n`)[1]?.split('\n\n')[0] ?? '';
    return deel
      .split('\n')
      .filter((r) => r.startsWith('- ') && r !== '- geen')
      .map((r) => r.slice(2));
  };
  const acties = sectie('Nieuwe acties');
  const successen = sectie('Successen');
  return [
    intentie ? `Vorige keer wilden we: ${intentie}` : null,
    acties.length ? `Afgesproken acties: ${acties.length} (${acties.slice(0, 2).join('; ')})` : null,
    successen.length ? `Successen: ${successen.slice(0, 3).join('; ')}` : null,
  ].filter((r): r is string => r !== null);
}
