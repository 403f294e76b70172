/**
 * Time to persist, seen from outside the server: a separate process with its
 * own read-only better-sqlite3 connection polls the Yjs update log every
 * millisecond, decodes each new row and reads the send time the load
 * generator embedded in the edit (the `bench` map). Forked by the driver for
 * the length of one load run on our server.
 */
import Database from 'better-sqlite3';
import path from 'node:path';
import * as Y from 'yjs';
import { Histogram, monoMs } from './histogram';

export type ProbeCommand = { type: 'window'; from: number; to: number } | { type: 'stop' };
export interface ProbeReport {
  latency: ReturnType<Histogram['toJSON']>;
  rows: number;
  rowBytes: number;
  /** Distinct commits: new rows seen in one poll that share a poll are counted as one batch at most. */
  polls: number;
  pollsWithRows: number;
  windowSeconds: number;
  matched: number;
}

const dataDir = process.argv[2]!;
const db = new Database(path.join(dataDir, 'leerbord.sqlite'), { readonly: true, fileMustExist: true });
const newRows = db.prepare<[number], { id: number; update: Buffer }>('SELECT id, "update" FROM yjs_updates WHERE id > ? ORDER BY id');
const maxId = db.prepare<[], { m: number | null }>('SELECT max(id) AS m FROM yjs_updates');

let lastId = maxId.get()?.m ?? 0;
let from = Infinity;
let to = -Infinity;
const latency = new Histogram();
let rows = 0;
let rowBytes = 0;
let polls = 0;
let pollsWithRows = 0;
let matched = 0;

/** The sentAt of the [seq, sentAt] values the load generator wrote into the `bench` map in this update. */
function sendTimes(update: Uint8Array): number[] {
  const out: number[] = [];
  for (const s of Y.decodeUpdate(update).structs) {
    // A decoded map entry that overwrites another has no parentSub (it follows from its origin), so match by shape.
    if (!(s instanceof Y.Item) || !(s.content instanceof Y.ContentAny)) continue;
    const v = s.content.arr[0] as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[1] === 'number') out.push(v[1]);
  }
  return out;
}

function poll(): void {
  const now = monoMs();
  const inWindow = now >= from && now <= to + 2_000;
  const found = newRows.all(lastId);
  if (now >= from && now <= to) polls++;
  if (found.length === 0) return;
  lastId = found[found.length - 1]!.id;
  if (!inWindow) return;
  const counts = now <= to;
  if (counts) pollsWithRows++;
  for (const r of found) {
    if (counts) {
      rows++;
      rowBytes += r.update.byteLength;
    }
    for (const sentAt of sendTimes(r.update)) {
      if (sentAt < from || sentAt > to) continue;
      matched++;
      latency.record(now - sentAt);
    }
  }
}

const timer = setInterval(poll, 1);

process.on('message', (cmd: ProbeCommand) => {
  if (cmd.type === 'window') {
    from = cmd.from;
    to = cmd.to;
    return;
  }
  clearInterval(timer);
  poll();
  const report: ProbeReport = {
    latency: latency.toJSON(),
    rows,
    rowBytes,
    polls,
    pollsWithRows,
    windowSeconds: (to - from) / 1000,
    matched,
  };
  process.send?.({ type: 'report', report }, () => process.exit(0));
});
process.on('disconnect', () => process.exit(0));
