import type { LoadResult } from './loadRun';
import type { BenchResults } from './run';

/** Figures as the tables print them. */
export const ms = (v: number) => (v >= 100 ? v.toFixed(0) : v.toFixed(1));
export const mb = (b: number) => (b / 1e6).toFixed(0);
export const kb = (b: number) => (b / 1024).toFixed(0);
export const ratio = (a: number, b: number) => (b > 0 ? `${(a / b).toFixed(2)}×` : '–');
export const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)]! + s[Math.ceil((s.length - 1) / 2)]!) / 2 : NaN;
};

/** The pooled result of one server at one size. */
export function find(r: BenchResults, server: LoadResult['server'], n: number): LoadResult | undefined {
  return r.pooled.find((l) => l.server === server && l.clients === n);
}

interface Target {
  what: string;
  figure: string;
  met: boolean | null;
}

/** The issue's targets, each with the figure it is judged on. */
export function targets(r: BenchResults): Target[] {
  const out: Target[] = [];
  const ours200 = find(r, 'ours', 200);
  const ref200 = find(r, 'reference', 200);
  if (ours200) {
    out.push({ what: '200 clients: p95 edit→received < 50 ms', figure: `${ms(ours200.latency.p95)} ms`, met: ours200.latency.p95 < 50 });
    out.push({
      what: '200 clients: no client missing an update',
      figure: `${ours200.clientsDiverged} of ${ours200.clients} diverged`,
      met: ours200.clientsDiverged === 0,
    });
    if (ref200) {
      out.push({
        what: '200 clients: ours p95 within 1.5× the reference p95',
        figure: `${ms(ours200.latency.p95)} / ${ms(ref200.latency.p95)} ms = ${ratio(ours200.latency.p95, ref200.latency.p95)}`,
        met: ours200.latency.p95 <= 1.5 * ref200.latency.p95,
      });
    }
    out.push({ what: 'server RSS < 300 MB with 200 clients', figure: `${mb(ours200.server_.rssMaxBytes)} MB peak`, met: ours200.server_.rssMaxBytes < 300e6 });
  }
  const mems = r.memory.filter((m) => m.server === 'ours' && m.clients === Math.max(...r.memory.map((x) => x.clients)));
  const mem = mems[mems.length - 1];
  if (mem) {
    const heapBack = mem.before.heapAfterGcBytes !== null && mem.after.heapAfterGcBytes !== null;
    const grew = heapBack ? mem.after.heapAfterGcBytes! - mem.before.heapAfterGcBytes! : NaN;
    out.push({
      what: 'memory returns when the room empties (room unloads)',
      figure:
        `room unloaded ${mem.unloadMs === null ? 'no' : `${ms(mem.unloadMs)} ms after the last client closed`}; heap after GC ${mb(mem.before.heapAfterGcBytes ?? 0)} → ${mb(mem.after.heapAfterGcBytes ?? 0)} MB; ` +
        `RSS ${mb(mem.before.rssBytes)} → ${mb(mem.peakRssBytes)} → ${mb(mem.after.rssBytes)} MB`,
      met: mem.unloadMs !== null && heapBack && grew < 10e6,
    });
  }
  if (r.browser) {
    const usable = median(r.browser.opens.map((o) => o.usableMs));
    out.push({ what: 'room usable in Chromium < 1 s (median of cold opens)', figure: `${ms(usable)} ms`, met: usable < 1000 });
    out.push({ what: 'initial room JS < 300 KB gzip', figure: `${kb(r.browser.js.gzipBytes)} KB`, met: r.browser.js.gzipBytes < 300 * 1024 });
  }
  return out;
}

