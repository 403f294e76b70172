import { pgTable, text, integer, bigint, boolean, customType, primaryKey, index, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * The PostgreSQL twin of the SQLite schema (schema.ts and schemaVraagstuk.ts):
 * the same tables, column names, keys, indexes, cascades and defaults, and the
 * same JS-visible row types, so one set of query functions serves both dialects
 * (tests/server/pg-schema.test.ts holds the two side by side, type by type).
 *
 * Mapping: epoch-ms times and row ids are `bigint` read as JS numbers (epoch
 * ms and our ids stay far below 2^53); small counters (nummer, versie,
 * gepland_aantal) are `integer`; SQLite's 0/1 booleans are `boolean`; blobs
 * are `bytea`, read and written as Buffer like better-sqlite3 does.
 *
 * Keep this file in step with the SQLite schema; `npm run db:generate:pg`
 * writes the migration into drizzle-pg/.
 */

/** `bytea` as Buffer: node-postgres already sends and parses Buffers, so no mapping is needed. */
const bytea = customType<{ data: Buffer; driverData: Buffer }>({
  dataType() {
    return 'bytea';
  },
});

/** An epoch-ms time (or another value that outgrows int4), read as a JS number. */
const epochMs = (naam: string) => bigint(naam, { mode: 'number' });

export const begeleiders = pgTable('begeleiders', {
  id: text('id').primaryKey(),
  naam: text('naam').notNull(),
  email: text('email').notNull().unique(),
  wachtwoordHash: text('wachtwoord_hash').notNull(),
  aangemaakt: epochMs('aangemaakt').notNull(),
});

/** Facilitator sessions; the cookie holds the token, the table its SHA-256. */
export const sessies = pgTable('sessies', {
  tokenHash: text('token_hash').primaryKey(),
  begeleiderId: text('begeleider_id')
    .notNull()
    .references(() => begeleiders.id, { onDelete: 'cascade' }),
  aangemaakt: epochMs('aangemaakt').notNull(),
  verloopt: epochMs('verloopt').notNull(),
});

export const trajecten = pgTable('trajecten', {
  id: text('id').primaryKey(),
  type: text('type', { enum: ['leernetwerk', 'werkplaats'] }).notNull(),
  titel: text('titel').notNull(),
  thema: text('thema').notNull(),
  vraagstuk: text('vraagstuk').notNull(),
  einddoel: text('einddoel').notNull(),
  einddatum: text('einddatum'),
  trekker: text('trekker').notNull().default(''),
  geplandAantal: integer('gepland_aantal'),
  joinToken: text('join_token').notNull().unique(),
  waarnemerToken: text('waarnemer_token').notNull().unique(),
  aangemaakt: epochMs('aangemaakt').notNull(),
});

export const trajectBegeleiders = pgTable(
  'traject_begeleiders',
  {
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    begeleiderId: text('begeleider_id')
      .notNull()
      .references(() => begeleiders.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.trajectId, t.begeleiderId] })],
);

/** Invitations for a co-facilitator; the link holds the token, the table its hash. */
export const uitnodigingen = pgTable('uitnodigingen', {
  tokenHash: text('token_hash').primaryKey(),
  trajectId: text('traject_id')
    .notNull()
    .references(() => trajecten.id, { onDelete: 'cascade' }),
  doorBegeleiderId: text('door_begeleider_id').notNull(),
  verloopt: epochMs('verloopt').notNull(),
  gebruiktOp: epochMs('gebruikt_op'),
});

/** Participants and observers of one traject (no account; a signed cookie). */
export const deelnemers = pgTable(
  'deelnemers',
  {
    id: text('id').primaryKey(),
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    soort: text('soort', { enum: ['deelnemer', 'waarnemer'] }).notNull(),
    naam: text('naam').notNull(),
    organisatie: text('organisatie').notNull(),
    rol: text('rol').notNull(),
    aangemaakt: epochMs('aangemaakt').notNull(),
  },
  (t) => [index('deelnemers_traject').on(t.trajectId)],
);

export const bijeenkomsten = pgTable(
  'bijeenkomsten',
  {
    id: text('id').primaryKey(),
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    nummer: integer('nummer').notNull(),
    datum: text('datum').notNull(),
    intentie: text('intentie').notNull(),
    agenda: text('agenda').notNull(),
    status: text('status', { enum: ['gepland', 'live', 'afgesloten'] }).notNull(),
    verslagGedeeld: boolean('verslag_gedeeld').notNull().default(false),
    /** The verslag as shared: generated Markdown at afsluiten, or the begeleider's edited version. */
    verslag: text('verslag'),
    /** What the board held at afsluiten (JSON, lib/verslag/snapshot.ts, versioned); the verslag is built from it. */
    verslagSnapshot: text('verslag_snapshot'),
    /** When the begeleider last saved an edited verslag (epoch ms); null while it is the generated text. */
    verslagBewerktOp: epochMs('verslag_bewerkt_op'),
    afgeslotenOp: epochMs('afgesloten_op'),
    aangemaakt: epochMs('aangemaakt').notNull(),
  },
  (t) => [index('bijeenkomsten_traject').on(t.trajectId)],
);

