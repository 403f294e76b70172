/** One update to log: the room it belongs to and its bytes. */
export interface YjsUpdateRow {
  readonly room: string;
  readonly update: Uint8Array;
}

/** What the store holds of a room: a snapshot and the updates logged after it, up to log id `tot`. */
export interface YjsStoredRoom {
  snapshot: Uint8Array | null;
  updates: Uint8Array[];
  tot: number;
}

/**
 * The Yjs update log of all rooms, as the room manager (server/yjs/rooms.ts)
 * needs it: SQLite (yjsLog.ts) or PostgreSQL (yjsLogPg.ts). Every method is
 * async so the manager is written once for both.
 */
export interface YjsStore {
  /**
   * Commits all rows in one transaction (group commit) and resolves with the
   * id of the last row (0 for no rows) once they are durable. Ids grow in
   * commit order within each room.
   */
  append(rows: readonly YjsUpdateRow[]): Promise<number>;
  /** The room's snapshot and the updates logged after it, in log order. */
  load(room: string): Promise<YjsStoredRoom>;
  /** Replaces every logged update of `room` up to id `tot` by `state`, which contains them. */
  compact(room: string, state: Uint8Array, tot: number): Promise<void>;
}
