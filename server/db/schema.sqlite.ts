import { sqliteTable, text, integer, blob, primaryKey, index } from 'drizzle-orm/sqlite-core';

/**
 * The SQLite schema. Times are epoch milliseconds; JSON columns carry a
 * `versie` inside so they can be migrated (see lib/kamer/schema.ts).
 */

export const begeleiders = sqliteTable('begeleiders', {
  id: text('id').primaryKey(),
  naam: text('naam').notNull(),
  email: text('email').notNull().unique(),
  wachtwoordHash: text('wachtwoord_hash').notNull(),
  aangemaakt: integer('aangemaakt').notNull(),
});

/** Facilitator sessions; the cookie holds the token, the table its SHA-256. */
export const sessies = sqliteTable('sessies', {
  tokenHash: text('token_hash').primaryKey(),
  begeleiderId: text('begeleider_id')
    .notNull()
    .references(() => begeleiders.id, { onDelete: 'cascade' }),
  aangemaakt: integer('aangemaakt').notNull(),
  verloopt: integer('verloopt').notNull(),
});

export const trajecten = sqliteTable('trajecten', {
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
  aangemaakt: integer('aangemaakt').notNull(),
});

export const trajectBegeleiders = sqliteTable(
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
export const uitnodigingen = sqliteTable('uitnodigingen', {
  tokenHash: text('token_hash').primaryKey(),
  trajectId: text('traject_id')
    .notNull()
    .references(() => trajecten.id, { onDelete: 'cascade' }),
  doorBegeleiderId: text('door_begeleider_id').notNull(),
  verloopt: integer('verloopt').notNull(),
  gebruiktOp: integer('gebruikt_op'),
});

/** Participants and observers of one traject (no account; a signed cookie). */
export const deelnemers = sqliteTable(
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
    aangemaakt: integer('aangemaakt').notNull(),
  },
  (t) => [index('deelnemers_traject').on(t.trajectId)],
);

export const bijeenkomsten = sqliteTable(
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
    verslagGedeeld: integer('verslag_gedeeld', { mode: 'boolean' }).notNull().default(false),
    /** The verslag as shared: generated Markdown at afsluiten, or the begeleider's edited version. */
    verslag: text('verslag'),
    /** What the board held at afsluiten (JSON, lib/verslag/snapshot.ts, versioned); the verslag is built from it. */
    verslagSnapshot: text('verslag_snapshot'),
    /** When the begeleider last saved an edited verslag (epoch ms); null while it is the generated text. */
    verslagBewerktOp: integer('verslag_bewerkt_op'),
    afgeslotenOp: integer('afgesloten_op'),
    aangemaakt: integer('aangemaakt').notNull(),
  },
  (t) => [index('bijeenkomsten_traject').on(t.trajectId)],
);

/** Server-decided state of a live room (JSON, versioned), written before every broadcast. */
export const kamers = sqliteTable('kamers', {
  bijeenkomstId: text('bijeenkomst_id')
    .primaryKey()
    .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
  toestand: text('toestand').notNull(),
  versie: integer('versie').notNull(),
});

/** Who was in the room during a bijeenkomst: the verslag's aanwezigen. */
export const aanwezigheid = sqliteTable(
  'aanwezigheid',
  {
    bijeenkomstId: text('bijeenkomst_id')
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
    persoonId: text('persoon_id').notNull(),
    eersteOp: integer('eerste_op').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.persoonId] })],
);

/** Append-only Yjs update log per room, compacted into yjs_snapshots. */
export const yjsUpdates = sqliteTable(
  'yjs_updates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    room: text('room').notNull(),
    update: blob('update', { mode: 'buffer' }).notNull(),
  },
  (t) => [index('yjs_updates_room').on(t.room, t.id)],
);

export const yjsSnapshots = sqliteTable('yjs_snapshots', {
  room: text('room').primaryKey(),
  state: blob('state', { mode: 'buffer' }).notNull(),
  tot: integer('tot').notNull(),
});

export const audit = sqliteTable('audit', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  op: integer('op').notNull(),
  wie: text('wie').notNull(),
  actie: text('actie').notNull(),
  details: text('details').notNull().default('{}'),
});

/** Vraagstuk, Nulmeting and Kletspot (issue 7). */
export * from './schemaVraagstuk';

/**
 * The images of a verslag (issues 7 and 10): the nulmeting plot drawn at
 * afsluiten and the vrij bord the begeleider added, one PNG per name. They go
 * with their bijeenkomst (and so with a deleted traject).
 */
export const verslagAfbeeldingen = sqliteTable(
  'verslag_afbeeldingen',
  {
    bijeenkomstId: text('bijeenkomst_id')
      .notNull()
      .references(() => bijeenkomsten.id, { onDelete: 'cascade' }),
    /** `nulmeting` or `vrij-bord` (lib/verslag/afbeelding.ts). */
    naam: text('naam', { enum: ['nulmeting', 'vrij-bord'] }).notNull(),
    png: blob('png', { mode: 'buffer' }).notNull(),
    breedte: integer('breedte').notNull(),
    hoogte: integer('hoogte').notNull(),
    bijgewerkt: integer('bijgewerkt').notNull(),
  },
  (t) => [primaryKey({ columns: [t.bijeenkomstId, t.naam] })],
);
