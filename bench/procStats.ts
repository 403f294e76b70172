import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

/** Clock ticks per second for /proc/<pid>/stat (almost always 100 on Linux). */
const CLK_TCK = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

/** CPU seconds (user + system) a process has used so far, from /proc/<pid>/stat. */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // The command name (field 2) may hold spaces; the fields after it are fixed.
  const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(rest[11]);
  const stime = Number(rest[12]);
  return (utime + stime) / CLK_TCK;
}

/** Resident set size and its peak, in bytes, from /proc/<pid>/status. */
export function memory(pid: number): { rss: number; peakRss: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
  return { rss: kb('VmRSS'), peakRss: kb('VmHWM') };
}

/** The 1, 5 and 15 minute load averages. */
export function loadAverage(): [number, number, number] {
  const [a = '0', b = '0', c = '0'] = readFileSync('/proc/loadavg', 'utf8').split(' ');
  return [Number(a), Number(b), Number(c)];
}

export interface UsageWindow {
  /** Mean CPU over the window, in % of one core. */
  cpuPercent: number;
  /** Highest CPU over any one sampling interval, in % of one core. */
  cpuPeakPercent: number;
  rssMeanBytes: number;
  rssMaxBytes: number;
}

/**
 * Samples CPU and RSS of a set of processes at a fixed interval, like
 * pidusage, straight from /proc. `window()` summarises the samples since the
 * last `mark()`.
 */
export class ProcSampler {
  private readonly timer: NodeJS.Timeout;
  private samples = new Map<number, { t: number; cpu: number; rss: number }[]>();

  constructor(
    private readonly pids: () => readonly number[],
    intervalMs = 250,
  ) {
    this.timer = setInterval(() => this.sample(), intervalMs);
    this.timer.unref();
    this.sample();
  }

  private sample(): void {
    const t = performance.now();
    for (const pid of this.pids()) {
      try {
        const list = this.samples.get(pid) ?? [];
        list.push({ t, cpu: cpuSeconds(pid), rss: memory(pid).rss });
        this.samples.set(pid, list);
      } catch {
        // The process has gone; its samples so far still count.
      }
    }
  }

  /** Forget earlier samples: the next window starts now. */
  mark(): void {
    this.samples.clear();
    this.sample();
  }

  window(pid: number): UsageWindow {
    this.sample();
    const s = this.samples.get(pid) ?? [];
    if (s.length < 2) return { cpuPercent: 0, cpuPeakPercent: 0, rssMeanBytes: s[0]?.rss ?? 0, rssMaxBytes: s[0]?.rss ?? 0 };
    const first = s[0]!;
    const last = s[s.length - 1]!;
    let peak = 0;
    for (let i = 1; i < s.length; i++) {
      const dt = (s[i]!.t - s[i - 1]!.t) / 1000;
      if (dt > 0.1) peak = Math.max(peak, (s[i]!.cpu - s[i - 1]!.cpu) / dt);
    }
    return {
      cpuPercent: (100 * (last.cpu - first.cpu)) / ((last.t - first.t) / 1000),
      cpuPeakPercent: 100 * peak,
      rssMeanBytes: s.reduce((a, x) => a + x.rss, 0) / s.length,
      rssMaxBytes: Math.max(...s.map((x) => x.rss)),
    };
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
