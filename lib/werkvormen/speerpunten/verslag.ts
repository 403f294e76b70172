import { z } from 'zod';
import { nlKlantreis } from '../../i18n/nl-klantreis';
import { alinea, gewoon, kop, tabel, type Blok } from '../../verslag/document';
import { kort } from '../../verslag/tekst';
import { langeLijst } from './lijst';
import { SpeerpuntenInstellingen, type Ontwikkelpunt } from './schema';

const t = nlKlantreis.verslagSpeerpunten;

/**
 * What the Speerpunten werkvorm adds to the verslag (DESIGN §4: the chosen
 * ones with votes and trekker), as plain data for the verslag snapshot.
 */
export const SpeerpuntenVerslag = z.object({
  gekozen: z.array(
    z.object({
      titel: z.string(),
      /** Dots in the vote round; null when it was not voted on. */
      stemmen: z.number().int().min(0).nullable(),
      trekker: z.string(),
      eersteStap: z.string(),
      doelstelling: z.string(),
    }),
  ),
  /** Items on the long list (merged duplicates count once). */
  langeLijst: z.number().int().min(0),
  /** How many people voted; null without a vote round. */
  stemmers: z.number().int().min(0).nullable(),
});
export type SpeerpuntenVerslag = z.infer<typeof SpeerpuntenVerslag>;

/** A speerpunt as the traject doc holds it (lib/sync/speerpunten). */
type SpeerpuntInvoer = {
  titel: string;
  trekker: string;
  eersteStap: string;
  doelstelling: string;
  bijeenkomstId?: string | null | undefined;
  stemmen?: number | null | undefined;
  aangemaakt?: number | undefined;
};

/**
 * The speerpunten chosen in a bijeenkomst, in the order they were chosen;
 * null when none were chosen there.
 */
export function speerpuntenVerslag(
  speerpunten: readonly SpeerpuntInvoer[],
  ontwikkelpunten: readonly Ontwikkelpunt[],
  bijeenkomstId: string,
  stemmers: number | null,
): SpeerpuntenVerslag | null {
  const gekozen = speerpunten
    .filter((s) => s.bijeenkomstId === bijeenkomstId)
    .sort((a, b) => (a.aangemaakt ?? 0) - (b.aangemaakt ?? 0));
  if (gekozen.length === 0) return null;
  return {
    gekozen: gekozen.map((s) => ({
      titel: s.titel,
      stemmen: s.stemmen ?? null,
      trekker: s.trekker,
      eersteStap: s.eersteStap,
      doelstelling: s.doelstelling,
    })),
    langeLijst: langeLijst(ontwikkelpunten).length,
    stemmers,
  };
}

/**
 * How many people voted in the Speerpunten vote round, from the room's server
 * state (`werkvormen.speerpunten` and the rounds); null without a round.
 */
export function stemmersInRonde(
  werkvormen: Readonly<Record<string, unknown>>,
  rondes: readonly { id: string; stemmen: Readonly<Record<string, unknown>> }[],
): number | null {
  const instellingen = SpeerpuntenInstellingen.safeParse(werkvormen.speerpunten ?? {});
  const id = instellingen.success ? instellingen.data.stemRonde : null;
  const ronde = id ? rondes.find((r) => r.id === id) : undefined;
  return ronde ? Object.keys(ronde.stemmen).length : null;
}

/** The verslag section: one table, plus where the choice came from. */
export function gekozenSpeerpuntenBlokken(v: SpeerpuntenVerslag): Blok[] {
  return [
    kop(2, t.kop),
    tabel(
      [t.speerpunt, t.stemmen, t.trekker, t.eersteStap, t.doelstelling],
      v.gekozen.map((s) => [
        kort(s.titel, 200),
        s.stemmen === null ? t.geenStemming : String(s.stemmen),
        kort(s.trekker, 80),
        kort(s.eersteStap, 200),
        kort(s.doelstelling, 200),
      ]),
    ),
    ...(v.langeLijst > 0 ? [alinea(gewoon(t.langeLijst(v.langeLijst, v.stemmers)))] : []),
  ];
}
