/**
 * `npm run bench`: our production server against the upstream y-websocket
 * server, same load, same run; then persistence, memory, SQLite throughput
 * and a cold room open in Chromium. Prints the figures and writes them to
 * bench/results/latest.json and into docs/benchmarks.md (between the
 * generated-section markers). Not a test: it asserts nothing.
 *
 *   npm run bench -- [--clients 50,200] [--typists 50,20] [--rounds 2] [--measure 20] [--warmup 5]
 *                    [--workers 2] [--browser-runs 5] [--skip-browser] [--skip-reference] [--no-write] [--build]
 *                    [--klaar-every 60] [--full-state]   socket.io clients without the delta opt-in
 *                    [--baseline <dir>]   also run our server from another checkout (same build), for before/after
 */
import { fork } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Histogram } from './histogram';
import { coldOpens, prepareRoom, type ColdOpen, type RoomJs } from './browser';
import { runLoad, type LoadResult } from './loadRun';
import { pool } from './pool';
import { memoryPoint, waitForUnload, type MemoryPoint } from './memory';
import type { ProbeCommand, ProbeReport } from './persistProbe';
import { loadAverage } from './procStats';
import { ensureBuild, ensureReference, machine } from './prepare';
import { renderMarkdown, writeIntoDoc } from './report';
import { createFixture, type Fixture } from './setup';
import { ROOT, startOurs, startReference, type ServerProcess } from './servers';
import { sqliteWriteThroughput, type WriteThroughput } from './sqliteThroughput';
import { stampOverhead } from './updateSizes';
import type { LatencySummary } from './histogram';
import type { HistogramJson } from './loadProtocol';

