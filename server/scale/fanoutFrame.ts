/**
 * The wire format of one Yjs fan-out message on Redis. Binary, because Yjs
 * updates are bytes and a 1 MB update should not grow by a third in base64:
 *
 *   offset  size  field
 *   0       1     format version (FRAME_VERSION)
 *   1       1     kind: 0 update, 1 awareness, 2 resync
 *   2       1     flags: bit 0 set when `tot` follows
 *   3       1     n, the byte length of the node id (1..255, UTF-8)
 *   4       n     node id of the publisher
 *   4+n     8     tot, float64 big-endian (only when flag bit 0 is set)
 *   …       rest  payload, the raw update (empty for resync)
 *
 * The version byte lets nodes of two releases share one Redis during a
 * rolling upgrade: a node drops frames of a version it does not know.
 */
export const FRAME_VERSION = 1;

const KINDS = ['update', 'awareness', 'resync'] as const;
export type FrameKind = (typeof KINDS)[number];

export interface Frame {
  kind: FrameKind;
  /** The node that published it. */
  from: string;
  /** The update log id this update was committed under, when the publisher knows it. */
  tot?: number;
  data: Uint8Array;
}

const HAS_TOT = 1;

/** A frame that cannot be read; the receiver logs and drops it. */
export class FrameError extends Error {
  override readonly name = 'FrameError';
}

export function encodeFrame(frame: Frame): Buffer {
  const from = Buffer.from(frame.from, 'utf8');
  if (from.byteLength < 1 || from.byteLength > 255) throw new FrameError(`node id must be 1..255 bytes, is ${from.byteLength}`);
  const hasTot = frame.tot !== undefined;
  if (hasTot && !(Number.isSafeInteger(frame.tot) && frame.tot! >= 0)) throw new FrameError(`tot must be a safe non-negative integer, is ${frame.tot}`);
  const head = 4 + from.byteLength + (hasTot ? 8 : 0);
  const out = Buffer.allocUnsafe(head + frame.data.byteLength);
  out[0] = FRAME_VERSION;
  out[1] = KINDS.indexOf(frame.kind);
  out[2] = hasTot ? HAS_TOT : 0;
  out[3] = from.byteLength;
  from.copy(out, 4);
  if (hasTot) out.writeDoubleBE(frame.tot!, 4 + from.byteLength);
  out.set(frame.data, head);
  return out;
}

/**
 * Reads a frame without copying its payload: `data` is a view into `buf`,
 * which the Redis client hands over and never reuses.
 */
export function decodeFrame(buf: Uint8Array): Frame {
  if (buf.byteLength < 5) throw new FrameError(`frame of ${buf.byteLength} bytes is too short`);
  if (buf[0] !== FRAME_VERSION) throw new FrameError(`unknown frame version ${buf[0]}`);
  const kind = KINDS[buf[1]!];
  if (!kind) throw new FrameError(`unknown frame kind ${buf[1]}`);
  const flags = buf[2]!;
  const n = buf[3]!;
  const hasTot = (flags & HAS_TOT) !== 0;
  const head = 4 + n + (hasTot ? 8 : 0);
  if (n < 1 || buf.byteLength < head) throw new FrameError('frame header is cut off');
  const view = Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength);
  const from = view.toString('utf8', 4, 4 + n);
  // A plain Uint8Array view, not a Buffer: consumers compare and store it as Yjs does.
  const data = new Uint8Array(buf.buffer, buf.byteOffset + head, buf.byteLength - head);
  if (!hasTot) return { kind, from, data };
  const tot = view.readDoubleBE(4 + n);
  if (!(Number.isSafeInteger(tot) && tot >= 0)) throw new FrameError(`frame carries an invalid tot ${tot}`);
  return { kind, from, tot, data };
}
