import * as Y from 'yjs';
import type { z } from 'zod';

/**
 * Reads a `Y.Map<id, Y.Map<field, value>>` into plain, validated records.
 *
 * Anyone with write access can put anything into a CRDT, so every entry is
 * checked against `schema`; entries that are not a Y.Map or do not parse are
 * skipped rather than crashing the view.
 */
export function leesRecords<S extends z.ZodType<object>>(
  map: Y.Map<unknown>,
  schema: S,
): Array<{ id: string } & z.infer<S>> {
  const uit: Array<{ id: string } & z.infer<S>> = [];
  map.forEach((waarde, id) => {
    if (!(waarde instanceof Y.Map)) return;
    const geparsed = schema.safeParse(waarde.toJSON());
    if (geparsed.success) uit.push({ ...geparsed.data, id });
  });
  return uit;
}

/** Returns the nested Y.Map under `key`, or undefined when it is missing or of another type. */
export function geneste(map: Y.Map<unknown>, key: string): Y.Map<unknown> | undefined {
  const waarde = map.get(key);
  return waarde instanceof Y.Map ? (waarde as Y.Map<unknown>) : undefined;
}

/** Builds a Y.Map from a plain object of primitive values. */
export function alsYMap(velden: Record<string, string | number | boolean | null>): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const [k, v] of Object.entries(velden)) map.set(k, v);
  return map;
}
