import { z } from 'zod';
import { TrajectType, Werkvorm } from '../protocol/werkvorm';
import { ActieStatus } from '../sync/acties';
import { Besluit } from '../sync/opening';
import { SpeerpuntStatus } from '../sync/speerpunten';
import { KletspotVerslag } from '../werkvormen/kletspot/verslag';
import { NulmetingVerslag } from '../werkvormen/nulmeting/verslag';
import { VraagstukVerslag } from '../werkvormen/vraagstuk/verslag';
import { KlantreisVerslag } from '../werkvormen/klantreis/verslag';
import { SpeerpuntenVerslag } from '../werkvormen/speerpunten/verslag';

/**
 * What the board held when a bijeenkomst was closed: everything the verslag is
 * built from, as plain data, stored as JSON (`bijeenkomsten.verslag_snapshot`).
 * It holds only what the group saw: private answers only from revealed rounds,
 * and only those their authors chose to share.
 */
export const VERSLAG_SNAPSHOT_VERSIE = 1;

/** Texts are capped, never refused: one overlong text from a hostile client must not cost the whole verslag. */
const Tekst = z.string().transform((t) => t.slice(0, 20_000));

export const SnapshotPersoon = z.object({ id: z.string(), naam: z.string(), organisatie: z.string(), rol: z.string() });
export type SnapshotPersoon = z.infer<typeof SnapshotPersoon>;

export const SnapshotActie = z.object({
  id: z.string(),
  wat: Tekst,
  wie: z.string(),
  wanneer: z.string(),
  status: ActieStatus,
  bijeenkomstId: z.string().nullable(),
  werkvorm: Werkvorm.nullable(),
  speerpuntId: z.string().nullable().optional(),
});
export type SnapshotActie = z.infer<typeof SnapshotActie>;

export const SnapshotSpeerpunt = z.object({
  id: z.string(),
  titel: z.string(),
  doelstelling: z.string(),
  trekker: z.string(),
  eersteStap: z.string(),
  status: SpeerpuntStatus,
});
export type SnapshotSpeerpunt = z.infer<typeof SnapshotSpeerpunt>;

/** An idea of actieleren step 3, with its dots from step 5 (null when no vote was held). */
export const SnapshotIdee = z.object({ tekst: Tekst, stemmen: z.number().int().min(0).nullable() });

export const ActielerenUitkomst = z.object({
  casusTitel: Tekst,
  reflectievraag: Tekst,
  casusinbrenger: z.string().nullable(),
  samenvatter: z.string().nullable(),
  ideeen: z.array(SnapshotIdee),
  gekozenIdee: z.object({ tekst: Tekst, stemmen: z.number().int().min(0) }).nullable(),
  samenvatting: Tekst,
  aanscherpingen: z.array(z.object({ tekst: Tekst, auteur: z.string() })),
});
export type ActielerenUitkomst = z.infer<typeof ActielerenUitkomst>;

export const AfsluitingUitkomst = z.object({
  /** Leernetwerk: per participant's vraagstuk, act on it now or dig deeper. */
  vraagstukken: z.array(z.object({ naam: z.string(), keuze: z.enum(['aan-de-slag', 'uitdiepen']) })),
  /** Shared answers of the revealed reflectie round; naam null in an anonymous round. */
  reflecties: z.array(z.object({ naam: z.string().nullable(), tekst: Tekst })),
});
export type AfsluitingUitkomst = z.infer<typeof AfsluitingUitkomst>;

export const OpeningUitkomst = z.object({
  checkAct: z.array(z.object({ speerpuntId: z.string(), resultaat: Tekst, besluit: Besluit })),
});
export type OpeningUitkomst = z.infer<typeof OpeningUitkomst>;

export const VerslagSnapshot = z.object({
  versie: z.literal(VERSLAG_SNAPSHOT_VERSIE),
  /** Epoch ms of afsluiten. */
  gemaaktOp: z.number(),
  traject: z.object({
    id: z.string(),
    type: TrajectType,
    titel: z.string(),
    thema: z.string(),
    vraagstuk: z.string(),
    einddoel: z.string(),
    einddatum: z.string().nullable(),
    trekker: z.string(),
  }),
  bijeenkomst: z.object({
    id: z.string(),
    nummer: z.number().int(),
    totaal: z.number().int(),
    /** ISO 8601 date-time. */
    datum: z.string(),
    intentie: z.string(),
    agenda: z.array(Werkvorm),
  }),
  begeleiders: z.array(z.object({ naam: z.string() })),
  /** Participants (not observers) who were in the room. */
  aanwezigen: z.array(SnapshotPersoon),
  opening: OpeningUitkomst.nullable(),
  actieleren: ActielerenUitkomst.nullable(),
  afsluiting: AfsluitingUitkomst.nullable(),
  /** Issue 7; optional, so snapshots stored before it still read. */
  vraagstuk: VraagstukVerslag.nullable().optional(),
  nulmeting: NulmetingVerslag.nullable().optional(),
  kletspot: KletspotVerslag.nullable().optional(),
  /** Issue 6; optional for the same reason. */
  klantreis: KlantreisVerslag.nullable().optional(),
  gekozenSpeerpunten: SpeerpuntenVerslag.nullable().optional(),
  /** The traject's whole actielijst at afsluiten. */
  acties: z.array(SnapshotActie),
  /** Status per actie id in the previous verslag's snapshot; null when there is none. */
  vorigeStatussen: z.record(z.string(), ActieStatus).nullable(),
  /** bijeenkomst id → nummer, to name where an actie came from. */
  nummers: z.record(z.string(), z.number().int()),
  successen: z.array(z.object({ id: z.string(), tekst: Tekst, bijeenkomstId: z.string().nullable() })),
  speerpunten: z.array(SnapshotSpeerpunt),
  volgende: z.object({ nummer: z.number().int(), datum: z.string(), intentie: z.string() }).nullable(),
});
export type VerslagSnapshot = z.infer<typeof VerslagSnapshot>;

/**
 * Reads a stored snapshot (parsed JSON). Version 1 is the first; a later
 * version adds its `up` step here. Unknown or broken data gives null.
 */
export function leesSnapshot(json: unknown): VerslagSnapshot | null {
  const r = VerslagSnapshot.safeParse(json);
  return r.success ? r.data : null;
}
