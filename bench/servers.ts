import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const REFERENCE_DIR = path.join(ROOT, 'bench', 'reference');

/** A server process under test. */
export interface ServerProcess {
  /** `baseline`: our server from another checkout (`--baseline <dir>`), for before/after. */
  readonly name: 'ours' | 'baseline' | 'reference';
  readonly pid: number;
  readonly port: number;
  readonly httpUrl: string;
  readonly wsUrl: string;
  /** Everything it printed (tail). */
  output(): string;
  /** The inspector's WebSocket URL (the process runs with --inspect on a random port). */
  inspectorUrl(): string | null;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => (port ? resolve(port) : reject(new Error('no port'))));
    });
  });
}

/** BENCH_SERVER_NODE_OPTIONS, e.g. `--cpu-prof --cpu-prof-dir=/tmp/prof`, to profile both servers under load. */
function extraNodeOptions(): string[] {
  return process.env.BENCH_SERVER_NODE_OPTIONS?.split(' ').filter(Boolean) ?? [];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function track(child: ChildProcess): () => string {
  let log = '';
  const add = (b: Buffer) => {
    log += b.toString();
    if (log.length > 100_000) log = log.slice(-100_000);
  };
  child.stdout?.on('data', add);
  child.stderr?.on('data', add);
  return () => log;
}

async function waitHttp(url: string, child: ChildProcess, output: () => string, ok: (status: number, body: string) => boolean): Promise<void> {
  const deadline = Date.now() + 90_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output()}`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(2_000) });
      if (ok(res.status, await res.text())) return;
    } catch {
      // not listening yet
    }
    await sleep(100);
  }
  child.kill('SIGKILL');
  throw new Error(`server at ${url} not ready in time:\n${output()}`);
}

function stopper(child: ChildProcess): () => Promise<void> {
  return async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    child.kill('SIGTERM');
    const done = await Promise.race([exited.then(() => true), sleep(10_000).then(() => false)]);
    if (!done) {
      child.kill('SIGKILL');
      await exited;
    }
  };
}

/**
 * Our production server exactly as deployed (`node --import tsx
 * server/index.ts`, NODE_ENV=production) on a free port with its own DATA_DIR.
 * `--inspect` on a random port lets the bench force a GC and read the heap
 * after a room empties; it costs nothing until a debugger attaches.
 */
export async function startOurs(dataDir: string, root = ROOT, name: 'ours' | 'baseline' = 'ours'): Promise<ServerProcess> {
  const port = await freePort();
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...extraNodeOptions(), '--import', 'tsx', 'server/index.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = track(child);
  await waitHttp(`http://127.0.0.1:${port}/api/health`, child, output, (s, b) => s === 200 && b.includes('"ok":true'));
  return {
    name,
    pid: child.pid!,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}/yjs`,
    output,
    stop: stopper(child),
    inspectorUrl: () => /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1] ?? null,
  };
}

/** The upstream @y/websocket-server (in memory, no persistence, no auth), installed in bench/reference. */
export async function startReference(): Promise<ServerProcess> {
  const port = await freePort();
  const script = path.join(REFERENCE_DIR, 'node_modules', '@y', 'websocket-server', 'src', 'server.js');
  const child = spawn(process.execPath, ['--inspect=127.0.0.1:0', ...extraNodeOptions(), script], {
    cwd: REFERENCE_DIR,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = track(child);
  await waitHttp(`http://127.0.0.1:${port}/`, child, output, (s) => s === 200);
  return {
    name: 'reference',
    pid: child.pid!,
    port,
    httpUrl: `http://127.0.0.1:${port}`,
    wsUrl: `ws://127.0.0.1:${port}`,
    output,
    stop: stopper(child),
    inspectorUrl: () => /Debugger listening on (ws:\/\/\S+)/.exec(output())?.[1] ?? null,
  };
}
