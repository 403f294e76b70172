import Database from 'better-sqlite3';
import path from 'node:path';
import { gcAndHeap } from './inspector';
import { memory } from './procStats';

export interface MemoryPoint {
  rssBytes: number;
  /** V8 heap in use after two forced GCs (null when the inspector was not reachable). */
  heapAfterGcBytes: number | null;
}

/** RSS now and the heap after a forced GC. */
export async function memoryPoint(pid: number, inspectorUrl: string | null): Promise<MemoryPoint> {
  let heapAfterGcBytes: number | null = null;
  if (inspectorUrl) {
    try {
      heapAfterGcBytes = (await gcAndHeap(inspectorUrl)).usedBytes;
    } catch (err) {
      console.warn(`  inspector not reachable: ${String(err)}`);
    }
  }
  return { rssBytes: memory(pid).rss, heapAfterGcBytes };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Waits until our server has unloaded a room, seen on disk: unloading
 * compacts the room's update log into its snapshot, so no log rows remain.
 * Returns the ms it took, or null when it did not happen within `timeoutMs`.
 */
export async function waitForUnload(dataDir: string, room: string, timeoutMs = 15_000): Promise<number | null> {
  const db = new Database(path.join(dataDir, 'leerbord.sqlite'), { readonly: true, fileMustExist: true });
  try {
    const rows = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM yjs_updates WHERE room = ?');
    const snapshot = db.prepare<[string], { n: number }>('SELECT count(*) AS n FROM yjs_snapshots WHERE room = ?');
    const started = performance.now();
    while (performance.now() - started < timeoutMs) {
      if (rows.get(room)!.n === 0 && snapshot.get(room)!.n > 0) return performance.now() - started;
      await sleep(20);
    }
    return null;
  } finally {
    db.close();
  }
}
