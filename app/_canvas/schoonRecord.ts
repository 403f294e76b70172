import type { SerializedSchema, TLInstancePresence, TLRecord, TLStore } from 'tldraw';
import { InstancePresenceRecordType } from 'tldraw';
import { controleerRuwRecord } from '../../lib/werkvormen/vrij-bord/records';

/** How the records in the doc relate to this app's tldraw schema. */
export type SchemaStand =
  /** Same schema, or none stored (a fresh board, or one written before schemas were stored). */
  | { soort: 'gelijk'; opslaan: boolean }
  /** Written by an older app: migrate every record up on read. */
  | { soort: 'ouder'; van: SerializedSchema }
  /** Written by a newer app: this one cannot write without damaging it. */
  | { soort: 'nieuwer' };

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** Compares the stored schema (unchecked, from the doc) with the store's own. */
export function beoordeelSchema(store: TLStore, opgeslagen: unknown): SchemaStand {
  const huidig = store.schema.serialize();
  const geldig =
    isObject(opgeslagen) &&
    ((opgeslagen.schemaVersion === 2 && isObject(opgeslagen.sequences)) ||
      (opgeslagen.schemaVersion === 1 && isObject(opgeslagen.recordVersions)));
  // Nothing (or nonsense) stored: read as current and store ours with the next write.
  if (!geldig) return { soort: 'gelijk', opslaan: true };
  if (JSON.stringify(opgeslagen) === JSON.stringify(huidig)) return { soort: 'gelijk', opslaan: false };
  const van = opgeslagen as unknown as SerializedSchema;
  try {
    const migraties = store.schema.getMigrationsSince(van);
    if (!migraties.ok) return { soort: 'nieuwer' };
    return migraties.value.length === 0 ? { soort: 'gelijk', opslaan: true } : { soort: 'ouder', van };
  } catch {
    return { soort: 'nieuwer' };
  }
}

/** The record types that belong in the shared map (pages, shapes, bindings, assets, users). */
export function documentTypen(store: TLStore): ReadonlySet<string> {
  return new Set(
    Object.values(store.schema.types)
      .filter((t) => t.scope === 'document')
      .map((t) => t.typeName),
  );
}

/**
 * Turns one value of the `vrijbord` map into a record tldraw accepts, or null:
 * the structural checks of `lib/werkvormen/vrij-bord/records.ts`, then the
 * migrations from the stored schema, then tldraw's own validator. Never throws.
 */
export function schoonRecord(
  store: TLStore,
  typen: ReadonlySet<string>,
  stand: SchemaStand,
  id: string,
  waarde: unknown,
): TLRecord | null {
  const controle = controleerRuwRecord(id, waarde, typen);
  if (!controle.ok) return null;
  try {
    let record = controle.record as unknown as TLRecord;
    if (stand.soort === 'ouder') {
      const gemigreerd = store.schema.migratePersistedRecord(record, stand.van, 'up');
      if (gemigreerd.type !== 'success') return null;
      record = gemigreerd.value;
      if (record.id !== id) return null;
    }
    const vorige = store.get(record.id) ?? null;
    return store.schema.validateRecord(store, record, vorige ? 'updateRecord' : 'createRecord', vorige);
  } catch {
    return null;
  }
}

/** Largest awareness state we look at: cursors, selection and a few scribbles. */
const MAX_AANWEZIGHEID_TEKENS = 100_000;

/**
 * Turns another client's awareness field into a presence record, or null.
 * The id comes from the awareness client id (so nobody can overwrite someone
 * else's cursor), activity is stamped with our own clock (theirs may be off),
 * and the selection keeps only shapes that exist here.
 */
export function schoonAanwezigheid(store: TLStore, clientId: number, waarde: unknown): TLInstancePresence | null {
  if (!isObject(waarde)) return null;
  try {
    if (JSON.stringify(waarde).length > MAX_AANWEZIGHEID_TEKENS) return null;
    const geselecteerd = Array.isArray(waarde.selectedShapeIds)
      ? waarde.selectedShapeIds.filter((id): id is string => typeof id === 'string' && store.has(id as TLRecord['id']))
      : [];
    const record = {
      ...waarde,
      id: InstancePresenceRecordType.createId(String(clientId)),
      typeName: 'instance_presence',
      selectedShapeIds: geselecteerd,
      lastActivityTimestamp: Date.now(),
    } as unknown as TLInstancePresence;
    return store.schema.validateRecord(store, record, 'createRecord', null) as TLInstancePresence;
  } catch {
    return null;
  }
}