/** Server-decided state of a live room (JSON, versioned), written before every broadcast. */
export const kamers = pgTable('kamers', {
  bijeenkomstId: text('bijeenkomst_id')
    .primaryKey()
    .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
  toestand: text('toestand').notNull(),
  versie: integer('versie').notNull(),
});

/** Who was in the room during a bijeenkomst: the verslag's aanwezigen. */
export const aanwezigheid = pgTable(
  'aanwezigheid',
  {
    bijeenkomstId: text('bijeenkomst_id')
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
    persoonId: text('persoon_id').notNull(),
    eersteOp: epochMs('eerste_op').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.persoonId] })],
);

/**
 * Append-only Yjs update log per room, compacted into yjs_snapshots.
 * "By default" identity (not "always") so an explicit id, as a copy from
 * SQLite would carry, is still accepted.
 */
export const yjsUpdates = pgTable(
  'yjs_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
    room: text('room').notNull(),
    update: bytea('update').notNull(),
  },
  (t) => [index('yjs_updates_room').on(t.room, t.id)],
);

export const yjsSnapshots = pgTable('yjs_snapshots', {
  room: text('room').primaryKey(),
  state: bytea('state').notNull(),
  /** The id of the last yjs_updates row folded into `state`. */
  tot: bigint('tot', { mode: 'number' }).notNull(),
});

export const audit = pgTable('audit', {
  id: bigint('id', { mode: 'number' }).primaryKey().generatedByDefaultAsIdentity(),
  op: epochMs('op').notNull(),
  wie: text('wie').notNull(),
  actie: text('actie').notNull(),
  details: text('details').notNull().default('{}'),
});

/* Vraagstuk, Nulmeting and Kletspot (issue 7; schemaVraagstuk.ts on SQLite). */

/** A leernetwerk participant's own vraagstuk card: one per participant per traject, edited by its owner only. */
export const vraagstukkaarten = pgTable(
  'vraagstukkaarten',
  {
    id: text('id').primaryKey(),
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    /** The owner: the only one who may change the card. */
    persoonId: text('persoon_id')
      .notNull()
      .references(() => deelnemers.id, { onDelete: 'cascade' }),
    probleem: text('probleem').notNull(),
    waarom: text('waarom').notNull(),
    doel: text('doel').notNull(),
    aangemaakt: epochMs('aangemaakt').notNull(),
    bijgewerkt: epochMs('bijgewerkt').notNull(),
  },
  (t) => [uniqueIndex('vraagstukkaarten_eigenaar').on(t.trajectId, t.persoonId)],
);

/** A revealed nulmeting, kept on the traject so a later run can be set beside it (see schemaVraagstuk.ts). */
export const nulmetingen = pgTable(
  'nulmetingen',
  {
    id: text('id').primaryKey(),
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    bijeenkomstId: text('bijeenkomst_id')
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
    rondeId: text('ronde_id').notNull().unique(),
    antwoorden: text('antwoorden').notNull(),
    bewaardOp: epochMs('bewaard_op').notNull(),
  },
  (t) => [index('nulmetingen_traject').on(t.trajectId)],
);

/**
 * The anonymous question box of a traject. On purpose there is no column that
 * could lead back to the asker: no person id, no time finer than the day, no
 * address. `getrokkenIn` is the bijeenkomst where the question was drawn.
 */
export const kletspot = pgTable(
  'kletspot',
  {
    id: text('id').primaryKey(),
    trajectId: text('traject_id')
      .notNull()
      .references(() => trajecten.id, { onDelete: 'cascade' }),
    vraag: text('vraag').notNull(),
    /** YYYY-MM-DD (UTC) the question came in. */
    dag: text('dag').notNull(),
    status: text('status', { enum: ['open', 'getrokken'] }).notNull(),
    getrokkenIn: text('getrokken_in').references(() => bijeenkomsten.id, { onDelete: 'set null' }),
    bestemming: text('bestemming', { enum: ['agenda', 'ontwikkelpunt'] }),
  },
  (t) => [index('kletspot_traject').on(t.trajectId, t.status)],
);

/**
 * The images of a verslag (issues 7 and 10): the nulmeting plot drawn at
 * afsluiten and the vrij bord the begeleider added, one PNG per name. They go
 * with their bijeenkomst (and so with a deleted traject).
 */
export const verslagAfbeeldingen = pgTable(
  'verslag_afbeeldingen',
  {
    bijeenkomstId: text('bijeenkomst_id')
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
    /** `nulmeting` or `vrij-bord` (lib/verslag/afbeelding.ts). */
    naam: text('naam', { enum: ['nulmeting', 'vrij-bord'] }).notNull(),
    png: bytea('png').notNull(),
    breedte: integer('breedte').notNull(),
    hoogte: integer('hoogte').notNull(),
    bijgewerkt: bigint('bijgewerkt', { mode: 'number' }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.naam] })],
);
