/** One idea from the revealed answers of step 3. */
export interface Idee {
  tekst: string;
  auteur: string;
  naam: string;
}

const MAX_IDEE = 500;

/**
 * Step 3's answers become the ideas of step 5: one idea per non-empty line,
 * list bullets removed, the same idea twice (ignoring case and spaces) once.
 */
export function ideeenUitAntwoorden(inzendingen: readonly { auteur: string; naam: string; tekst: string }[]): Idee[] {
  const gezien = new Set<string>();
  const ideeen: Idee[] = [];
  for (const { auteur, naam, tekst } of inzendingen) {
    for (const regel of tekst.split(/\r?\n/)) {
      const schoon = regel.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/, '').trim().slice(0, MAX_IDEE);
      if (!schoon) continue;
      const sleutel = schoon.toLocaleLowerCase('nl').replace(/\s+/g, ' ');
      if (gezien.has(sleutel)) continue;
      gezien.add(sleutel);
      ideeen.push({ tekst: schoon, auteur, naam });
    }
  }
  return ideeen;
}

/** The idea with the most votes; ties go to the earliest idea. Null without votes. */
export function winnendIdee(opties: readonly string[], stemmen: Readonly<Record<string, number>>): { tekst: string; stemmen: number } | null {
  let beste: { tekst: string; stemmen: number } | null = null;
  opties.forEach((tekst, i) => {
    const n = stemmen[String(i)] ?? 0;
    if (n > 0 && (!beste || n > beste.stemmen)) beste = { tekst, stemmen: n };
  });
  return beste;
}
