import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { dropDatabase, freshDatabase } from './pg';

/** Repository root: tests/helpers/ → ../.. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const HEALTH_TIMEOUT_MS = 60_000;
const STOP_TIMEOUT_MS = 15_000;
/** Keep the tail of the child's output; enough to see a stack trace. */
const MAX_LOG_CHARS = 200_000;

/** A real Leerbord server process on a free port with its own DATA_DIR. */
export interface TestServer {
  /** http://127.0.0.1:<port> */
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** The PostgreSQL database the server uses (DATABASE_URL), or null on SQLite in DATA_DIR. */
  readonly databaseUrl: string | null;
  /** SIGTERM and wait for exit; rejects when the process needs SIGKILL to go. */
  stop(): Promise<void>;
  /** SIGKILL and wait for exit (a crash). */
  kill(): Promise<void>;
  /** Start again on the same port and DATA_DIR, wait for /api/health. */
  restart(): Promise<void>;
  /** Everything the current and earlier processes wrote to stdout/stderr. */
  output(): string;
  /** Process id of the running server, or null when it is not running (e.g. for prlimit). */
  pid(): number | null;
  /** Stop if running, then remove the temporary DATA_DIR and drop the database (when we made them). */
  dispose(): Promise<void>;
}

export interface StartOptions {
  dataDir?: string;
  env?: Record<string, string>;
  /**
   * DATABASE_URL for the server: a postgres:// URL, or null for SQLite in
   * DATA_DIR even in a PostgreSQL pass. Left out, it follows
   * LEERBORD_TEST_DIALECT (see testDialect).
   */
  databaseUrl?: string | null;
  /** REDIS_URL for the server (scale-out: socket.io adapter and Yjs fan-out). */
  redisUrl?: string;
}

/**
 * The database the integration suite runs on: `LEERBORD_TEST_DIALECT=pg`
 * gives every server started here its own fresh PostgreSQL database on
 * TEST_DATABASE_URL's cluster (the suite's second pass in .ci/run); unset,
 * SQLite in the server's DATA_DIR.
 */
export function testDialect(): 'sqlite' | 'pg' {
  return process.env.LEERBORD_TEST_DIALECT === 'pg' ? 'pg' : 'sqlite';
}

/** A port that was free a moment ago: listen on 0, read it, close. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      if (addr === null || typeof addr === 'string') {
        srv.close();
        reject(new Error('geen poort gekregen'));
        return;
      }
      const { port } = addr;
      srv.close(() => resolve(port));
    });
  });
}

const children = new Set<ChildProcess>();
let exitHookInstalled = false;
/** A crashed test worker must not leave servers behind. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of children) {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    }
  });
}

function waitExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Start `node --import tsx server/index.ts` from the repo root with PORT,
 * DATA_DIR and NODE_ENV=production, and resolve once GET /api/health answers
 * `{ok:true}`.
 */
