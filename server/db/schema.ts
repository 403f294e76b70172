import * as sqlite from './schema.sqlite';
import * as pg from './schema.pg';

/**
 * The tables the query code uses. The dialect is chosen once per process:
 * `DATABASE_URL` set (postgres://…) means PostgreSQL, else SQLite in
 * DATA_DIR. Both schemas have the same tables, columns and JS types (a unit
 * test holds them to that), so one set of queries in server/db serves both;
 * the PostgreSQL tables are typed as their SQLite twins.
 */
export const dialect: 'sqlite' | 'pg' = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '') ? 'pg' : 'sqlite';

const tabellen = (dialect === 'pg' ? pg : sqlite) as unknown as typeof sqlite;

export const {
  begeleiders,
  sessies,
  trajecten,
  trajectBegeleiders,
  uitnodigingen,
  deelnemers,
  bijeenkomsten,
  kamers,
  aanwezigheid,
  yjsUpdates,
  yjsSnapshots,
  audit,
  vraagstukkaarten,
  nulmetingen,
  kletspot,
  verslagAfbeeldingen,
} = tabellen;
