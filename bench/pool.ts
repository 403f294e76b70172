import { Histogram } from './histogram';
import type { ServerLoop } from './inspector';
import { sum, type LoadResult } from './loadRun';

const mean = (xs: number[]) => sum(xs) / xs.length;

/** Several rounds of the same server and size as one result: latencies pooled, rates and CPU averaged, maxima kept. */
export function pool(runs: LoadResult[]): LoadResult {
  const first = runs[0]!;
  const latency = new Histogram();
  for (const r of runs) latency.merge(Histogram.fromJSON(r.latencyHistogram));
  const probe = new Histogram();
  for (const r of runs) probe.merge(Histogram.fromJSON(r.probeHistogram));
  const windowSeconds = sum(runs.map((r) => r.windowSeconds));
  const edits = sum(runs.map((r) => r.edits));
  const add = (pick: (r: LoadResult) => Record<string, number>) => {
    const out: Record<string, number> = {};
    for (const r of runs) for (const [k, v] of Object.entries(pick(r))) out[k] = (out[k] ?? 0) + v;
    return out;
  };
  const perEdit = (pick: (r: LoadResult) => number) => sum(runs.map((r) => pick(r) * r.edits)) / edits;
  const io = runs.map((r) => r.socketIo).filter((x): x is NonNullable<typeof x> => x !== null);
  const loops = runs.map((r) => r.serverLoop).filter((x): x is ServerLoop => x !== null);
  const ack = new Histogram();
  for (const x of io) ack.merge(Histogram.fromJSON(x.ackHistogram));
  return {
    server: first.server,
    clients: first.clients,
    connectMs: Math.max(...runs.map((r) => r.connectMs)),
    windowSeconds,
    edits,
    editsPerSecond: edits / windowSeconds,
    expectedDeliveries: sum(runs.map((r) => r.expectedDeliveries)),
    latency: latency.summary(),
    latencyHistogram: latency.toJSON(),
    probe: probe.summary(),
    probeHistogram: probe.toJSON(),
    coalesced: sum(runs.map((r) => r.coalesced)),
    clientsDiverged: Math.max(...runs.map((r) => r.clientsDiverged)),
    drainMs: Math.max(...runs.map((r) => r.drainMs)),
    updatesReceivedPerSecond: mean(runs.map((r) => r.updatesReceivedPerSecond)),
    bytesPerEdit: {
      yjsTotal: perEdit((r) => r.bytesPerEdit.yjsTotal),
      yjsToClients: perEdit((r) => r.bytesPerEdit.yjsToClients),
      yjsFromClients: perEdit((r) => r.bytesPerEdit.yjsFromClients),
      socketIo: perEdit((r) => r.bytesPerEdit.socketIo),
      updateOnly: perEdit((r) => r.bytesPerEdit.updateOnly),
    },
    framesIn: add((r) => r.framesIn),
    payloadIn: add((r) => r.payloadIn),
    serverLoop: loops.length
      ? {
          delayP50Ms: Math.max(...loops.map((l) => l.delayP50Ms)),
          delayP99Ms: Math.max(...loops.map((l) => l.delayP99Ms)),
          delayMaxMs: Math.max(...loops.map((l) => l.delayMaxMs)),
          gcCount: sum(loops.map((l) => l.gcCount)),
          gcTotalMs: sum(loops.map((l) => l.gcTotalMs)),
          gcMaxMs: Math.max(...loops.map((l) => l.gcMaxMs)),
        }
      : null,
    server_: {
      cpuPercent: mean(runs.map((r) => r.server_.cpuPercent)),
      cpuPeakPercent: Math.max(...runs.map((r) => r.server_.cpuPeakPercent)),
      rssMeanBytes: mean(runs.map((r) => r.server_.rssMeanBytes)),
      rssMaxBytes: Math.max(...runs.map((r) => r.server_.rssMaxBytes)),
    },
    loadProcess: {
      cpuPercent: mean(runs.map((r) => r.loadProcess.cpuPercent)),
      cpuPeakPercent: Math.max(...runs.map((r) => r.loadProcess.cpuPeakPercent)),
      rssMeanBytes: mean(runs.map((r) => r.loadProcess.rssMeanBytes)),
      rssMaxBytes: Math.max(...runs.map((r) => r.loadProcess.rssMaxBytes)),
      eventLoopUtilization: first.loadProcess.eventLoopUtilization.map((_, i) => Math.max(...runs.map((r) => r.loadProcess.eventLoopUtilization[i] ?? 0))),
      loopDelayP99Ms: first.loadProcess.loopDelayP99Ms.map((_, i) => Math.max(...runs.map((r) => r.loadProcess.loopDelayP99Ms[i] ?? 0))),
    },
    socketIo: io.length
      ? {
          clients: Math.max(...io.map((x) => x.clients)),
          toestandPerSecond: mean(io.map((x) => x.toestandPerSecond)),
          wijzigingPerSecond: mean(io.map((x) => x.wijzigingPerSecond ?? 0)),
          resyncs: sum(io.map((x) => x.resyncs ?? 0)),
          klaarSent: sum(io.map((x) => x.klaarSent)),
          klaarFailed: sum(io.map((x) => x.klaarFailed)),
          ackLatency: ack.summary(),
          ackHistogram: ack.toJSON(),
          connectP95Ms: Math.max(...io.map((x) => x.connectP95Ms)),
        }
      : null,
  };
}
