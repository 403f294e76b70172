import { z } from 'zod';
import { nlKlantreis } from '../../i18n/nl-klantreis';
import { alinea, gewoon, kop, lijst, metLabel, tabel, vet, type Blok } from '../../verslag/document';
import { eerste, kort } from '../../verslag/tekst';
import { indeling, celSleutel } from './raster';
import { Persona, type Klantreis } from './schema';

const t = nlKlantreis.verslagKlantreis;
const MAX_KNELPUNTEN_PER_FASE = 4;
const MAX_KANSEN = 5;
const MAX_REIZEN = 4;

/**
 * What the klantreis adds to the verslag (DESIGN §4: persona, knelpunten per
 * phase, emotion curve), as plain data for the verslag snapshot.
 */
export const KlantreisVerslag = z.object({
  klantreizen: z.array(
    z.object({
      persona: Persona,
      fasen: z.array(
        z.object({
          naam: z.string(),
          emotie: z.number().int().min(-2).max(2).nullable(),
          knelpunten: z.array(z.string()),
          kansen: z.array(z.string()),
        }),
      ),
      /** Knelpunten and kansen promoted to the ontwikkelpunten long list. */
      opLijst: z.number().int().min(0),
    }),
  ),
});
export type KlantreisVerslag = z.infer<typeof KlantreisVerslag>;

/**
 * The klantreizen worked on in a bijeenkomst (made there, or given a card
 * there), each as persona plus per phase its emotion and cards. Null when the
 * bijeenkomst did not touch a klantreis.
 */
export function klantreisVerslag(reizen: readonly Klantreis[], bijeenkomstId: string): KlantreisVerslag | null {
  const gewerkt = reizen.filter((r) => r.bijeenkomstId === bijeenkomstId || r.kaarten.some((k) => k.bijeenkomstId === bijeenkomstId));
  if (gewerkt.length === 0) return null;
  return {
    klantreizen: [...gewerkt]
      .sort((a, b) => a.aangemaakt - b.aangemaakt || a.id.localeCompare(b.id))
      .map((reis) => {
        const { fasen, cellen } = indeling(reis);
        return {
          persona: reis.persona,
          fasen: fasen.map((f) => ({
            naam: f.naam,
            emotie: reis.emotie[f.id] ?? null,
            knelpunten: (cellen.get(celSleutel(f.id, 'knelpunten')) ?? []).map((k) => k.tekst),
            kansen: (cellen.get(celSleutel(f.id, 'kansen')) ?? []).map((k) => k.tekst),
          })),
          opLijst: reis.kaarten.filter((k) => k.ontwikkelpuntId !== null).length,
        };
      }),
  };
}

/** One line about the persona: "Sandra, 27 tot 45 jaar, alleenstaande ouder". */
export function personaRegel(p: Persona): string {
  const delen = [
    kort(p.naam, 80) || nlKlantreis.klantreis.naamlozeKlant,
    p.leeftijdsklasse ? t.leeftijdsklassen[p.leeftijdsklasse] : '',
    p.huishouden ? t.huishoudens[p.huishouden] : '',
  ];
  return delen.filter(Boolean).join(', ');
}

/**
 * The verslag section: per klantreis the persona, aanleiding, a table of the
 * phases with their emotion and knelpunten, and the main kansen. Short, like
 * the rest of the verslag: long texts are cut, long lists show their top.
 */
export function klantreisBlokken(v: KlantreisVerslag): Blok[] {
  const { getoond, rest } = eerste(v.klantreizen, MAX_REIZEN);
  const uit: Blok[] = [];
  for (const reis of getoond) {
    const p = reis.persona;
    uit.push(kop(2, t.kopVan(kort(p.naam, 80) || nlKlantreis.klantreis.naamlozeKlant)));
    uit.push(metLabel(t.persona, personaRegel(p)));
    if (p.problematiek.trim()) uit.push(metLabel(t.problematiek, kort(p.problematiek, 300)));
    if (p.aanleiding.trim()) uit.push(metLabel(t.aanleiding, kort(p.aanleiding, 300)));
    if (p.ervaringsdeskundige) uit.push(alinea(gewoon(t.verteld)));
    if (reis.fasen.some((f) => f.emotie !== null)) {
      uit.push(metLabel(t.curve, reis.fasen.map((f) => `${kort(f.naam, 40)} ${f.emotie === null ? '·' : teken(f.emotie)}`).join(' → ')));
    }
    uit.push(
      tabel(
        [t.fase, t.emotie, t.knelpunten],
        reis.fasen.map((f) => {
          const { getoond: k, rest: meer } = eerste(f.knelpunten, MAX_KNELPUNTEN_PER_FASE);
          const tekst = k.map((x) => kort(x, 160)).join('; ') + (meer > 0 ? `; ${t.enMeer(meer)}` : '');
          return [kort(f.naam, 60), t.emotieKort(f.emotie), tekst || t.geenKnelpunten];
        }),
      ),
    );
    const kansen = reis.fasen.flatMap((f) => f.kansen.map((k) => `${kort(k, 200)} (${kort(f.naam, 40)})`));
    if (kansen.length > 0) {
      const { getoond: k, rest: meer } = eerste(kansen, MAX_KANSEN);
      uit.push(alinea(vet(t.kansen)));
      uit.push(lijst(meer > 0 ? [...k, t.enMeer(meer)] : k));
    }
    if (reis.opLijst > 0) uit.push(alinea(gewoon(t.opLijst(reis.opLijst))));
  }
  if (rest > 0) uit.push(alinea(gewoon(t.enMeer(rest))));
  return uit;
}

function teken(score: number): string {
  return `${score > 0 ? '+' : score < 0 ? '−' : ''}${Math.abs(score)}`;
}
