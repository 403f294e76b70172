import { sqliteTable, text, integer, index, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { bijeenkomsten, deelnemers, trajecten } from './schema.sqlite';

/**
 * Tables of the Vraagstuk, the Nulmeting and the Kletspot (re-exported by
 * schema.ts, so drizzle-kit sees them). Times are epoch milliseconds.
 */

/** A leernetwerk participant's own vraagstuk card: one per participant per traject, edited by its owner only. */
export const vraagstukkaarten = sqliteTable(
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
    aangemaakt: integer('aangemaakt').notNull(),
    bijgewerkt: integer('bijgewerkt').notNull(),
  },
  (t) => [uniqueIndex('vraagstukkaarten_eigenaar').on(t.trajectId, t.persoonId)],
);

/**
 * A revealed nulmeting, kept on the traject so a later run can be set beside
 * it. `antwoorden` is versioned JSON (lib/werkvormen/nulmeting/schema.ts,
 * OpgeslagenNulmeting): scores and comments only, no names (the round is anonymous).
 */
export const nulmetingen = sqliteTable(
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
    bewaardOp: integer('bewaard_op').notNull(),
  },
  (t) => [index('nulmetingen_traject').on(t.trajectId)],
);

/**
 * The anonymous question box of a traject. On purpose there is no column that
 * could lead back to the asker: no person id, no time finer than the day, no
 * address. `getrokkenIn` is the bijeenkomst where the question was drawn.
 */
export const kletspot = sqliteTable(
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