export async function startServer(opts: StartOptions = {}): Promise<TestServer> {
  installExitHook();
  const port = await freePort();
  const ownDir = opts.dataDir === undefined;
  const dataDir = opts.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'leerbord-test-')));
  const url = `http://127.0.0.1:${port}`;
  const ownDb = opts.databaseUrl === undefined && testDialect() === 'pg';
  const databaseUrl = opts.databaseUrl !== undefined ? opts.databaseUrl : ownDb ? await freshDatabase() : null;
  let log = '';
  let child: ChildProcess | null = null;
  let expectingExit = false;

  const append = (chunk: Buffer | string) => {
    log += chunk.toString();
    if (log.length > MAX_LOG_CHARS) log = log.slice(log.length - MAX_LOG_CHARS);
  };

  /** Spawn one server process; `starting` keeps start-up exits out of the "unexpected" log. */
  const spawnOnce = (state: { starting: boolean }): ChildProcess => {
    expectingExit = false;
    const env: NodeJS.ProcessEnv = { ...process.env };
    // vitest's own variables are not the server's business.
    for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
    // Which database and Redis a test server uses is the test's choice, never the shell's.
    delete env.DATABASE_URL;
    delete env.REDIS_URL;
    const scale: Record<string, string> = {};
    if (databaseUrl !== null) scale.DATABASE_URL = databaseUrl;
    if (opts.redisUrl !== undefined) scale.REDIS_URL = opts.redisUrl;
    Object.assign(env, { PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' }, scale, opts.env ?? {});
    append(`\n--- start ${new Date().toISOString()} on port ${port}, DATA_DIR ${dataDir}${databaseUrl !== null ? `, DATABASE_URL ${databaseUrl}` : ''}\n`);
    const proc = spawn(process.execPath, ['--import', 'tsx', 'server/index.ts'], {
      cwd: REPO_ROOT,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    children.add(proc);
    proc.stdout?.on('data', append);
    proc.stderr?.on('data', append);
    proc.on('exit', (code, signal) => {
      children.delete(proc);
      append(`--- exit code=${code} signal=${signal}\n`);
      if (!expectingExit && !state.starting) {
        console.error(`[test-server :${port}] stopped unexpectedly (code=${code} signal=${signal}). Output:\n${log}`);
      }
    });
    return proc;
  };

  const launch = async (): Promise<void> => {
    const deadline = Date.now() + HEALTH_TIMEOUT_MS;
    const state = { starting: true };
    let begin = log.length;
    let proc = spawnOnce(state);
    let lastProblem = 'no answer yet';
    while (Date.now() < deadline) {
      if (proc.exitCode !== null || proc.signalCode !== null) {
        // A Next build running at the same time (another engineer, or `npm test`) briefly
        // removes .next; retry within the deadline instead of failing the whole file.
        const attempt = log.slice(begin);
        if (/production build|npm run build/i.test(attempt) && Date.now() + 3_000 < deadline) {
          await sleep(2_000);
          begin = log.length;
          proc = spawnOnce(state);
          continue;
        }
        throw new Error(`server exited during start-up (code=${proc.exitCode}, signal=${proc.signalCode}).\nOutput:\n${log}`);
      }
      try {
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
        const text = await res.text();
        if (res.status === 200) {
          try {
            const body: unknown = JSON.parse(text);
            if (typeof body === 'object' && body !== null && (body as { ok?: unknown }).ok === true) {
              state.starting = false;
              return;
            }
          } catch {
            // not JSON yet (e.g. Next answering before our route); keep polling
          }
        }
        lastProblem = `GET /api/health → ${res.status} ${text.slice(0, 200)}`;
      } catch (err) {
        lastProblem = String(err);
      }
      await sleep(150);
    }
    expectingExit = true;
    proc.kill('SIGKILL');
    await waitExit(proc);
    throw new Error(`server not healthy within ${HEALTH_TIMEOUT_MS} ms (${lastProblem}).\nOutput:\n${log}`);
  };

  const stop = async (): Promise<void> => {
    const proc = child;
    if (proc === null || proc.exitCode !== null || proc.signalCode !== null) return;
    expectingExit = true;
    proc.kill('SIGTERM');
    const exited = await Promise.race([waitExit(proc).then(() => true), sleep(STOP_TIMEOUT_MS).then(() => false)]);
    if (!exited) {
      proc.kill('SIGKILL');
      await waitExit(proc);
      throw new Error(`server did not exit within ${STOP_TIMEOUT_MS} ms of SIGTERM; killed.\nOutput:\n${log.slice(-5_000)}`);
    }
  };

  const kill = async (): Promise<void> => {
    const proc = child;
    if (proc === null || proc.exitCode !== null || proc.signalCode !== null) return;
    expectingExit = true;
    proc.kill('SIGKILL');
    await waitExit(proc);
  };

  try {
    await launch();
  } catch (err) {
    if (ownDb && databaseUrl !== null) {
      // The start-up error is the one to report; a failed clean-up only gets a line.
      await dropDatabase(databaseUrl).catch((e: unknown) => console.error(`[test-server] dropping ${databaseUrl} failed:`, e));
    }
    throw err;
  }

  return {
    url,
    port,
    dataDir,
    databaseUrl,
    stop,
    kill,
    restart: async () => {
      await stop();
      await launch();
    },
    output: () => log,
    pid: () => {
      const proc = child as ChildProcess | null;
      return proc && proc.exitCode === null && proc.signalCode === null ? (proc.pid ?? null) : null;
    },
    dispose: async () => {
      try {
        await stop();
      } finally {
        if (ownDir) await rm(dataDir, { recursive: true, force: true });
        if (ownDb && databaseUrl !== null) await dropDatabase(databaseUrl);
      }
    },
  };
}
