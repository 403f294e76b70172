import WebSocket from 'ws';

/** A short-lived Chrome DevTools Protocol session to a server started with --inspect. */
async function session<T>(inspectorUrl: string, body: (call: (method: string, params?: object) => Promise<unknown>) => Promise<T>): Promise<T> {
  const ws = new WebSocket(inspectorUrl);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: unknown) => void; reject: (e: Error) => void }>();
  ws.on('message', (data) => {
    const msg = JSON.parse(String(data)) as { id?: number; result?: unknown; error?: { message: string } };
    if (msg.id === undefined) return;
    const p = pending.get(msg.id);
    if (msg.error) p?.reject(new Error(msg.error.message));
    else p?.resolve(msg.result);
  });
  const call = (method: string, params: object = {}) =>
    new Promise<unknown>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      ws.send(JSON.stringify({ id, method, params }));
    });
  try {
    return await body(call);
  } finally {
    ws.close();
  }
}

/**
 * Asks a server process to collect garbage twice and report its V8 heap:
 * shows whether memory held by a room is really released once the room
 * empties, independent of how eagerly V8 hands pages back to the OS (RSS).
 */
export function gcAndHeap(inspectorUrl: string): Promise<{ usedBytes: number; totalBytes: number }> {
  return session(inspectorUrl, async (call) => {
    await call('HeapProfiler.collectGarbage');
    await call('HeapProfiler.collectGarbage');
    const usage = (await call('Runtime.getHeapUsage')) as { usedSize: number; totalSize: number };
    return { usedBytes: usage.usedSize, totalBytes: usage.totalSize };
  });
}

/** What the server's own event loop saw during the window. */
export interface ServerLoop {
  /** Event-loop delay (ms): how long a ready callback waited. */
  delayP50Ms: number;
  delayP99Ms: number;
  delayMaxMs: number;
  /** Garbage-collection pauses in the window. */
  gcCount: number;
  gcTotalMs: number;
  gcMaxMs: number;
}

/** Installed in the server through the inspector: node's own event-loop delay histogram and GC observer. */
const INSTALL = `(() => {
  const { monitorEventLoopDelay, PerformanceObserver } = process.getBuiltinModule('perf_hooks');
  const old = globalThis.__leerbordBench;
  if (old) { old.h.disable(); old.o.disconnect(); }
  const h = monitorEventLoopDelay({ resolution: 5 });
  const gc = { count: 0, total: 0, max: 0 };
  const o = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) { gc.count++; gc.total += e.duration; if (e.duration > gc.max) gc.max = e.duration; }
  });
  o.observe({ entryTypes: ['gc'] });
  h.enable();
  globalThis.__leerbordBench = { h, o, gc };
  return true;
})()`;

const READ = `(() => {
  const b = globalThis.__leerbordBench;
  if (!b) return null;
  b.h.disable();
  b.o.disconnect();
  globalThis.__leerbordBench = undefined;
  return JSON.stringify({
    delayP50Ms: b.h.percentile(50) / 1e6, delayP99Ms: b.h.percentile(99) / 1e6, delayMaxMs: b.h.max / 1e6,
    gcCount: b.gc.count, gcTotalMs: b.gc.total, gcMaxMs: b.gc.max,
  });
})()`;

/**
 * Starts measuring a server's event-loop delay and GC pauses from inside the
 * process, without changing its code: evaluated through the inspector.
 */
export async function startLoopProbe(inspectorUrl: string): Promise<void> {
  await session(inspectorUrl, (call) => call('Runtime.evaluate', { expression: INSTALL, returnByValue: true }));
}

export async function readLoopProbe(inspectorUrl: string): Promise<ServerLoop | null> {
  return session(inspectorUrl, async (call) => {
    const r = (await call('Runtime.evaluate', { expression: READ, returnByValue: true })) as { result: { value: string | null } };
    return r.result.value ? (JSON.parse(r.result.value) as ServerLoop) : null;
  });
}
