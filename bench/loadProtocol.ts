/** Messages between the bench driver, the load process and its worker threads. */

export interface WorkerConfig {
  wsUrl: string;
  room: string;
  clients: { index: number; cookie: string | null }[];
  /** Whether this worker runs y-websocket clients for `clients` (false: only their socket.io clients). */
  yjs: boolean;
  /**
   * On our server: one socket.io client per participant as well. `delta`: they
   * opt in to `kamer:wijziging` as our browser app does (else the whole
   * `kamer:toestand` after every change, as a client without the opt-in gets).
   */
  socketIo: { httpUrl: string; bijeenkomstId: string; delta: boolean } | null;
  minIntervalMs: number;
  maxIntervalMs: number;
  /** Clients with an index below this edit; the others are present and receive only. */
  typists: number;
  /** Share of edits that are keystrokes in the Y.Text; the rest move a card in the Y.Map. */
  typingShare: number;
  /** Mean interval of a socket.io `klaar:zet` per client (0: none). */
  klaarEveryMs: number;
}

export type WorkerCommand =
  | { type: 'connect' }
  | { type: 'start'; from: number; to: number; stopAt: number }
  | { type: 'report' }
  | { type: 'close' };

export interface HistogramJson {
  counts: number[];
  count: number;
  sum: number;
  max: number;
}

export interface WorkerReport {
  clients: number;
  editsInWindow: number;
  editsTotal: number;
  /** Bytes of the Yjs updates the clients produced in the window (before y-websocket framing). */
  updateBytesSent: number;
  latency: HistogramJson;
  coalesced: number;
  samplesOutsideWindow: number;
  stateVectors: string[];
  textLengths: number[];
  /** TCP payload bytes of all client sockets in the window. */
  bytes: { read: number; written: number; ioRead: number; ioWritten: number };
  framesIn: Record<string, number>;
  payloadIn: Record<string, number>;
  loopDelayMs: { p50: number; p99: number; max: number };
  eventLoopUtilization: number;
  socketIo: {
    clients: number;
    toestandReceived: number;
    /** `kamer:wijziging` messages received (delta clients). */
    wijzigingReceived: number;
    /** Times a delta client missed a version and asked for the whole state. */
    resyncs: number;
    klaarSent: number;
    klaarFailed: number;
    ackLatency: HistogramJson;
    connectMs: number[];
  } | null;
}

export type WorkerEvent =
  | { type: 'connected' }
  | { type: 'report'; report: WorkerReport }
  | { type: 'closed' }
  | { type: 'warning'; message: string }
  | { type: 'error'; message: string };

/** What the driver sends the load process (over the fork IPC channel). */
export type LoadCommand =
  | {
      type: 'init';
      config: Omit<WorkerConfig, 'clients' | 'yjs'>;
      cookies: (string | null)[];
      workers: number;
      /** Cookie of one extra, idle client in a thread of its own (undefined: none). */
      probeCookie: string | null | undefined;
    }
  | { type: 'start'; from: number; to: number; stopAt: number }
  | { type: 'report' }
  | { type: 'close' };

export type LoadEvent =
  | { type: 'connected'; connectMs: number }
  | { type: 'report'; reports: WorkerReport[]; probe: WorkerReport | null }
  | { type: 'closed' }
  | { type: 'warning'; message: string }
  | { type: 'error'; message: string };
