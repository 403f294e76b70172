import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { openDb } from '../server/db/client';
import { YjsLog } from '../server/db/yjsLog';

export interface WriteThroughput {
  batchSize: number;
  commitsPerSecond: number;
  rowsPerSecond: number;
  megabytesPerSecond: number;
  /** Mean time of one commit (one transaction, synchronous=FULL), ms. */
  commitMs: number;
}

/** Realistic rows: single-keystroke Yjs updates from one client. */
function keystrokes(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (u: Uint8Array) => out.push(u));
  const text = doc.getText('tekst');
  for (let i = 0; i < count; i++) text.insert(text.length, 'a');
  return out;
}

/**
 * Our SQLite write path on its own: the server's own openDb (WAL,
 * synchronous=FULL) and YjsLog.append, on a temp file on the same disk, for
 * a fixed time per batch size. Batch size 1 is a commit per update; larger
 * batches are what group commit does under load.
 */
export function sqliteWriteThroughput(batchSizes: readonly number[] = [1, 10, 100], secondsEach = 2): WriteThroughput[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'leerbord-bench-sqlite-'));
  try {
    const db = openDb(dir);
    const log = new YjsLog(db);
    const updates = keystrokes(1000);
    const results: WriteThroughput[] = [];
    for (const batchSize of batchSizes) {
      let commits = 0;
      let rows = 0;
      let bytes = 0;
      let k = 0;
      const started = performance.now();
      while (performance.now() - started < secondsEach * 1000) {
        const batch = Array.from({ length: batchSize }, () => ({ room: 'bijeenkomst:bench', update: updates[k++ % updates.length]! }));
        log.appendSync(batch);
        commits++;
        rows += batchSize;
        bytes += batch.reduce((a, b) => a + b.update.byteLength, 0);
      }
      const seconds = (performance.now() - started) / 1000;
      results.push({
        batchSize,
        commitsPerSecond: commits / seconds,
        rowsPerSecond: rows / seconds,
        megabytesPerSecond: bytes / seconds / 1e6,
        commitMs: (1000 * seconds) / commits,
      });
    }
    db.$leerbord.sqlite!.close();
    return results;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