const { values: args } = parseArgs({
  options: {
    clients: { type: 'string', default: '50,200' },
    measure: { type: 'string', default: '20' },
    warmup: { type: 'string', default: '5' },
    typists: { type: 'string', default: '50,20' },
    rounds: { type: 'string', default: '2' },
    workers: { type: 'string', default: '2' },
    'klaar-every': { type: 'string', default: '60' },
    'full-state': { type: 'boolean', default: false },
    'browser-runs': { type: 'string', default: '5' },
    'skip-browser': { type: 'boolean', default: false },
    'skip-reference': { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    build: { type: 'boolean', default: false },
    baseline: { type: 'string', default: '' },
  },
});

const CLIENTS = args.clients.split(',').map(Number);
/** How many clients type, per entry of CLIENTS (the last value repeats). */
const TYPISTS = args.typists.split(',').map(Number);
const typistsFor = (i: number) => Math.min(CLIENTS[i]!, TYPISTS[Math.min(i, TYPISTS.length - 1)]!);
const ROUNDS = Number(args.rounds);
const MIN_INTERVAL_MS = 250;
const MAX_INTERVAL_MS = 500;
const TYPING_SHARE = 0.7;

export interface PersistResult {
  server: ServerProcess['name'];
  clients: number;
  round: number;
  latency: LatencySummary;
  latencyHistogram: HistogramJson;
  rowsPerSecond: number;
  kilobytesPerSecond: number;
  rowsPerNonEmptyPoll: number;
  matched: number;
}

export interface MemoryResult {
  clients: number;
  round: number;
  server: ServerProcess['name'];
  before: MemoryPoint;
  peakRssBytes: number;
  unloadMs: number | null;
  after: MemoryPoint;
}

export interface BenchResults {
  startedAt: string;
  command: string;
  machine: { cpu: string; cores: number; memoryGiB: number; kernel: string; node: string; chromium: string | null };
  loadAverage: { start: [number, number, number]; end: [number, number, number] };
  settings: {
    measureSeconds: number;
    warmupSeconds: number;
    intervalMs: [number, number];
    typingShare: number;
    typists: { clients: number; typing: number }[];
    rounds: number;
    workers: number;
    klaarEverySeconds: number;
    /** The socket.io clients did not opt in to deltas (`--full-state`). */
    fullState: boolean;
    /** The other checkout `baseline` ran from, if any. */
    baseline: string | null;
  };
  /** Every run, in the order they ran. */
  loads: (LoadResult & { round: number })[];
  /** Per server and size, the rounds pooled. */
  pooled: LoadResult[];
  persist: PersistResult[];
  persistPooled: PersistResult[];
  memory: MemoryResult[];
  sqlite: WriteThroughput[];
  browser: { opens: ColdOpen[]; js: RoomJs; chromiumVersion: string } | null;
  browserError?: string;
  /** Bytes of an edit's Yjs update with and without the send-time stamp. */
  stamp: ReturnType<typeof stampOverhead>;
  durationSeconds: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function poolPersist(runs: PersistResult[]): PersistResult {
  const h = new Histogram();
  for (const r of runs) h.merge(Histogram.fromJSON(r.latencyHistogram));
  const mean = (pick: (r: PersistResult) => number) => runs.reduce((a, r) => a + pick(r), 0) / runs.length;
  return {
    server: runs[0]!.server,
    clients: runs[0]!.clients,
    round: 0,
    latency: h.summary(),
    latencyHistogram: h.toJSON(),
    rowsPerSecond: mean((r) => r.rowsPerSecond),
    kilobytesPerSecond: mean((r) => r.kilobytesPerSecond),
    rowsPerNonEmptyPoll: mean((r) => r.rowsPerNonEmptyPoll),
    matched: runs.reduce((a, r) => a + r.matched, 0),
  };
}
const log = (s: string) => console.log(`[bench] ${s}`);

/** A persistence probe process on our DATA_DIR for the length of one run. */
function startProbe(dataDir: string) {
  const child = fork(fileURLToPath(new URL('./persistProbe.ts', import.meta.url)), [dataDir], {
    execArgv: ['--import', 'tsx'],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  return {
    window: (from: number, to: number) => child.send({ type: 'window', from, to } satisfies ProbeCommand),
    stop: () =>
      new Promise<ProbeReport>((resolve, reject) => {
        child.once('message', (m: { type: 'report'; report: ProbeReport }) => resolve(m.report));
        child.once('exit', (code) => reject(new Error(`persistence probe exited (${code})`)));
        child.send({ type: 'stop' } satisfies ProbeCommand);
      }),
  };
}

async function main(): Promise<void> {
  const started = Date.now();
  const loadStart = loadAverage();
  log(`load average at start: ${loadStart.join(' ')}`);
  await ensureBuild(args.build, log);
  if (!args['skip-reference']) ensureReference(log);
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'leerbord-bench-'));
  const baselineDir = args.baseline ? mkdtempSync(path.join(os.tmpdir(), 'leerbord-bench-baseline-')) : null;
  const ours = await startOurs(dataDir);
  const baseline = baselineDir ? await startOurs(baselineDir, path.resolve(args.baseline), 'baseline') : null;
  const reference = args['skip-reference'] ? null : await startReference();
  log(`ours on ${ours.httpUrl} (pid ${ours.pid}), reference ${reference ? `on ${reference.wsUrl} (pid ${reference.pid})` : 'skipped'}`);
  if (baseline) log(`baseline (our server from ${args.baseline}) on ${baseline.httpUrl} (pid ${baseline.pid})`);
  const results: BenchResults = {
    startedAt: new Date(started).toISOString(),
    command: `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`,
    machine: machine(),
    loadAverage: { start: loadStart, end: loadStart },
    settings: {
      measureSeconds: Number(args.measure),
      warmupSeconds: Number(args.warmup),
      intervalMs: [MIN_INTERVAL_MS, MAX_INTERVAL_MS],
      typingShare: TYPING_SHARE,
      typists: CLIENTS.map((n, i) => ({ clients: n, typing: typistsFor(i) })),
      rounds: ROUNDS,
      workers: Number(args.workers),
      klaarEverySeconds: Number(args['klaar-every']),
      fullState: args['full-state'],
      baseline: args.baseline || null,
    },
    loads: [],
    pooled: [],
    persist: [],
    persistPooled: [],
    memory: [],
    sqlite: [],
    browser: null,
    stamp: stampOverhead(),
    durationSeconds: 0,
  };
  try {
    const maxN = Math.max(...CLIENTS);
    const rooms = CLIENTS.length * ROUNDS;
    // Participants: the load clients, one for the browser (index maxN) and one for the probe client (maxN + 1).
    log(`fixture: facilitator, traject, ${rooms + 1} bijeenkomsten, ${maxN + 2} participants`);
    const fixture = await createFixture(ours.httpUrl, maxN + 2, rooms + 1);
    // Our servers each have their own database, so each gets the same fixture.
    const fixtures = new Map<ServerProcess, Fixture>([[ours, fixture]]);
    if (baseline) fixtures.set(baseline, await createFixture(baseline.httpUrl, maxN + 2, rooms + 1));
    const dataDirs = new Map<ServerProcess, string>([[ours, dataDir], ...(baseline && baselineDir ? [[baseline, baselineDir] as const] : [])]);

    for (let round = 1; round <= ROUNDS; round++) {
      for (const [i, n] of CLIENTS.entries()) {
        const typists = typistsFor(i);
        const common = {
          workers: Number(args.workers),
          warmupMs: Number(args.warmup) * 1000,
          measureMs: Number(args.measure) * 1000,
          minIntervalMs: MIN_INTERVAL_MS,
          maxIntervalMs: MAX_INTERVAL_MS,
          typingShare: TYPING_SHARE,
          typists,
        };
        // Alternate the order per round so neither server always runs first.
        const forward = [reference, ours, baseline];
        const order = round % 2 === 1 ? forward : [...forward].reverse();
        for (const server of order) {
          if (!server) continue;
          log(`round ${round}: ${server.name}, ${n} clients (${typists} typing)…`);
          const own = fixtures.get(server);
          const isOurs = own !== undefined;
          const serverData = dataDirs.get(server) ?? '';
          const bijeenkomstId = own?.bijeenkomsten[(round - 1) * CLIENTS.length + i] ?? '';
          const room = isOurs ? `bijeenkomst:${bijeenkomstId}` : `bench-${n}-${round}`;
          const inspector = server.inspectorUrl();
          const before = await memoryPoint(server.pid, inspector);
          const probe = isOurs ? startProbe(serverData) : null;
          const result = await runLoad(server, {
            ...common,
            room,
            cookies: own ? own.participantCookies.slice(0, n) : Array.from({ length: n }, () => null),
            probeCookie: own ? own.participantCookies[maxN + 1]! : null,
            socketIo: isOurs ? { httpUrl: server.httpUrl, bijeenkomstId, delta: !args['full-state'] } : null,
            klaarEveryMs: isOurs ? Number(args['klaar-every']) * 1000 : 0,
            onWindow: (from, to) => probe?.window(from, to),
          });
          results.loads.push({ ...result, round });
          log(
            `  p50 ${result.latency.p50.toFixed(1)} p95 ${result.latency.p95.toFixed(1)} p99 ${result.latency.p99.toFixed(1)} max ${result.latency.max.toFixed(0)} ms ` +
              `(probe p50 ${result.probe.p50.toFixed(1)} p95 ${result.probe.p95.toFixed(1)} p99 ${result.probe.p99.toFixed(1)}), ` +
              `${result.editsPerSecond.toFixed(0)} edits/s, server CPU ${result.server_.cpuPercent.toFixed(0)}%, RSS ${(result.server_.rssMaxBytes / 1e6).toFixed(0)} MB, ` +
              `diverged ${result.clientsDiverged}, load gen ELU ${result.loadProcess.eventLoopUtilization.map((e) => e.toFixed(2)).join('/')}, load avg ${loadAverage()[0]}`,
          );
          if (probe) {
            const p = await probe.stop();
            const histogram = Histogram.fromJSON(p.latency);
            const persist: PersistResult = {
              server: server.name,
              clients: n,
              round,
              latency: histogram.summary(),
              latencyHistogram: p.latency,
              rowsPerSecond: p.rows / p.windowSeconds,
              kilobytesPerSecond: p.rowBytes / p.windowSeconds / 1000,
              rowsPerNonEmptyPoll: p.pollsWithRows ? p.rows / p.pollsWithRows : 0,
              matched: p.matched,
            };
            results.persist.push(persist);
            log(`  persist p50 ${persist.latency.p50.toFixed(1)} p95 ${persist.latency.p95.toFixed(1)} ms, ${persist.rowsPerSecond.toFixed(0)} rows/s`);
          }
          const unloadMs = isOurs ? await waitForUnload(serverData, room) : null;
          await sleep(5_000);
          const after = await memoryPoint(server.pid, inspector);
          results.memory.push({ clients: n, round, server: server.name, before, peakRssBytes: result.server_.rssMaxBytes, unloadMs, after });
          log(
            `  memory: RSS ${(before.rssBytes / 1e6).toFixed(0)} → peak ${(result.server_.rssMaxBytes / 1e6).toFixed(0)} → ${(after.rssBytes / 1e6).toFixed(0)} MB; ` +
              `heap after GC ${((before.heapAfterGcBytes ?? 0) / 1e6).toFixed(1)} → ${((after.heapAfterGcBytes ?? 0) / 1e6).toFixed(1)} MB` +
              (isOurs ? `; room unloaded ${unloadMs === null ? 'NOT within 15 s' : `after ${unloadMs.toFixed(0)} ms`}` : ''),
          );
        }
      }
    }
    for (const n of CLIENTS) {
      for (const name of ['reference', 'ours', 'baseline'] as const) {
        const runs = results.loads.filter((l) => l.clients === n && l.server === name);
        if (runs.length) results.pooled.push(pool(runs));
        const persists = results.persist.filter((p) => p.clients === n && p.server === name);
        if (persists.length) results.persistPooled.push(poolPersist(persists));
      }
    }

    if (!args['skip-browser']) {
      log('browser: cold opens of a room in Chromium…');
      const browserRoom = fixture.bijeenkomsten[CLIENTS.length * ROUNDS]!;
      try {
        await prepareRoom(ours.httpUrl, browserRoom, fixture.facilitatorCookie);
        results.browser = await coldOpens(ours.httpUrl, browserRoom, fixture.participantCookies[maxN]!, Number(args['browser-runs']));
        const usable = results.browser.opens.map((o) => o.usableMs.toFixed(0)).join(', ');
        log(`  usable after ${usable} ms; room JS ${(results.browser.js.gzipBytes / 1024).toFixed(0)} KB gzip in ${results.browser.js.files} files`);
      } catch (err) {
        // The load figures still count; say why the browser part is missing.
        results.browserError = err instanceof Error ? err.message.split('\n')[0]! : String(err);
        log(`  browser part failed: ${results.browserError}`);
      }
    }
  } finally {
    await ours.stop();
    await baseline?.stop();
    await reference?.stop();
    rmSync(dataDir, { recursive: true, force: true });
    if (baselineDir) rmSync(baselineDir, { recursive: true, force: true });
  }

  log('SQLite write throughput (server/db YjsLog on a temp file)…');
  results.sqlite = sqliteWriteThroughput();
  for (const s of results.sqlite) log(`  batch ${s.batchSize}: ${s.commitsPerSecond.toFixed(0)} commits/s, ${s.rowsPerSecond.toFixed(0)} rows/s`);

  results.loadAverage.end = loadAverage();
  results.durationSeconds = (Date.now() - started) / 1000;
  const markdown = renderMarkdown(results);
  console.log(`\n${markdown}`);
  if (!args['no-write']) {
    mkdirSync(path.join(ROOT, 'bench', 'results'), { recursive: true });
    // The raw histograms only serve pooling; without them the file stays small enough to keep.
    const withoutHistograms = (key: string, value: unknown) => (key.endsWith('Histogram') ? undefined : value);
    writeFileSync(path.join(ROOT, 'bench', 'results', 'latest.json'), `${JSON.stringify(results, withoutHistograms, 2)}\n`);
    writeIntoDoc(path.join(ROOT, 'docs', 'benchmarks.md'), markdown);
    log('wrote docs/benchmarks.md and bench/results/latest.json');
  }
  log(`done in ${results.durationSeconds.toFixed(0)} s; load average at end: ${results.loadAverage.end.join(' ')}`);
}

await main();
process.exit(0);
