import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Histogram, monoMs, type LatencySummary } from './histogram';
import type { HistogramJson, LoadCommand, LoadEvent, WorkerConfig, WorkerReport } from './loadProtocol';
import { ProcSampler, type UsageWindow } from './procStats';
import type { ServerProcess } from './servers';
import { readLoopProbe, startLoopProbe, type ServerLoop } from './inspector';

export interface LoadOptions {
  /** Room name as the client passes it (y-websocket appends it to the URL). */
  room: string;
  cookies: (string | null)[];
  /** Cookie for the idle probe client (null on the reference). */
  probeCookie: string | null;
  socketIo: WorkerConfig['socketIo'];
  workers: number;
  warmupMs: number;
  measureMs: number;
  minIntervalMs: number;
  maxIntervalMs: number;
  typingShare: number;
  /** How many of the clients edit (the rest are present and receive). */
  typists: number;
  klaarEveryMs: number;
  /** Called with the load process once it runs (e.g. to start a persistence probe). */
  onWindow?: (from: number, to: number) => void;
}

export interface LoadResult {
  server: ServerProcess['name'];
  clients: number;
  connectMs: number;
  windowSeconds: number;
  edits: number;
  editsPerSecond: number;
  /** Deliveries a full fan-out needs: every edit at every other client. */
  expectedDeliveries: number;
  latency: LatencySummary;
  /** The raw histogram, to pool rounds. */
  latencyHistogram: HistogramJson;
  /** Edit → received at the idle probe client, alone in its thread: the server and the network without the load generator's queueing. */
  probe: LatencySummary;
  probeHistogram: HistogramJson;
  coalesced: number;
  /** Clients whose final state vector differs from the others' (missed an update). */
  clientsDiverged: number;
  /** How long after the window the clients needed to agree (3 s unless the run was saturated). */
  drainMs: number;
  updatesReceivedPerSecond: number;
  bytesPerEdit: { yjsTotal: number; yjsToClients: number; yjsFromClients: number; socketIo: number; updateOnly: number };
  framesIn: Record<string, number>;
  payloadIn: Record<string, number>;
  server_: UsageWindow;
  /** The server's own event-loop delay and GC pauses in the window (through its inspector). */
  serverLoop: ServerLoop | null;
  loadProcess: UsageWindow & { eventLoopUtilization: number[]; loopDelayP99Ms: number[] };
  socketIo: {
    clients: number;
    toestandPerSecond: number;
    wijzigingPerSecond: number;
    resyncs: number;
    klaarSent: number;
    klaarFailed: number;
    ackLatency: LatencySummary;
    ackHistogram: HistogramJson;
    connectP95Ms: number;
  } | null;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A forked load process and a promise per kind of answer. */
class LoadProcess {
  readonly child: ChildProcess;
  private readonly waiting = new Map<string, (e: LoadEvent) => void>();
  readonly warnings: string[] = [];
  private failure: ((err: Error) => void) | null = null;

