/**
 * The load generator process, forked by the bench driver: it splits the
 * clients over worker threads, relays the driver's commands to them and hands
 * back their reports. Running apart from the servers, its own CPU use is
 * measured by the driver to show whether it, rather than the server, limits
 * the figures.
 */
import { Worker } from 'node:worker_threads';
import type { LoadCommand, LoadEvent, WorkerCommand, WorkerConfig, WorkerEvent, WorkerReport } from './loadProtocol';
import { monoMs } from './histogram';

const WORKER_URL = new URL('./loadWorker.ts', import.meta.url).href;
const send = (e: LoadEvent) => process.send?.(e);
let workers: Worker[] = [];
let probe: Worker | null = null;

/** Sends a command to every worker and resolves with each one's first answer of the wanted type. */
function all<T extends WorkerEvent['type']>(cmd: WorkerCommand, want: T, among: Worker[] = everyWorker()): Promise<Extract<WorkerEvent, { type: T }>[]> {
  return Promise.all(
    among.map(
      (w) =>
        new Promise<Extract<WorkerEvent, { type: T }>>((resolve) => {
          const on = (e: WorkerEvent) => {
            if (e.type !== want) return;
            w.off('message', on);
            resolve(e as Extract<WorkerEvent, { type: T }>);
          };
          w.on('message', on);
          w.postMessage(cmd);
        }),
    ),
  );
}

function everyWorker(): Worker[] {
  return probe ? [...workers, probe] : workers;
}

function spawn(workerData: WorkerConfig): Worker {
  // Loader hooks do not reach worker threads on Node 20: register tsx inside the worker first.
  const boot = `import('tsx/esm/api').then((m) => { m.register(); return import(${JSON.stringify(WORKER_URL)}); })`;
  const worker = new Worker(boot, { eval: true, workerData });
  worker.on('message', (e: WorkerEvent) => {
    if (e.type === 'warning' || e.type === 'error') send(e);
  });
  worker.on('error', (err) => send({ type: 'error', message: err.stack ?? err.message }));
  return worker;
}

process.on('message', (cmd: LoadCommand) => {
  void (async () => {
    switch (cmd.type) {
      case 'init': {
        const n = cmd.cookies.length;
        const count = Math.max(1, Math.min(cmd.workers, n));
        const everyone = cmd.cookies.map((cookie, index) => ({ index, cookie }));
        workers = Array.from({ length: count }, (_, w) =>
          spawn({ ...cmd.config, yjs: true, socketIo: null, clients: everyone.filter(({ index }) => index % count === w) }),
        );
        // socket.io clients in a thread of their own: parsing their (large) state messages must not
        // queue in front of the Yjs clients whose latency is measured.
        if (cmd.config.socketIo) workers.push(spawn({ ...cmd.config, yjs: false, clients: everyone }));
        // The probe: one more stock client that never edits, alone in its thread, so what it
        // measures is the server and the network, not the queue of a busy load worker.
        probe = cmd.probeCookie === undefined ? null : spawn({ ...cmd.config, yjs: true, socketIo: null, clients: [{ index: n, cookie: cmd.probeCookie }] });
        const started = monoMs();
        await all({ type: 'connect' }, 'connected');
        send({ type: 'connected', connectMs: monoMs() - started });
        return;
      }
      case 'start':
        for (const w of everyWorker()) w.postMessage(cmd);
        return;
      case 'report': {
        const reports: WorkerReport[] = (await all({ type: 'report' }, 'report', workers)).map((e) => e.report);
        const probeReport = probe ? (await all({ type: 'report' }, 'report', [probe]))[0]!.report : null;
        send({ type: 'report', reports, probe: probeReport });
        return;
      }
      case 'close':
        await all({ type: 'close' }, 'closed');
        await Promise.all(workers.map((w) => w.terminate()));
        send({ type: 'closed' });
        process.exit(0);
    }
  })().catch((err: unknown) => send({ type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) }));
});

process.on('disconnect', () => process.exit(0));
