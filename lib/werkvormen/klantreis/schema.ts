import { z } from 'zod';

/**
 * The Klantreis (DESIGN §3): a persona with a levensgebeurtenis, phases as
 * columns and lanes as rows. Plain data; `lib/sync/klantreis.ts` maps it to
 * and from the traject doc.
 */

/** Lanes (rows), top to bottom. `emotie` holds a score per phase, the others hold cards. */
export const LANEN = ['klant', 'contact', 'emotie', 'knelpunten', 'kansen'] as const;
export const Laan = z.enum(LANEN);
export type Laan = z.infer<typeof Laan>;

/** The lanes that hold cards. */
export const KAART_LANEN = ['klant', 'contact', 'knelpunten', 'kansen'] as const;
export const KaartLaan = z.enum(KAART_LANEN);
export type KaartLaan = z.infer<typeof KaartLaan>;

/** Lanes whose cards may be promoted to the ontwikkelpunten long list. */
export const PROMOVEERBARE_LANEN: readonly KaartLaan[] = ['knelpunten', 'kansen'];

/** Default phases for schuldhulp (DESIGN §3); editable per klantreis. */
export const STANDAARD_FASEN = [
  'Signaleren',
  'Aanmelding & kennismaking',
  'Intake & plan van aanpak',
  'Stabilisatie',
  'Schuldregeling',
  'Nazorg',
] as const;

/** Age bands that matter in schuldhulp (jongeren tot 27, AOW-leeftijd); '' = not given. */
export const LEEFTIJDSKLASSEN = ['tot-27', '27-45', '45-aow', 'aow'] as const;
export const Leeftijdsklasse = z.enum([...LEEFTIJDSKLASSEN, '']);
export type Leeftijdsklasse = z.infer<typeof Leeftijdsklasse>;

/** Household; seed 001: "wel/geen kinderen". '' = not given. */
export const HUISHOUDENS = ['alleenstaand', 'alleenstaande-ouder', 'stel-zonder-kinderen', 'gezin-met-kinderen', 'anders'] as const;
export const Huishouden = z.enum([...HUISHOUDENS, '']);
export type Huishouden = z.infer<typeof Huishouden>;

export const MAX_KAART = 500;
export const MAX_FASE_NAAM = 80;
export const MAX_FASEN = 12;
export const MIN_EMOTIE = -2;
export const MAX_EMOTIE = 2;

const id = z.string().min(1).max(100);

/** Who the klant is (seed 001: choose a diverse set: problematiek, age, children). */
export const Persona = z.object({
  naam: z.string().max(120),
  leeftijdsklasse: Leeftijdsklasse,
  huishouden: Huishouden,
  problematiek: z.string().max(1000),
  /** The levensgebeurtenis or aanleiding that starts the journey. */
  aanleiding: z.string().max(1000),
  /** Told by an ervaringsdeskundige in the room (seed 000, 002: "mét in plaats van óver"). */
  ervaringsdeskundige: z.boolean(),
});
export type Persona = z.infer<typeof Persona>;

export const LEGE_PERSONA: Persona = {
  naam: '',
  leeftijdsklasse: '',
  huishouden: '',
  problematiek: '',
  aanleiding: '',
  ervaringsdeskundige: false,
};

/** A column. `volgorde` is a sort key; ties are broken by id. */
export const Fase = z.object({ id, naam: z.string().trim().min(1).max(MAX_FASE_NAAM), volgorde: z.number().finite() });
export type Fase = z.infer<typeof Fase>;

/**
 * Where a card is: one value, written at once, so two concurrent moves of the
 * same card leave it in one of the two cells, never half of each.
 */
export const Plek = z.object({ faseId: id, laan: KaartLaan, volgorde: z.number().finite() });
export type Plek = z.infer<typeof Plek>;

export const Kaart = z.object({
  id,
  tekst: z.string().min(1).max(MAX_KAART),
  plek: Plek,
  /** Set once the card is on the ontwikkelpunten long list. */
  ontwikkelpuntId: id.nullable(),
  bijeenkomstId: id.nullable(),
  aangemaakt: z.number(),
});
export type Kaart = z.infer<typeof Kaart>;

export const Emotie = z.number().int().min(MIN_EMOTIE).max(MAX_EMOTIE);

export const Klantreis = z.object({
  id,
  persona: Persona,
  fasen: z.array(Fase),
  kaarten: z.array(Kaart),
  /** faseId → score −2..+2; a phase without a score is absent. */
  emotie: z.record(z.string(), Emotie),
  /** The bijeenkomst it was made in; null on the traject page. */
  bijeenkomstId: id.nullable(),
  aangemaakt: z.number(),
});
export type Klantreis = z.infer<typeof Klantreis>;

/** What the begeleider decides in the klantreis (`werkvorm:zet`): the klantreis everyone looks at. */
export const KlantreisInstellingen = z
  .object({
    actieveKlantreis: id.nullable(),
  })
  .partial()
  .strict();
export type KlantreisInstellingen = z.infer<typeof KlantreisInstellingen>;

/** Something a person does on the board; `transition` decides what it changes. */
export const KlantreisEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('persona:zet'), wijziging: Persona.partial() }),
  z.object({ type: z.literal('fase:toevoegen'), naam: z.string() }),
  z.object({ type: z.literal('fase:hernoem'), faseId: id, naam: z.string() }),
  /** One place to the left (-1) or right (+1). */
  z.object({ type: z.literal('fase:verschuif'), faseId: id, richting: z.union([z.literal(-1), z.literal(1)]) }),
  z.object({ type: z.literal('fase:verwijder'), faseId: id }),
  z.object({ type: z.literal('kaart:toevoegen'), faseId: id, laan: KaartLaan, tekst: z.string(), bijeenkomstId: id.nullable() }),
  z.object({ type: z.literal('kaart:wijzig'), kaartId: id, tekst: z.string() }),
  /** To the end of another (or the same) cell. */
  z.object({ type: z.literal('kaart:verplaats'), kaartId: id, faseId: id, laan: KaartLaan }),
  z.object({ type: z.literal('kaart:verwijder'), kaartId: id }),
  z.object({ type: z.literal('kaart:promoveer'), kaartId: id, ontwikkelpuntId: id }),
  z.object({ type: z.literal('emotie:zet'), faseId: id, score: Emotie.nullable() }),
]);
export type KlantreisEvent = z.infer<typeof KlantreisEvent>;