  constructor() {
    this.child = fork(fileURLToPath(new URL('./load.ts', import.meta.url)), [], {
      execArgv: ['--import', 'tsx', ...(process.env.BENCH_LOAD_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [])],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    this.child.on('message', (e: LoadEvent) => {
      if (e.type === 'warning') {
        if (this.warnings.length < 20) this.warnings.push(e.message);
        return;
      }
      if (e.type === 'error') {
        this.failure?.(new Error(`load process: ${e.message}`));
        return;
      }
      this.waiting.get(e.type)?.(e);
    });
  }

  ask<T extends LoadEvent['type']>(cmd: LoadCommand, want: T, timeoutMs: number): Promise<Extract<LoadEvent, { type: T }>> {
    return new Promise((resolve, reject) => {
      const t = setTimeout(() => reject(new Error(`load process: no ${want} within ${timeoutMs} ms`)), timeoutMs);
      this.failure = (err) => {
        clearTimeout(t);
        reject(err);
      };
      this.waiting.set(want, (e) => {
        clearTimeout(t);
        resolve(e as Extract<LoadEvent, { type: T }>);
      });
      this.child.send(cmd);
    });
  }

  tell(cmd: LoadCommand): void {
    this.child.send(cmd);
  }

  kill(): void {
    if (this.child.exitCode === null) this.child.kill('SIGKILL');
  }
}

function merge(reports: WorkerReport[]) {
  const latency = new Histogram();
  const ack = new Histogram();
  for (const r of reports) {
    latency.merge(Histogram.fromJSON(r.latency));
    if (r.socketIo) ack.merge(Histogram.fromJSON(r.socketIo.ackLatency));
  }
  return { latency, ack };
}

/** Clients whose state vector differs from the most common one. */
function diverged(answer: { reports: WorkerReport[]; probe: WorkerReport | null }): number {
  const svs = [...answer.reports, ...(answer.probe ? [answer.probe] : [])].flatMap((r) => r.stateVectors);
  const counts = new Map<string, number>();
  for (const sv of svs) counts.set(sv, (counts.get(sv) ?? 0) + 1);
  return svs.length - Math.max(0, ...counts.values());
}

export function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0);
}

/**
 * One load run against one server: connect every client, let them edit for
 * warm-up + window, measure in the window, drain, check that every client
 * ends with the same state, and disconnect.
 */
export async function runLoad(server: ServerProcess, opts: LoadOptions): Promise<LoadResult> {
  const load = new LoadProcess();
  const sampler = new ProcSampler(() => [server.pid, load.child.pid ?? 0].filter(Boolean));
  try {
    const config: Omit<WorkerConfig, 'clients' | 'yjs'> = {
      wsUrl: server.wsUrl,
      room: opts.room,
      socketIo: opts.socketIo,
      minIntervalMs: opts.minIntervalMs,
      maxIntervalMs: opts.maxIntervalMs,
      typingShare: opts.typingShare,
      typists: opts.typists,
      klaarEveryMs: opts.klaarEveryMs,
    };
    const connected = await load.ask({ type: 'init', config, cookies: opts.cookies, workers: opts.workers, probeCookie: opts.probeCookie }, 'connected', 180_000);
    // Let the join storm (sync, awareness, presence) settle before the clock starts.
    await sleep(2_000);
    const from = monoMs() + 200 + opts.warmupMs;
    const to = from + opts.measureMs;
    const stopAt = to;
    load.tell({ type: 'start', from, to, stopAt });
    opts.onWindow?.(from, to);
    await sleep(from - monoMs());
    sampler.mark();
    const inspector = server.inspectorUrl();
    const loopProbe = inspector ? startLoopProbe(inspector).then(() => true, () => false) : Promise.resolve(false);
    await sleep(to - monoMs());
    const serverUsage = sampler.window(server.pid);
    const serverLoop = inspector && (await loopProbe) ? await readLoopProbe(inspector).catch(() => null) : null;
    const loadUsage = sampler.window(load.child.pid!);
    // Drain: on a healthy run everything sent before `to` has arrived within 3 s; a saturated
    // run gets up to 30 s more before a client that still differs counts as having missed an update.
    let drainMs = 3_000;
    await sleep(drainMs);
    let answer = await load.ask({ type: 'report' }, 'report', 60_000);
    while (diverged(answer) > 0 && drainMs < 33_000) {
      await sleep(3_000);
      drainMs += 3_000;
      answer = await load.ask({ type: 'report' }, 'report', 60_000);
    }
    const { reports, probe } = answer;
    const probeLatency = probe ? Histogram.fromJSON(probe.latency) : new Histogram();
    const { latency, ack } = merge(reports);
    const windowSeconds = opts.measureMs / 1000;
    const edits = sum(reports.map((r) => r.editsInWindow));
    const n = opts.cookies.length;
    const read = sum(reports.map((r) => r.bytes.read));
    const written = sum(reports.map((r) => r.bytes.written));
    const ioBytes = sum(reports.map((r) => r.bytes.ioRead + r.bytes.ioWritten));
    const framesIn: Record<string, number> = {};
    const payloadIn: Record<string, number> = {};
    for (const r of reports) {
      for (const [k, v] of Object.entries(r.framesIn)) framesIn[k] = (framesIn[k] ?? 0) + v;
      for (const [k, v] of Object.entries(r.payloadIn)) payloadIn[k] = (payloadIn[k] ?? 0) + v;
    }
    const io = reports.map((r) => r.socketIo).filter((x): x is NonNullable<typeof x> => x !== null);
    const connectTimes = io.flatMap((x) => x.connectMs).sort((a, b) => a - b);
    const result: LoadResult = {
      server: server.name,
      clients: n,
      connectMs: connected.connectMs,
      windowSeconds,
      edits,
      editsPerSecond: edits / windowSeconds,
      expectedDeliveries: edits * (n - 1),
      latency: latency.summary(),
      latencyHistogram: latency.toJSON(),
      probe: probeLatency.summary(),
      probeHistogram: probeLatency.toJSON(),
      coalesced: sum(reports.map((r) => r.coalesced)),
      clientsDiverged: diverged(answer),
      drainMs,
      updatesReceivedPerSecond: (framesIn.sync ?? 0) / windowSeconds,
      bytesPerEdit: {
        yjsTotal: (read + written) / edits,
        yjsToClients: read / edits,
        yjsFromClients: written / edits,
        socketIo: ioBytes / edits,
        updateOnly: sum(reports.map((r) => r.updateBytesSent)) / edits,
      },
      framesIn,
      payloadIn,
      server_: serverUsage,
      serverLoop,
      loadProcess: {
        ...loadUsage,
        eventLoopUtilization: reports.map((r) => r.eventLoopUtilization),
        loopDelayP99Ms: reports.map((r) => r.loopDelayMs.p99),
      },
      socketIo: io.length
        ? {
            clients: sum(io.map((x) => x.clients)),
            toestandPerSecond: sum(io.map((x) => x.toestandReceived)) / windowSeconds,
            wijzigingPerSecond: sum(io.map((x) => x.wijzigingReceived ?? 0)) / windowSeconds,
            resyncs: sum(io.map((x) => x.resyncs ?? 0)),
            klaarSent: sum(io.map((x) => x.klaarSent)),
            klaarFailed: sum(io.map((x) => x.klaarFailed)),
            ackLatency: ack.summary(),
            ackHistogram: ack.toJSON(),
            connectP95Ms: connectTimes[Math.floor(0.95 * (connectTimes.length - 1))] ?? 0,
          }
        : null,
    };
    if (load.warnings.length) console.warn(`  warnings from the load process:\n    ${load.warnings.join('\n    ')}`);
    await load.ask({ type: 'close' }, 'closed', 60_000);
    return result;
  } finally {
    sampler.stop();
    load.kill();
  }
}
